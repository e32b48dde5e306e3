import { translator } from '@locales/translate';
import {
  checkName,
  manifestProblemText,
  packageFileStatus,
  packageFileText,
  verdictProblemText,
  verdictSummaryText,
} from '@locales/verify';
import {
  manifestFindings,
  packageFileStatuses,
  verdictSummaries,
  verifyChecks,
  verifyFindings,
} from '@shared/contract/verdicts';
import { describe, expect, it } from 'vitest';

const en = translator('en');

describe('verification findings in words', () => {
  it('has words for every finding, summary, manifest problem and file state main can report', () => {
    const keys = [
      ...verifyChecks.flatMap((check) => [
        `export.verify.check.${check}`,
        ...verifyFindings[check].map((code) => `export.verify.${check}.${code}`),
      ]),
      ...verdictSummaries.map((code) => `export.verify.summary.${code}`),
      ...manifestFindings.map((code) => `export.package.manifest.${code}`),
      ...packageFileStatuses.map((status) => `export.package.status.${status}`),
      ...packageFileStatuses
        .filter((status) => status !== 'intact')
        .map((status) => `export.package.file.${status}`),
    ];
    expect(keys.filter((key) => !en.has(key))).toEqual([]);
  });

  it('words a finding with the facts it names, as `stackwise verify` prints it', () => {
    const changed = {
      check: 'digest' as const,
      code: 'changed',
      params: { file: 'TE-01.achievement.json', actual: 'sha384-new', expected: 'sha384-old' },
    };
    expect(verdictProblemText(changed, en)).toBe(
      "TE-01.achievement.json was changed after signing: its sha384 is sha384-new, the credential's relatedResource says sha384-old",
    );
    expect(checkName('digest', en)).toBe('Digest');
  });

  it('says "(none)" for a fact the file does not name', () => {
    expect(
      verdictSummaryText({ code: 'endorsement', params: { subject: null, issuer: 'did:key:z6Mk' } }, en),
    ).toBe('EndorsementCredential about (none), issued by did:key:z6Mk');
  });

  it('names a code it has no words for rather than showing nothing', () => {
    expect(verdictProblemText({ check: 'proof', code: 'from-a-newer-main', params: {} }, en)).toBe(
      'proof: from-a-newer-main',
    );
  });

  it('words a package’s files and manifest', () => {
    const file = { path: 'qa-report.json', mediaType: null, params: {} };
    expect(packageFileText({ ...file, status: 'intact' }, en)).toBe('');
    expect(packageFileText({ ...file, status: 'missing' }, en)).toBe(
      'listed in the manifest but not in the package',
    );
    expect(packageFileStatus('unexpected', en)).toBe('Unexpected');
    expect(
      manifestProblemText(
        { code: 'unresolved', params: { key: 'https://x.example#k', controller: 'https://x.example' } },
        en,
      ),
    ).toBe(
      'the key https://x.example#k cannot be resolved offline: the package has no controller document of https://x.example listing it',
    );
  });
});
