import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeWorkspace } from '@shared/schemas/decode';
import { describe, expect, it } from 'vitest';
import { fullModule } from '../fixtures/builders';
import { command, startHost } from '../support/host-process';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();

/** Enough modules that one save takes a few milliseconds of writing, so a kill lands mid-write. */
function manyModules(count: number, tag: string) {
  return Array.from({ length: count }, (_, i) =>
    fullModule({ id: `m-${i}`, code: `MC-${i}`, title: `Module ${i} ${tag}`, summary: 'x'.repeat(500) }),
  );
}

describe('a save killed mid-write', () => {
  it('leaves the previous or the new workspace on disk, never a broken one', async () => {
    const dir = await tempDir();
    for (const [round, delay] of [5, 20, 45].entries()) {
      const host = await startHost(['--data-dir', dir]);
      const current = await command(host, 'workspace.current', {});
      expect(current.body.ok).toBe(true);
      const base = current.body.value.workspace;
      const saves = [1, 2, 3, 4].map((n) =>
        command(host, 'workspace.save', {
          baseRevision: base.revision + n - 1,
          workspace: {
            ...base,
            title: `Round ${round} save ${n}`,
            modules: manyModules(400, `${round}-${n}`),
          },
        }).catch(() => null),
      );
      await new Promise((r) => setTimeout(r, delay));
      await host.stop('SIGKILL');
      await Promise.all(saves);
      const path = join(dir, 'workspace.json');
      const decoded = decodeWorkspace(await readFile(path, 'utf8'), path);
      expect(decoded.ok, `round ${round}: ${decoded.ok ? '' : JSON.stringify(decoded.error)}`).toBe(true);
      if (decoded.ok) expect(decoded.workspace.revision).toBeGreaterThanOrEqual(base.revision);
    }
  });
});
