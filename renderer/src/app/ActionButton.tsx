import type { ActionId } from '@shared/contract/actions';
import { ariaKeyShortcuts, isMacPlatform } from '../editor/shortcuts';
import { actions } from './actions';
import { useT } from './i18n';
import { useActions } from './use-actions';

/**
 * A button for an action of the registry: its words, its shortcut (announced with `aria-keyshortcuts`),
 * disabled while it is not available, and run as the keyboard and the native menu run it.
 */
export function ActionButton({
  id,
  className = 'button',
  description,
  disabled = false,
}: {
  id: ActionId;
  /** Held off for a reason of the caller's (a long export already running). */
  disabled?: boolean;
  className?: string;
  /** What it would do now, beyond its name (the step undo would take back), as a tooltip. */
  description?: string | undefined;
}) {
  const tr = useT();
  const registry = useActions();
  const action = actions[id];
  return (
    <button
      type="button"
      className={className}
      onClick={() => registry.run(id)}
      disabled={disabled || !registry.isAvailable(id)}
      aria-keyshortcuts={ariaKeyShortcuts(action.shortcuts, isMacPlatform())}
      title={description}
    >
      {tr.t(action.buttonKey ?? action.labelKey)}
    </button>
  );
}
