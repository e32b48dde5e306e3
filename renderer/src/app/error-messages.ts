import { describeRefusal, type Refusal } from '@locales/catalogue';
import { en } from '@locales/en';
import type { AppError, ErrorCode } from '@shared/contract/errors';
import type { DispatchResult, EntityDraft } from '../editor/store';

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
  'workspace.not-saved':
    'What you see is not saved yet, so nothing was exported: fix the save (or the fields still being typed) first.',
  'keys.wrong-passphrase': 'That passphrase does not open the issuer’s key.',
  'keys.protector-mismatch':
    'The issuer’s key was protected another way on this machine (system keychain or passphrase).',
  'keys.no-protector': 'Enter a passphrase: this machine has no system keychain to protect issuer keys.',
  'keys.missing': 'The issuer has no signing key yet: generate or import one.',
  'keys.exists':
    'The issuer already has a key. Replacing it makes the badges it already signed unverifiable.',
  'keys.unsupported': 'That key is not an Ed25519 or P-256 private key Stackwise can use.',
  'keys.corrupt': 'The issuer’s key file is damaged. It has not been changed.',
  'badges.cannot-build': 'The badge definitions cannot be built from this design yet.',
  'export.failed': 'The export failed and left nothing behind.',
  'dialog.unavailable': 'There is no file dialog here: choose the file in the page instead.',
  'package.not-zip': 'That file is not a zip archive, or it is damaged or cut short.',
  'package.unsafe-entry':
    'The package holds an entry Stackwise will not read (a path outside the package, a link or a duplicate).',
  'package.too-large': 'The package is far larger than any programme package: it was not read.',
  'package.not-a-package': 'That zip is not a Stackwise programme package.',
  'package.unverified': 'The package does not verify, so it was not imported.',
  'package.invalid-design': 'The design inside the package is not a valid workspace.',
  'package.cannot-build': 'The package could not be made from this design yet.',
  internal: 'Something went wrong inside Stackwise.',
};

export function headlineFor(error: AppError): string {
  return headlines[error.code] ?? headlines.internal;
}

/**
 * The words for a refusal of the domain (a DomainError from a command, or its data): the one place the
 * renderer turns a refusal's code and params into a sentence, from the catalogue of the language shown.
 */
export function describeDomainError(error: Refusal): string {
  return describeRefusal(error, en);
}

/** Why a draft is not in the design: its first field's problem, or the workspace's refusal. */
export function draftProblem(draft: EntityDraft): string {
  const problem = draft.problems[0];
  if (problem) return problem.message;
  return draft.refusal ? describeDomainError(draft.refusal) : 'not applied yet';
}

/** "TE-01 Untitled: Title is required": a draft that would be lost or left out, named with its problem. */
export function draftLine(draft: EntityDraft): string {
  return `${draft.name}: ${draftProblem(draft)}`;
}

/** The words for a dispatch's refusal, or null when the command ran: how every call site words one. */
export function refusalMessage(result: DispatchResult): string | null {
  return result.ok ? null : describeDomainError(result.error);
}
