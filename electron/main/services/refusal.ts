import { describeRefusal } from '@locales/catalogue';
import { errorDetailText } from '@locales/problems';
import { type Translator, translator } from '@locales/translate';
import { type AppError, AppFailure, type ErrorCode } from '@shared/contract/errors';
import { DomainError } from '@shared/domain/errors';
import type { DecodeFailure } from '@shared/schemas/decode';

/**
 * A refusal of the domain as main reports it (to the renderer and the CLI): the contract's code for what
 * could not be done, the catalogue's words, and the field it concerns.
 */
export function refusalFailure(error: DomainError, code: ErrorCode): AppFailure {
  const message = describeRefusal(error, translator('en'));
  return new AppFailure({
    code,
    message,
    refusal: {
      code: error.code,
      ...(error.field !== undefined && { field: error.field }),
      ...(error.params && { params: error.params }),
    },
    ...(error.field !== undefined && { problems: [{ field: error.field, message }] }),
  });
}

/** What went wrong, in words: a domain refusal from the catalogue, any other error by its message. */
export function errorText(error: unknown, tr: Translator = translator('en')): string {
  if (error instanceof DomainError) return describeRefusal(error, tr);
  return error instanceof Error ? error.message : String(error);
}

/** A workspace file that could not be decoded, as an error: its data for the reader, English for logs. */
export function decodeError(failure: DecodeFailure): AppError {
  const error = { ...failure, message: '' };
  return { ...error, message: errorDetailText(error, translator('en')) };
}
