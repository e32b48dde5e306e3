import type { DomainErrorCode, DomainErrorParams } from '../domain/errors';
import type { Problem } from '../schemas/problems';

/** Stable error codes; the renderer's wording for each lives in one file there. */
export const errorCodes = [
  'request.invalid',
  'request.unknown-command',
  'workspace.none-open',
  'workspace.not-found',
  'workspace.exists',
  'workspace.unreadable',
  'workspace.corrupt',
  'workspace.foreign',
  'workspace.too-new',
  'workspace.invalid',
  'workspace.stale',
  'workspace.write-failed',
  'workspace.not-saved',
  'keys.wrong-passphrase',
  'keys.protector-mismatch',
  'keys.no-protector',
  'keys.missing',
  'keys.exists',
  'keys.unsupported',
  'keys.corrupt',
  'badges.cannot-build',
  'export.failed',
  'dialog.unavailable',
  'package.not-zip',
  'package.unsafe-entry',
  'package.too-large',
  'package.not-a-package',
  'package.unverified',
  'package.invalid-design',
  'package.cannot-build',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** The data an error's detail is worded from (`errors.detail.<code>`): file names, counts, versions. */
export type ErrorParams = Record<string, string | number>;

/** An error as data: Electron passes only an exception's message across IPC, so errors travel as values. */
export interface AppError {
  code: ErrorCode;
  /** For logs and the English command line; people read the catalogue's words for the code (and refusal). */
  message: string;
  /** A domain refusal's data, so each reader words it in their own language. */
  refusal?: { code: DomainErrorCode; field?: string; params?: DomainErrorParams };
  /** The data to word the detail in the reader's language, when main knows it as data. */
  params?: ErrorParams;
  /** The file it concerns, when there is one. */
  file?: string;
  /** Each field that is wrong and why. */
  problems?: Problem[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });

/** An AppError thrown inside main-process services and turned into a Result at the boundary. */
export class AppFailure extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'AppFailure';
  }
}
