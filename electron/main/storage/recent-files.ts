import { join } from 'node:path';
import type { RecentFile } from '@shared/contract/commands';
import { RecentFile as RecentFileSchema } from '@shared/contract/commands';
import { Low } from 'lowdb';
import { z } from 'zod';
import { AtomicJSONFile } from './atomic-data-file';

const MAX_RECENT = 10;
const RecentList = z.object({ files: z.array(RecentFileSchema) });
type RecentList = z.output<typeof RecentList>;

/** Puts `entry` first, drops an older entry for the same path, keeps at most MAX_RECENT. */
export function withRecent(files: readonly RecentFile[], entry: RecentFile): RecentFile[] {
  return [entry, ...files.filter((f) => f.path !== entry.path)].slice(0, MAX_RECENT);
}

/** The recent-files list, in its own small lowdb file in the data folder. */
export class RecentFiles {
  private readonly db: Low<RecentList>;

  constructor(dataDir: string) {
    this.db = new Low(new AtomicJSONFile<RecentList>(join(dataDir, 'recent-files.json')), { files: [] });
  }

  async list(): Promise<RecentFile[]> {
    try {
      await this.db.read();
      const parsed = RecentList.safeParse(this.db.data);
      // A damaged list is only a convenience lost: start it again rather than refuse to work.
      this.db.data = parsed.success ? parsed.data : { files: [] };
    } catch {
      this.db.data = { files: [] };
    }
    return this.db.data.files;
  }

  async add(entry: RecentFile): Promise<void> {
    const files = await this.list();
    this.db.data = { files: withRecent(files, entry) };
    await this.db.write();
  }
}
