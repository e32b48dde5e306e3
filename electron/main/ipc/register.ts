import { commandNames, IPC_PREFIX } from '@shared/contract/channels';
import { fail } from '@shared/contract/errors';
import type { IpcMain } from 'electron';
import { type Handlers, runCommand } from '../handlers';
import { isAppUrl } from '../security';

/** The only ipcMain.handle caller: one channel per contract command, each request from our page only. */
export function registerIpc(ipcMain: IpcMain, handlers: Handlers, appUrl: string): void {
  for (const name of commandNames) {
    ipcMain.handle(`${IPC_PREFIX}${name}`, (event, request: unknown) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!isAppUrl(senderUrl, appUrl)) {
        return fail({
          code: 'request.invalid',
          message: `Requests from ${senderUrl || 'an unknown frame'} are refused`,
        });
      }
      return runCommand(handlers, name, request);
    });
  }
}
