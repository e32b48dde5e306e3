import { AppFailure } from '@shared/contract/errors';
import type { PickPurpose } from '@shared/contract/uploads';
import type { OpenDialogOptions } from 'electron';

/** Asks the user for a file or folder; resolves null when they cancel. */
export type FilePicker = (purpose: PickPurpose) => Promise<string | null>;

/** The native open dialog for each purpose: its title, what it picks and which files it shows. */
export function pickerOptions(purpose: PickPurpose): OpenDialogOptions {
  switch (purpose) {
    case 'open-workspace':
      return {
        title: 'Open workspace',
        properties: ['openFile'],
        filters: [{ name: 'Stackwise workspace', extensions: ['json'] }],
      };
    case 'open-package':
      return {
        title: 'Open programme package',
        properties: ['openFile'],
        filters: [{ name: 'Programme package', extensions: ['zip'] }],
      };
    case 'verify-file':
      return {
        title: 'Verify a badge file',
        properties: ['openFile'],
        filters: [{ name: 'Badge files', extensions: ['json', 'jsonld', 'jwt'] }],
      };
    case 'verify-folder':
      return { title: 'Verify a folder of badge files', properties: ['openDirectory'] };
    case 'badge-folder':
      return {
        title: 'Folder for the badge definitions (new or empty)',
        buttonLabel: 'Export here',
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      };
  }
}

/** The one path a dialog returned, or null when it was cancelled. */
export function pickedPath(result: { canceled: boolean; filePaths: readonly string[] }): string | null {
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The browser host's picker: there is none, and the renderer shows a file input instead. */
export const noNativePicker: FilePicker = async () => {
  throw new AppFailure({
    code: 'dialog.unavailable',
    message: 'The browser host has no native file dialog: choose the file in the page',
  });
};
