import { join } from 'node:path';
import { UserSettings as SettingsSchema } from '@shared/contract/commands';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { AtomicJSONFile } from './atomic-data-file';

type Settings = z.output<typeof SettingsSchema>;

/** One person's choices on this machine (the UI language), in a small lowdb file in the data folder. */
export class UserSettings {
  private readonly db: Low<Settings>;
  private readonly listeners = new Set<(settings: Settings) => void>();

  constructor(dataDir: string) {
    this.db = new Low(new AtomicJSONFile<Settings>(join(dataDir, 'settings.json')), {});
  }

  async read(): Promise<Settings> {
    try {
      await this.db.read();
      const parsed = SettingsSchema.safeParse(this.db.data);
      // Settings are a convenience: a damaged file starts again from the system's defaults.
      this.db.data = parsed.success ? parsed.data : {};
    } catch {
      this.db.data = {};
    }
    return this.db.data;
  }

  async update(change: Settings): Promise<Settings> {
    const settings = { ...(await this.read()), ...change };
    this.db.data = settings;
    await this.db.write();
    for (const listener of this.listeners) listener(settings);
    return settings;
  }

  /** Called after each change (the desktop app rebuilds its native menu in the new language). */
  onChange(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
