import type { AppError, ErrorCode } from '@shared/contract/errors';

/** What each error means to a designer, and what to do about it. The one place for this wording. */
const headlines: Record<ErrorCode, string> = {
  'request.invalid': 'Stackwise refused a request it could not understand.',
  'request.unknown-command': 'This version of Stackwise does not know that action.',
  'workspace.none-open': 'No workspace is open.',
  'workspace.not-found': 'The workspace file does not exist.',
  'workspace.exists': 'A file with that name already exists; choose another name.',
  'workspace.unreadable': 'The workspace file cannot be read (check its permissions).',
  'workspace.corrupt': 'The workspace file is damaged: it is not valid JSON. It has not been changed.',
  'workspace.foreign': 'This file is not a Stackwise workspace. It has not been changed.',
  'workspace.too-new': 'This workspace was saved by a newer Stackwise. Update Stackwise to open it.',
  'workspace.invalid': 'The workspace file has content Stackwise cannot accept. It has not been changed.',
  'workspace.stale': 'The workspace was changed elsewhere since you opened it.',
  'workspace.write-failed': 'Stackwise could not save to disk. Your edit is kept in this window.',
  internal: 'Something went wrong inside Stackwise.',
};

export function headlineFor(error: AppError): string {
  return headlines[error.code] ?? headlines.internal;
}
