import {
  type CommandName,
  commandNames,
  EVENT_CHANNEL,
  type EventName,
  eventNames,
  IPC_PREFIX,
  isCommandName,
} from '@shared/contract/channels';
import { contextBridge, ipcRenderer } from 'electron';

/** The one object the renderer sees: a command call per contract entry and a filtered event stream. */
const bridge = {
  commands: [...commandNames],
  invoke(name: CommandName, request: unknown): Promise<unknown> {
    if (!isCommandName(name)) return Promise.reject(new Error(`Unknown command: ${String(name)}`));
    return ipcRenderer.invoke(`${IPC_PREFIX}${name}`, request);
  },
  onEvent(listener: (event: EventName, path?: string) => void): () => void {
    const handler = (_e: unknown, event: unknown, path: unknown) => {
      if (!(eventNames as readonly unknown[]).includes(event)) return;
      listener(event as EventName, typeof path === 'string' ? path : undefined);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
};

export type StackwiseBridge = typeof bridge;

contextBridge.exposeInMainWorld('stackwise', bridge);
