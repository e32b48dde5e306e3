import type { QaProfile } from '../schemas/review';
import type { Workspace } from '../schemas/workspace';
import { countBySeverity, type QaReport, runProfiles } from './engine';
import { builtInProfiles, withAlwaysOn } from './profiles';

/**
 * The profiles an export checks against: every built-in one and the workspace's own. A workspace profile
 * cannot stand in for a built-in one (an imported file with the id "uk-qaa-2022" and no rules would
 * otherwise switch the framework off), so on a shared id the built-in profile runs.
 */
export function exportProfiles(workspace: Workspace): QaProfile[] {
  const builtIn = new Set(builtInProfiles.map((p) => p.id));
  return withAlwaysOn([...builtInProfiles, ...workspace.qaProfiles.filter((p) => !builtIn.has(p.id))]);
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
