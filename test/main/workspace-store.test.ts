import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppFailure } from '@shared/contract/errors';
import { encodeWorkspace } from '@shared/schemas/decode';
import { describe, expect, it } from 'vitest';
import { WorkspaceService } from '../../electron/main/services/workspace-service';
import { WorkspaceStore } from '../../electron/main/storage/workspace-store';
import { fullModule, NOW, workspaceWith } from '../fixtures/builders';
import { faultyFs } from '../support/faulty-fs';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();
const fixture = (name: string) => readFile(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppFailure) return e.error;
    throw e;
  }
  throw new Error('expected the call to fail');
}

describe('WorkspaceStore', () => {
  it('creates a file, saves an edit and reads it back from disk', async () => {
    const path = join(await tempDir(), 'nested', 'w.json');
    const store = await WorkspaceStore.create(path, workspaceWith([]));
    const edited = { ...store.workspace, modules: [fullModule()] };
    const saved = await store.save(edited, 0, '2026-11-23T10:00:00.000Z');
    expect(saved.revision).toBe(1);
    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    expect(onDisk.revision).toBe(1);
    expect(onDisk.modules[0].title).toBe('Designing Project-Based Learning Activities');
    const reopened = await WorkspaceStore.open(path, NOW);
    expect(reopened.store.workspace).toEqual(saved);
  });

  it('refuses to create over an existing file', async () => {
    const path = join(await tempDir(), 'w.json');
    await writeFile(path, 'precious');
    expect(await failureOf(WorkspaceStore.create(path, workspaceWith()))).toMatchObject({
      code: 'workspace.exists',
    });
    expect(await readFile(path, 'utf8')).toBe('precious');
  });

  it.each([
    [
      'corrupt JSON',
      '{"format": "stackwise.workspace", "schemaVersion": 2, "modules": [',
      'workspace.corrupt',
    ],
    ['a foreign JSON file', '{"compilerOptions": {"strict": true}}', 'workspace.foreign'],
    ['a newer schema', '{"format": "stackwise.workspace", "schemaVersion": 9}', 'workspace.too-new'],
    [
      'an invalid module',
      encodeWorkspace(workspaceWith([fullModule({ credit: { value: -1, system: 'ECTS' } })])),
      'workspace.invalid',
    ],
  ])('refuses %s and leaves its bytes untouched', async (_name, text, code) => {
    const dir = await tempDir();
    const path = join(dir, 'w.json');
    await writeFile(path, text);
    const service = new WorkspaceService({ dataDir: dir, defaultPath: path });
    await service.startup();
    const error = await failureOf(Promise.resolve().then(() => service.current()));
    expect(error.code).toBe(code);
    expect(error.file).toBe(path);
    expect(error.message).toContain(path);
    expect(await readFile(path, 'utf8')).toBe(text);
    expect((await readdir(dir)).sort()).toEqual(['w.json']);
  });

  it('names the file, the field and the reason of an invalid workspace', async () => {
    const path = join(await tempDir(), 'w.json');
    await writeFile(
      path,
      encodeWorkspace(workspaceWith([fullModule({ credit: { value: -1, system: 'ECTS' } })])),
    );
    const error = await failureOf(WorkspaceStore.open(path, NOW));
    expect(error.problems).toMatchObject([
      { field: 'modules[0].credit.value', params: { issue: 'too_small', minimum: 0 } },
    ]);
    expect(error.params).toEqual({ file: path, count: 1 });
    expect(error.message).toMatch(
      new RegExp(
        `^${path} is not a valid workspace \\(1 problem\\): modules\\[0\\]\\.credit\\.value: .+ at least 0$`,
      ),
    );
  });

  it('migrates a version 1 file forward on open and keeps the original beside it', async () => {
    const dir = await tempDir();
    const path = join(dir, 'w.json');
    const original = await fixture('workspace-v1.json');
    await writeFile(path, original);
    const opened = await WorkspaceStore.open(path, '2026-11-23T10:04:05.123Z');
    expect(opened.migratedFrom).toBe(1);
    expect(opened.backupPath).toBe(join(dir, 'w.v1-backup-2026-11-23T10-04-05Z.json'));
    expect(await readFile(opened.backupPath as string, 'utf8')).toBe(original);
    const migrated = JSON.parse(await readFile(path, 'utf8'));
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.modules[1].credit).toEqual({ value: 10, system: 'UK' });
  });

  it('refuses a save based on an older revision and keeps the newer file', async () => {
    const path = join(await tempDir(), 'w.json');
    const store = await WorkspaceStore.create(path, workspaceWith([]));
    await store.save({ ...store.workspace, title: 'First' }, 0, NOW);
    const error = await failureOf(store.save({ ...store.workspace, title: 'Stale' }, 0, NOW));
    expect(error).toMatchObject({ code: 'workspace.stale' });
    expect(JSON.parse(await readFile(path, 'utf8')).title).toBe('First');
  });

  it('opens the previous file intact after a crash left a half-written temporary file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'w.json');
    const store = await WorkspaceStore.create(path, workspaceWith());
    const before = await readFile(path, 'utf8');
    // What a process killed in the middle of a save leaves behind: a truncated temporary file.
    const next = encodeWorkspace({ ...store.workspace, title: 'Half written' });
    await writeFile(join(dir, '.w.json.0123456789ab.tmp'), next.slice(0, next.length / 2));
    const reopened = await WorkspaceStore.open(path, NOW);
    expect(reopened.store.workspace).toEqual(JSON.parse(before));
    await reopened.store.save({ ...reopened.store.workspace, title: 'After the crash' }, 0, NOW);
    expect(JSON.parse(await readFile(path, 'utf8')).title).toBe('After the crash');
  });

  it('keeps the edit in memory and the file unchanged when the disk refuses a save', async () => {
    const dir = await tempDir();
    const path = join(dir, 'w.json');
    const fs = faultyFs(null);
    const store = await WorkspaceStore.create(path, workspaceWith(), { fs });
    const before = await readFile(path, 'utf8');
    fs.failing = 'open';
    const error = await failureOf(store.save({ ...store.workspace, title: 'Unsaved' }, 0, NOW));
    expect(error.code).toBe('workspace.write-failed');
    expect(store.workspace.revision).toBe(0);
    expect(await readFile(path, 'utf8')).toBe(before);
  });
});

