import { actionIds } from '@shared/contract/actions';
import { describe, expect, it, vi } from 'vitest';
import { type ActionContext, type ActionState, actions, runAction } from '../../../renderer/src/app/actions';
import type { EditorStore } from '../../../renderer/src/editor/store';

function workbench() {
  const store = { undo: vi.fn(), redo: vi.fn(), flush: vi.fn(async () => ({ ok: true, revision: 1 })) };
  const context = {
    store: store as unknown as EditorStore,
    startNewModule: vi.fn(),
    openDialog: vi.fn(),
    openWorkspace: vi.fn(),
    showPanel: vi.fn(),
    exportSpec: vi.fn(),
    editText: vi.fn(),
  } satisfies ActionContext;
  return { store, context };
}

const idle: ActionState = { canUndo: true, canRedo: true, hasPathway: true, busy: false };
const key = { source: 'keyboard', editingText: false } as const;

describe('the action registry', () => {
  it('defines every action of the shared table once, with its words and shortcuts', () => {
    expect(Object.keys(actions).sort()).toEqual([...actionIds].sort());
    expect(actions.redo.shortcuts).toEqual([{ code: 'KeyZ', shift: true }, { code: 'KeyY' }]);
    expect(actions.openWorkspace.buttonKey).toBe('app.action.openWorkspaceShort');
  });

  it('runs the same action from a key, a menu item or a button', () => {
    for (const source of ['keyboard', 'menu', 'button'] as const) {
      const { store, context } = workbench();
      expect(runAction('undo', { source, editingText: false }, idle, context)).toBe(true);
      expect(store.undo).toHaveBeenCalledOnce();
      runAction('qaProfiles', { source, editingText: false }, idle, context);
      expect(context.openDialog).toHaveBeenCalledWith('profiles');
      runAction('showReview', { source, editingText: false }, idle, context);
      expect(context.showPanel).toHaveBeenCalledWith('review');
    }
  });

  it('leaves undo and redo to a focused text field: its key goes to the field, a menu item asks it', () => {
    const { store, context } = workbench();
    expect(runAction('undo', { source: 'keyboard', editingText: true }, idle, context)).toBe(false);
    expect(runAction('redo', { source: 'menu', editingText: true }, idle, context)).toBe(true);
    expect(context.editText).toHaveBeenCalledExactlyOnceWith('redo');
    expect(store.undo).not.toHaveBeenCalled();
    expect(store.redo).not.toHaveBeenCalled();
    // Other shortcuts work from a text field too: Ctrl+S saves what is being typed.
    runAction('save', { source: 'keyboard', editingText: true }, idle, context);
    expect(store.flush).toHaveBeenCalledOnce();
  });

  it('does nothing while an action is not available, and still takes its key', () => {
    const { store, context } = workbench();
    const empty: ActionState = { canUndo: false, canRedo: false, hasPathway: false, busy: false };
    expect(runAction('undo', key, empty, context)).toBe(true);
    runAction('exportBadges', key, empty, context);
    runAction('exportSpec', key, { ...idle, busy: true }, context);
    expect(store.undo).not.toHaveBeenCalled();
    expect(context.openDialog).not.toHaveBeenCalled();
    expect(context.exportSpec).not.toHaveBeenCalled();
    runAction('exportSpec', key, idle, context);
    expect(context.exportSpec).toHaveBeenCalledOnce();
  });
});
