import { profileErrorText } from '@locales/findings';
import { DomainError } from '@shared/domain/errors';
import { type QaReport, runProfiles } from '@shared/qa/engine';
import { QaProfileError } from '@shared/qa/profile';
import { builtInProfiles, withAlwaysOn } from '@shared/qa/profiles';
import type { Finding } from '@shared/qa/rule';
import type { QaProfile } from '@shared/schemas/review';
import type { Workspace } from '@shared/schemas/workspace';
import { useDeferredValue, useMemo } from 'react';
import { describeDomainError } from '../../app/error-messages';
import { useT } from '../../app/i18n';

export type QaRun = { ok: true; report: QaReport; profiles: QaProfile[] } | { ok: false; message: string };

/** Every profile a designer can run: the built-in ones, then the workspace's own. */
export function availableProfiles(workspace: Workspace): QaProfile[] {
  return [
    ...builtInProfiles,
    ...workspace.qaProfiles.filter((p) => !builtInProfiles.some((b) => b.id === p.id)),
  ];
}

/**
 * Runs the chosen profiles over the active pathway (or the whole workspace) as the design changes. The
 * workspace is deferred so typing stays responsive while a large design is re-checked.
 */
export function useQaReport(
  workspace: Workspace,
  pathwayId: string | undefined,
  activeIds: ReadonlySet<string>,
): QaRun {
  const tr = useT();
  const deferred = useDeferredValue(workspace);
  return useMemo(() => {
    const chosen = withAlwaysOn(availableProfiles(deferred).filter((p) => activeIds.has(p.id)));
    try {
      const report = runProfiles(deferred, chosen, pathwayId !== undefined ? { pathwayId } : {});
      return { ok: true, report, profiles: chosen };
    } catch (e) {
      if (e instanceof DomainError) return { ok: false, message: describeDomainError(e, tr) };
      if (e instanceof QaProfileError) return { ok: false, message: profileErrorText(e.error, tr) };
      throw e;
    }
  }, [deferred, pathwayId, activeIds, tr]);
}

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

/** Findings per module and per stage, for the badges on the board. */
export function countsByTarget(findings: readonly Finding[]): {
  modules: Map<string, FindingCounts>;
  stages: Map<string, FindingCounts>;
} {
  const modules = new Map<string, FindingCounts>();
  const stages = new Map<string, FindingCounts>();
  const bump = (map: Map<string, FindingCounts>, key: string, finding: Finding) => {
    const counts = map.get(key) ?? { error: 0, warning: 0, info: 0 };
    counts[finding.severity] += 1;
    map.set(key, counts);
  };
  for (const finding of findings) {
    if (finding.target.moduleId) bump(modules, finding.target.moduleId, finding);
    if (finding.target.stageId) bump(stages, finding.target.stageId, finding);
  }
  return { modules, stages };
}