describe('WorkspaceService', () => {
  it('creates the default workspace on first run and lists it as recent', async () => {
    const dir = await tempDir();
    const service = new WorkspaceService({ dataDir: dir, defaultPath: join(dir, 'workspace.json') });
    await service.startup();
    expect(service.current().workspace.title).toBe('My workspace');
    expect((await service.recentFiles()).map((f) => f.path)).toEqual([join(dir, 'workspace.json')]);
  });

  it('sets a damaged file aside, never deleting it, and starts a new workspace at its path', async () => {
    const dir = await tempDir();
    const path = join(dir, 'workspace.json');
    await writeFile(path, 'not json at all');
    const service = new WorkspaceService({
      dataDir: dir,
      defaultPath: path,
      now: () => '2026-11-23T10:00:00.000Z',
    });
    await service.startup();
    const { keptAs, session } = await service.setAside(path);
    expect(keptAs).toBe(join(dir, 'workspace.damaged-2026-11-23T10-00-00Z.json'));
    expect(await readFile(keptAs, 'utf8')).toBe('not json at all');
    expect(session.workspace.modules).toEqual([]);
    expect(JSON.parse(await readFile(path, 'utf8')).format).toBe('stackwise.workspace');
  });
});

describe('guards against writing the wrong file', () => {
  it('refuses a save whose workspace is not the one in the file, leaving the file as it was', async () => {
    const path = join(await tempDir(), 'w.json');
    const store = await WorkspaceStore.create(path, workspaceWith([]));
    const before = await readFile(path, 'utf8');
    const other = { ...workspaceWith([fullModule()]), id: 'another-workspace', title: 'Another' };
    const error = await failureOf(store.save(other, 0, NOW));
    expect(error.code).toBe('workspace.stale');
    expect(error.message).toContain('The edit belongs to workspace “Another”');
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('sets aside only the damaged file that failed to open, never a healthy one', async () => {
    const dir = await tempDir();
    const healthy = join(dir, 'healthy.json');
    await WorkspaceStore.create(healthy, workspaceWith([]));
    const service = new WorkspaceService({ dataDir: dir, defaultPath: join(dir, 'workspace.json') });
    await service.startup();
    const error = await failureOf(service.setAside(healthy));
    expect(error.message).toContain('is not a damaged workspace Stackwise failed to open');
    expect(JSON.parse(await readFile(healthy, 'utf8')).format).toBe('stackwise.workspace');
  });
});

describe('a file changed by another program', () => {
  it('is not overwritten: the save is refused and what the other program wrote stays', async () => {
    const path = join(await tempDir(), 'w.json');
    const store = await WorkspaceStore.create(path, workspaceWith([]));
    const theirs = encodeWorkspace({
      ...workspaceWith([fullModule()]),
      title: 'Saved by another window',
      revision: 3,
    });
    await writeFile(path, theirs);
    const error = await failureOf(store.save({ ...store.workspace, title: 'Mine' }, 0, NOW));
    expect(error.code).toBe('workspace.stale');
    expect(error.message).toContain('was changed on disk by another program');
    expect(await readFile(path, 'utf8')).toBe(theirs);
  });
});
