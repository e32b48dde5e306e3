import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeWorkspace, encodeWorkspace } from '@shared/schemas/decode';
import { bench, describe } from 'vitest';
import { WorkspaceStore } from '../../electron/main/storage/workspace-store';
import { fullModule, NOW, workspaceWith } from '../fixtures/builders';

const large = workspaceWith(
  Array.from({ length: 1000 }, (_, i) => fullModule({ id: `m-${i}`, code: `MC-${i}`, title: `Module ${i}` })),
);
const text = encodeWorkspace(large);

describe('a workspace of 1,000 modules', () => {
  bench('decode: parse, migrate and validate', () => {
    const decoded = decodeWorkspace(text, 'bench.json');
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
  });

  const dir = mkdtempSync(join(tmpdir(), 'stackwise-bench-'));
  let store: WorkspaceStore | undefined;
  bench(
    'save: atomic write through lowdb',
    async () => {
      store ??= await WorkspaceStore.create(join(dir, 'w.json'), large);
      await store.save(store.workspace, store.workspace.revision, NOW);
    },
    { iterations: 20 },
  );
});
