import { translator } from '@locales/translate';
import type { Result } from '@shared/contract/errors';
import { DomainError } from '@shared/domain/errors';
import type { Workspace } from '@shared/schemas/workspace';
import { describe, expect, it } from 'vitest';
import { unsavedWorkItems } from '../../../renderer/src/app/unsaved-work';
import { createEditorStore, step } from '../../../renderer/src/editor/store';
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
    store.dispatch(step('history.workspace.rename', { note: 'Rename' }), rename('A'));
    store.dispatch(step('history.workspace.rename', { note: 'Nothing' }), (ws) => ws);
    store.dispatch(step('history.workspace.rename', { note: 'Rename' }), rename('B'));
    expect(store.getState().past.map((e) => e.label.values?.note)).toEqual(['Rename', 'Rename']);
    store.undo();
    expect(store.getState().workspace.title).toBe('A');
    store.undo();
    expect(store.getState().workspace.title).toBe('Faculty of Education');
    store.redo();
    expect(store.getState().workspace.title).toBe('A');
    store.dispatch(step('history.workspace.rename', { note: 'Rename' }), rename('C'));
    expect(store.getState().future).toEqual([]);
  });

  it('returns what a dispatch did: a step, nothing, or a refusal; any other exception is a bug and propagates', () => {
    const main = fakeMain((_ws, base) => ({ ok: true, value: { revision: base + 1, savedAt: 'now' } }));
    const store = createEditorStore({ path: 'w.json', workspace: workspaceWith() }, main.save, 10_000);
    expect(store.dispatch(step('history.workspace.rename', { note: 'Rename' }), rename('A'))).toEqual({
      ok: true,
      changed: true,
    });
    expect(store.dispatch(step('history.workspace.rename', { note: 'Nothing' }), (ws) => ws)).toEqual({
      ok: true,
      changed: false,
    });
    const refusal = new DomainError('field.invalid', { field: 'title', params: { issue: 'too_big' } });
    const refused = store.dispatch(step('history.workspace.rename', { note: 'Rename' }), () => {
      throw refusal;
    });
    expect(refused).toEqual({ ok: false, error: refusal });
    const bug = () =>
      store.dispatch(step('history.workspace.rename', { note: 'Rename' }), () => {
        throw new TypeError('a bug');
      });
    expect(bug).toThrow(TypeError);
    expect(store.getState().workspace.title).toBe('A');
    expect(store.getState().past.map((e) => e.label.values?.note)).toEqual(['Rename']);
  });

  it('saves the latest state once, based on the revision main last confirmed', async () => {
    const main = fakeMain((_ws, base) => ({
      ok: true,
      value: { revision: base + 1, savedAt: `r${base + 1}` },
    }));
    const store = createEditorStore({ path: 'w.json', workspace: workspaceWith() }, main.save, 10_000);
    store.dispatch(step('history.workspace.rename', { note: 'Rename' }), rename('A'));
    store.dispatch(step('history.workspace.rename', { note: 'Rename' }), rename('B'));
    expect(store.getState().save.status).toBe('pending');
    await store.flush();
    store.dispatch(step('history.workspace.rename', { note: 'Rename' }), rename('C'));
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
    store.dispatch(step('history.workspace.rename', { note: 'Rename' }), rename('Kept'));
    await store.flush();
    expect(store.getState().save).toMatchObject({ status: 'error', error: { message: /disk full/ } });
    expect(store.getState().workspace.title).toBe('Kept');
    expect(store.hasUnsavedChanges()).toBe(true);
    failing = false;
    await store.flush();
    expect(main.calls.map((c) => c.title)).toEqual(['Kept', 'Kept']);
    expect(store.getState().save.status).toBe('saved');
  });

  it('merges keystrokes in one field into one undo step, and starts a new one after the field is left', () => {
    const main = fakeMain((_ws, base) => ({ ok: true, value: { revision: base + 1, savedAt: 'now' } }));
    const store = createEditorStore({ path: 'w.json', workspace: workspaceWith() }, main.save, 10_000);
    for (const title of ['S', 'St', 'Ste'])
      store.dispatch(step('history.workspace.rename', { note: 'Edit title' }), rename(title), {
        coalesce: 'workspace:title',
      });
    expect(store.getState().past).toHaveLength(1);
    store.dispatch(step('history.workspace.rename', { note: 'Edit title' }), rename('Other field'), {
      coalesce: 'workspace:other',
    });
    expect(store.getState().past).toHaveLength(2);
    store.endCoalescing();
    store.dispatch(step('history.workspace.rename', { note: 'Edit title' }), rename('Again'), {
      coalesce: 'workspace:other',
    });
    expect(store.getState().past).toHaveLength(3);
    store.undo();
    store.undo();
    expect(store.getState().workspace.title).toBe('Ste');
    store.undo();
    expect(store.getState().workspace.title).toBe('Faculty of Education');
  });

  it('keeps an invalid draft as unsaved work through undo of other edits, and refuses a flush while it is there', async () => {
    const main = fakeMain((_ws, base) => ({ ok: true, value: { revision: base + 1, savedAt: 'now' } }));
    const store = createEditorStore({ path: 'w.json', workspace: workspaceWith() }, main.save, 10_000);
    store.dispatch(step('history.workspace.rename', { note: 'Rename' }), rename('A'));
    store.editDraft({
      key: 'module:m1',
      name: 'TE-01 Untitled',
      field: 'title',
      form: { title: '' },
      problems: [{ field: 'title', message: 'Title is required' }],
    });
    store.undo();
    expect(store.getState().workspace.title).toBe('Faculty of Education');
    expect(store.getState().drafts.get('module:m1')?.form).toEqual({ title: '' });
    expect(store.hasUnsavedChanges()).toBe(true);
    const flushed = await store.flush();
    expect(flushed).toMatchObject({ ok: false, reason: 'drafts', revision: 1 });
    // What is valid was saved all the same; only the draft waits.
    expect(main.calls).toEqual([{ title: 'Faculty of Education', base: 0 }]);
    store.discardDraft('module:m1');
    expect(store.hasUnsavedChanges()).toBe(false);
    expect(await store.flush()).toEqual({ ok: true, revision: 1 });
  });

  it('applies a valid draft as one step on flush, and keeps it with the refusal when the workspace refuses it', async () => {
    const main = fakeMain((_ws, base) => ({ ok: true, value: { revision: base + 1, savedAt: 'now' } }));
    const store = createEditorStore({ path: 'w.json', workspace: workspaceWith() }, main.save, 10_000);
    const draft = { key: 'workspace:w', name: 'Workspace', field: 'title', problems: [] };
    store.editDraft(
      { ...draft, form: 'Typed' },
      { label: step('history.workspace.rename'), command: rename('Typed') },
    );
    expect(store.getState().workspace.title).toBe('Faculty of Education');
    expect(await store.flush()).toEqual({ ok: true, revision: 1 });
    expect(store.getState().workspace.title).toBe('Typed');
    // Applied, but shown as typed until the user leaves the field.
    expect(store.getState().drafts.get('workspace:w')).toMatchObject({ form: 'Typed', settled: true });
    expect(store.hasUnsavedChanges()).toBe(false);
    store.endCoalescing();
    expect(store.getState().drafts.size).toBe(0);
    expect(main.calls).toEqual([{ title: 'Typed', base: 0 }]);

    const refusal = new DomainError('module.duplicate-code', { field: 'code', params: { code: 'TE-01' } });
    store.editDraft(
      { ...draft, form: 'Clash' },
      {
        label: step('history.workspace.rename'),
        command: () => {
          throw refusal;
        },
      },
    );
    store.applyDrafts();
    expect(store.getState().drafts.get('workspace:w')).toMatchObject({ form: 'Clash', refusal });
    expect(await store.flush()).toMatchObject({ ok: false, reason: 'drafts' });
  });

  it('says a save failed instead of claiming the revision the window shows', async () => {
    const main = fakeMain(() => ({
      ok: false,
      error: { code: 'workspace.write-failed', message: 'disk full' },
    }));
    const store = createEditorStore({ path: 'w.json', workspace: workspaceWith() }, main.save, 10_000);
    store.dispatch(step('history.workspace.rename', { note: 'Rename' }), rename('Kept'));
    expect(await store.flush()).toMatchObject({ ok: false, reason: 'save', error: { message: 'disk full' } });
  });

  it('names what closing now would lose: edits on their way, a failed save, each invalid draft', async () => {
    let failing = false;
    const main = fakeMain((_ws, base) =>
      failing
        ? { ok: false, error: { code: 'workspace.write-failed', message: 'disk full' } }
        : { ok: true, value: { revision: base + 1, savedAt: 'now' } },
    );
    const store = createEditorStore({ path: 'w.json', workspace: workspaceWith() }, main.save, 10_000);
    expect(unsavedWorkItems(store.getState(), translator('en'))).toEqual([]);
    store.dispatch(step('history.workspace.rename', { note: 'Rename' }), rename('A'));
    expect(unsavedWorkItems(store.getState(), translator('en'))).toEqual([
      'Your last changes, not written to disk yet',
    ]);
    store.editDraft({
      key: 'module:m1',
      name: 'TE-01 Untitled',
      field: 'title',
      form: {},
      problems: [{ field: 'title', message: 'Title is required' }],
    });
    failing = true;
    await store.flush();
    expect(unsavedWorkItems(store.getState(), translator('en'))).toEqual([
      'Your last changes: not saved (disk full)',
      'TE-01 Untitled: Title is required',
    ]);
  });

  it('a flush returns only when what was on its way, and what was typed meanwhile, is saved', async () => {
    const pending: (() => void)[] = [];
    const calls: string[] = [];
    const save = (ws: Workspace, base: number) =>
      new Promise<Result<{ revision: number; savedAt: string }>>((resolve) => {
        calls.push(ws.title);
        pending.push(() => resolve({ ok: true, value: { revision: base + 1, savedAt: 'now' } }));
      });
    const store = createEditorStore({ path: 'w.json', workspace: workspaceWith() }, save, 10_000);
    store.dispatch(step('history.workspace.rename', { note: 'Rename' }), rename('A'));
    const first = store.flush();
    await Promise.resolve();
    store.dispatch(step('history.workspace.rename', { note: 'Rename' }), rename('B'));
    // Two callers wait on the first save (the autosave timer and an export, say).
    const second = store.flush();
    const third = store.flush();
    while (calls.length < 2) {
      pending.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    }
    pending.shift()?.();
    expect(await third).toEqual({ ok: true, revision: 2 });
    expect(await second).toEqual({ ok: true, revision: 2 });
    expect(await first).toEqual({ ok: true, revision: 2 });
    expect(calls).toEqual(['A', 'B']);
  });
});
