import type { QaProfile } from '../schemas/review';
import type { Workspace } from '../schemas/workspace';
import { countBySeverity, type QaReport, runProfiles } from './engine';
import { builtInProfiles, withAlwaysOn } from './profiles';

/** The profiles an export checks against: every built-in one and the workspace's own (which win on a shared id). */
export function exportProfiles(workspace: Workspace): QaProfile[] {
  const own = new Set(workspace.qaProfiles.map((p) => p.id));
  return withAlwaysOn([...builtInProfiles.filter((p) => !own.has(p.id)), ...workspace.qaProfiles]);
}

/** The QA report an export is made from, and how many error findings block signing. */
export function checkDesignForExport(
  workspace: Workspace,
  pathwayId: string,
): { report: QaReport; profiles: QaProfile[]; errors: number } {
  const profiles = exportProfiles(workspace);
  const report = runProfiles(workspace, profiles, { pathwayId });
  return { report, profiles, errors: countBySeverity(report.findings).error };
}
