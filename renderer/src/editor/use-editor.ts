import { createContext, useContext, useSyncExternalStore } from 'react';
import type { EditorState, EditorStore } from './store';

export const EditorContext = createContext<EditorStore | null>(null);

export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditorStore must be used inside an EditorContext provider');
  return store;
}

/** Subscribes a component to one slice of the editing session. */
export function useEditor<T>(select: (state: EditorState) => T): T {
  const store = useEditorStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
