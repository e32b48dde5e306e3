/**
 * The names of every command between renderer and main. Kept free of schemas so the sandboxed preload
 * can build its exposed object from this list alone.
 */
export const commandNames = [
  'settings.get',
  'settings.update',
  'app.info',
  'app.unsavedWork',
  'workspace.current',
  'workspace.open',
  'workspace.create',
  'workspace.save',
  'workspace.recent',
  'workspace.setAside',
  'workspace.openSample',
  'workspace.import',
  'dialog.pick',
  'issuer.keyInfo',
  'issuer.generateKey',
  'issuer.importKey',
  'issuer.publicDocument',
  'badges.export',
  'badges.verify',
  'spec.render',
  'package.export',
  'package.open',
] as const;

export type CommandName = (typeof commandNames)[number];

/**
 * Events main pushes to the renderer: native menu choices. The workspace ones carry the path chosen in
 * main's file dialog; the renderer saves pending edits first, then opens it through the contract.
 * `menu.action` carries the id of the action chosen (shared/contract/actions.ts), which the renderer performs.
 */
export const eventNames = ['menu.openWorkspace', 'menu.newWorkspace', 'menu.action'] as const;
export type EventName = (typeof eventNames)[number];

export const IPC_PREFIX = 'stackwise:';
export const EVENT_CHANNEL = 'stackwise:event';

export function isCommandName(value: unknown): value is CommandName {
  return typeof value === 'string' && (commandNames as readonly string[]).includes(value);
}
