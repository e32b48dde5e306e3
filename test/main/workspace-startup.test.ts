import { rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServices } from '../../electron/main/services';
import { startupTarget } from '../../electron/main/services/workspace-service';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();

describe('startupTarget', () => {
  it('prefers an explicit argument, then the workspace open last, then the default', () => {
    expect(startupTarget('/w/given.json', '/w/last.json', '/d/workspace.json')).toEqual({
      kind: 'argument',
      path: resolve('/w/given.json'),
    });
    expect(startupTarget(undefined, '/w/last.json', '/d/workspace.json')).toEqual({
      kind: 'last',
      path: resolve('/w/last.json'),
    });
    expect(startupTarget(undefined, undefined, '/d/workspace.json')).toEqual({
      kind: 'default',
      path: resolve('/d/workspace.json'),
    });
  });

  it('treats the default workspace open last as the default, so it is created again when gone', () => {
    expect(startupTarget(undefined, '/d/./workspace.json', '/d/workspace.json').kind).toBe('default');
  });
});

describe('start-up reopens the workspace open last', () => {
  it('reopens the sample after a restart, and the default with a notice once the sample is gone', async () => {
    const dataDir = await tempDir();
    const first = await startServices({ shell: 'browser', dataDir });
    const sample = await first.workspaces.openSample();

    const second = await startServices({ shell: 'browser', dataDir });
    expect(second.workspaces.current().path).toBe(sample.path);
    expect(second.workspaces.current().workspace.id).toBe(sample.workspace.id);
    expect(second.workspaces.current().lastNotFound).toBeUndefined();

    await rm(sample.path);
    const third = await startServices({ shell: 'browser', dataDir });
    expect(third.workspaces.current().path).toBe(join(dataDir, 'workspace.json'));
    expect(third.workspaces.current().lastNotFound).toBe(sample.path);
  });

  it('an explicit workspace argument wins over the one open last', async () => {
    const dataDir = await tempDir();
    const first = await startServices({ shell: 'browser', dataDir });
    await first.workspaces.openSample();
    const other = join(dataDir, 'other.json');
    await first.workspaces.create(other, 'Other');
    await first.workspaces.openSample();

    const second = await startServices({ shell: 'browser', dataDir, workspacePath: other });
    expect(second.workspaces.current().path).toBe(other);
  });

  it('a last workspace that exists but is damaged is reported, not replaced by the default', async () => {
    const dataDir = await tempDir();
    const first = await startServices({ shell: 'browser', dataDir });
    const sample = await first.workspaces.openSample();
    await writeFile(sample.path, '{ not json');

    const second = await startServices({ shell: 'browser', dataDir });
    expect(() => second.workspaces.current()).toThrow(/not valid JSON/);
    const kept = await second.workspaces.setAside(sample.path);
    expect(kept.session.path).toBe(sample.path);
  });
});
