import type { Result } from '@shared/contract/errors';
import type { Workspace } from '@shared/schemas/workspace';
import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../renderer/src/editor/store';
import { workspaceWith } from '../../fixtures/builders';

/** A save function that records what it was sent and answers as main would. */
function fakeMain(answer: (ws: Workspace, base: number) => Result<{ revision: number; savedAt: string }>) {
  const calls: { title: string; base: number }[] = [];
  const save = async (ws: Workspace, base: number) => {
    calls.push({ title: ws.title, base });
    return answer(ws, base);
  };
  return { calls, save };
}

const rename = (title: string) => (ws: Workspace) => ({ ...ws, title });

describe('editor store', () => {
  it('records one undo step per change, none for a command that changes nothing', () => {
    const main = fakeMain((_ws, base) => ({ ok: true, value: { revision: base + 1, savedAt: 'now' } }));
    const store = createEditorStore({ path: 'w.json', workspace: workspaceWith() }, main.save, 10_000);
    store.dispatch('Rename', rename('A'));
    store.dispatch('Nothing', (ws) => ws);
    store.dispatch('Rename', rename('B'));
    expect(store.getState().past.map((e) => e.label)).toEqual(['Rename', 'Rename']);
    store.undo();
    expect(store.getState().workspace.title).toBe('A');
    store.undo();
    expect(store.getState().workspace.title).toBe('Faculty of Education');
    store.redo();
    expect(store.getState().workspace.title).toBe('A');
    store.dispatch('Rename', rename('C'));
    expect(store.getState().future).toEqual([]);
  });

  it('saves the latest state once, based on the revision main last confirmed', async () => {
    const main = fakeMain((_ws, base) => ({
      ok: true,
      value: { revision: base + 1, savedAt: `r${base + 1}` },
    }));
    const store = createEditorStore({ path: 'w.json', workspace: workspaceWith() }, main.save, 10_000);
    store.dispatch('Rename', rename('A'));
    store.dispatch('Rename', rename('B'));
    expect(store.getState().save.status).toBe('pending');
    await store.flush();
    store.dispatch('Rename', rename('C'));
    await store.flush();
    expect(main.calls).toEqual([
      { title: 'B', base: 0 },
      { title: 'C', base: 1 },
    ]);
    expect(store.getState().save).toEqual({ status: 'saved', savedAt: 'r2' });
    expect(store.hasUnsavedChanges()).toBe(false);
  });

  it('keeps the edit and says why when a save fails, and saves it on retry', async () => {
    let failing = true;
    const main = fakeMain((_ws, base) =>
      failing
        ? {
            ok: false,
            error: { code: 'workspace.write-failed', message: 'w.json could not be saved: disk full' },
          }
        : { ok: true, value: { revision: base + 1, savedAt: 'later' } },
    );
    const store = createEditorStore({ path: 'w.json', workspace: workspaceWith() }, main.save, 10_000);
    store.dispatch('Rename', rename('Kept'));
    await store.flush();
    expect(store.getState().save).toMatchObject({ status: 'error', error: { message: /disk full/ } });
    expect(store.getState().workspace.title).toBe('Kept');
    expect(store.hasUnsavedChanges()).toBe(true);
    failing = false;
    await store.flush();
    expect(main.calls.map((c) => c.title)).toEqual(['Kept', 'Kept']);
    expect(store.getState().save.status).toBe('saved');
  });
});
