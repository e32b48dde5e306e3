import type { CharacteristicId } from '../qa/characteristics';
import type { QaReport } from '../qa/engine';
import type { Finding, Target } from '../qa/rule';
import type { QaProfile } from '../schemas/review';
import type { SpecQaInput } from './model';

/**
 * The words the QA appendix needs, in the document's language. shared/ writes none: the caller brings
 * them from the catalogue (`qaWords` in resources/locales/findings.ts).
 */
export interface QaWords {
  finding(finding: Finding): string;
  target(target: Target): string;
  characteristic(id: CharacteristicId): string;
  profile(profile: QaProfile): string;
}

/** The QA appendix of a specification, from the same engine run the app and the command line use. */
export function specQaInput(report: QaReport, profiles: readonly QaProfile[], words: QaWords): SpecQaInput {
  return {
    profiles: profiles.map((p) => ({ title: words.profile(p), version: p.version })),
    conformance: report.conformance.map(({ characteristic, passed, total }) => ({
      title: words.characteristic(characteristic),
      passed,
      total,
    })),
    findings: report.findings.map((f) => ({
      severity: f.severity,
      targetLabel: words.target(f.target),
      message: words.finding(f),
    })),
  };
}
