import type { FileVerdict, FindingParams, PackageReport } from '@shared/contract/verdicts';
import type { MessageValues, Translator } from './translate';

/*
 * What verifying badge files and programme packages found, in the reader's language: main reports codes
 * and the facts they name (shared/contract/verdicts.ts), the app and `stackwise verify` word them here
 * from export.json, the same way.
 */

/** The facts as the message fills them: a fact the file does not name reads "(none)". */
function filled(params: FindingParams, tr: Translator): MessageValues {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, value ?? tr.t('export.verify.none')]),
  );
}

/** A message made from data: its key when the catalogue has it, else the code itself (a newer main). */
function worded(key: string, params: FindingParams, tr: Translator, fallback: string): string {
  return tr.has(key) ? tr.t(key, filled(params, tr)) : fallback;
}

type VerdictProblem = FileVerdict['problems'][number];

/** One failed check of a badge file: "TE-01.achievement.json was changed after signing: …". */
export function verdictProblemText(problem: VerdictProblem, tr: Translator): string {
  return worded(
    `export.verify.${problem.check}.${problem.code}`,
    problem.params,
    tr,
    tr.t('export.verify.unknown', { check: problem.check, code: problem.code }),
  );
}

/** The check that failed, as a heading of its problem: "Digest", "Signature". */
export function checkName(check: VerdictProblem['check'], tr: Translator): string {
  const key = `export.verify.check.${check}`;
  return tr.has(key) ? tr.t(key) : check;
}

/** What a badge file is and who signed it: "EndorsementCredential about …, issued by …". */
export function verdictSummaryText(summary: FileVerdict['summary'], tr: Translator): string {
  return worded(`export.verify.summary.${summary.code}`, summary.params, tr, summary.code);
}

type PackageFile = PackageReport['files'][number];

/** Why a packaged file is not intact, or '' when it is. */
export function packageFileText(file: PackageFile, tr: Translator): string {
  return file.status === 'intact'
    ? ''
    : worded(`export.package.file.${file.status}`, file.params, tr, file.status);
}

/** A packaged file's state in one word: Intact, Changed, Missing, Unexpected. */
export function packageFileStatus(status: PackageFile['status'], tr: Translator): string {
  return tr.t(`export.package.status.${status}`);
}

/** Why a package manifest's signature does not verify. */
export function manifestProblemText(
  problem: PackageReport['manifest']['problems'][number],
  tr: Translator,
): string {
  return worded(`export.package.manifest.${problem.code}`, problem.params, tr, problem.code);
}
