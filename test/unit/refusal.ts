import { describeRefusal } from '@locales/catalogue';
import { translator } from '@locales/translate';
import { DomainError } from '@shared/domain/errors';

/** A refusal as a test reads it: the DomainError's code, field and params, and its English words. */
export interface ReadRefusal {
  code: DomainError['code'];
  field: string | undefined;
  params: DomainError['params'];
  message: string;
}

/** Runs `run` and returns the DomainError it threw, with its English words; fails on anything else. */
export function refusal(run: () => unknown): ReadRefusal {
  try {
    run();
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return { code: e.code, field: e.field, params: e.params, message: describeRefusal(e, translator('en')) };
  }
  throw new Error('expected a DomainError, but the command succeeded');
}
