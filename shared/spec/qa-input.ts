import type { QaReport } from '../qa/engine';
import { describeTarget } from '../qa/report';
import type { QaProfile } from '../schemas/review';
import type { Workspace } from '../schemas/workspace';
import type { SpecQaInput } from './model';

/** The QA appendix of a specification, from the same engine run the app and the command line use. */
export function specQaInput(
  workspace: Workspace,
  report: QaReport,
  profiles: readonly QaProfile[],
): SpecQaInput {
  return {
    profiles: profiles.map(({ title, version }) => ({ title, version })),
    conformance: report.conformance.map(({ title, passed, total }) => ({ title, passed, total })),
    findings: report.findings.map((f) => ({
      severity: f.severity,
      targetLabel: describeTarget(workspace, f.target),
      message: f.message,
    })),
  };
}
