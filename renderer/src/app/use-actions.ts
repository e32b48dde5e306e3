import { type ActionId, isActionId } from '@shared/contract/actions';
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { isMacPlatform, shortcutFor } from '../editor/shortcuts';
import {
  type ActionContext,
  type ActionSource,
  type ActionState,
  actions,
  isEditingText,
  runAction,
} from './actions';
import { onAppEvent } from './api';

/** The workbench's actions as buttons use them. */
export interface Actions {
  run(id: ActionId): void;
  isAvailable(id: ActionId): boolean;
}

const ActionsContext = createContext<Actions | null>(null);
export const ActionsProvider = ActionsContext.Provider;

/** The actions of the workspace shown, for a button (ActionButton) anywhere below the workbench. */
export function useActions(): Actions {
  const found = useContext(ActionsContext);
  if (!found) throw new Error('useActions is used outside the workbench');
  return found;
}

/**
 * Connects the registry to the keyboard and to the native menu (main sends the chosen action's id), and
 * returns it for the buttons: every route runs the same action with the workbench's current state.
 */
export function useActionRegistry(state: ActionState, context: ActionContext): Actions {
  const latest = useRef({ state, context });
  useLayoutEffect(() => {
    latest.current = { state, context };
  });
  const run = useCallback(
    (id: ActionId, source: ActionSource, target: EventTarget | null) =>
      runAction(
        id,
        { source, editingText: isEditingText(target) },
        latest.current.state,
        latest.current.context,
      ),
    [],
  );

  useEffect(() => {
    const isMac = isMacPlatform();
    const onKey = (event: KeyboardEvent) => {
      const id = shortcutFor(event, isMac);
      if (id && run(id, 'keyboard', event.target)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const stopMenu = onAppEvent((event, detail) => {
      if (event === 'menu.action' && isActionId(detail)) run(detail, 'menu', document.activeElement);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, [run]);

  const { canUndo, canRedo, hasPathway, busy } = state;
  return useMemo(() => {
    const now: ActionState = { canUndo, canRedo, hasPathway, busy };
    return {
      // A button took the focus from any text field: the design's own undo applies.
      run: (id) => void run(id, 'button', null),
      isAvailable: (id) => actions[id].isAvailable(now),
    };
  }, [run, canUndo, canRedo, hasPathway, busy]);
}
