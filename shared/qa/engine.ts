import { DomainError } from '../domain/errors';
import type { Module } from '../schemas/module';
import type { Pathway } from '../schemas/pathway';
import type { QaProfile } from '../schemas/review';
import type { Workspace } from '../schemas/workspace';
import { type CharacteristicId, characteristicIds } from './characteristics';
import { loadProfile, type ProfileRule, QaProfileError } from './profile';
import type { Finding, Issue, Severity, Target } from './rule';

/** How many of a characteristic's rules pass (a rule passes when it yields no finding). */
export interface Conformance {
  characteristic: CharacteristicId;
  passed: number;
  total: number;
}

/** One rule run on one module or pathway (its subject): what a JUnit report lists as a testcase. */
export interface RuleCheck {
  ruleId: string;
  characteristic: CharacteristicId;
  severity: Severity;
  subject: Target;
  findings: Finding[];
}

export interface QaReport {
  findings: Finding[];
  conformance: Conformance[];
  checks: RuleCheck[];
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const kindRank: Record<Target['kind'], number> = { workspace: 0, pathway: 1, stage: 2, group: 3, module: 4 };

const text = (a: string | undefined, b: string | undefined) =>
  (a ?? '').localeCompare(b ?? '', 'en', { numeric: true });

/**
 * Severity, then target (pathway, kind, stage, group, module, field), then rule id, code and params: never
 * input order, and the same in every language (the words play no part).
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    text(a.target.pathwayId, b.target.pathwayId) ||
    kindRank[a.target.kind] - kindRank[b.target.kind] ||
    text(a.target.stageId, b.target.stageId) ||
    text(a.target.groupId, b.target.groupId) ||
    text(a.target.moduleId, b.target.moduleId) ||
    text(a.target.field, b.target.field) ||
    text(a.ruleId, b.ruleId) ||
    text(a.code, b.code) ||
    text(JSON.stringify(a.params), JSON.stringify(b.params))
  );
}

/**
 * The rules of every profile, each (rule, params) once: two profiles naming the same rule with the same
 * params would otherwise report every finding twice. The stricter severity wins.
 */
function mergeRules(profiles: readonly QaProfile[]): ProfileRule[] {
  const merged = new Map<string, ProfileRule>();
  for (const profile of profiles) {
    const loaded = loadProfile(profile);
    if (!loaded.ok) throw new QaProfileError(loaded.error);
    for (const entry of loaded.value.rules) {
      const key = `${entry.rule.id} ${JSON.stringify(entry.params)}`;
      const seen = merged.get(key);
      if (!seen || severityRank[entry.severity] < severityRank[seen.severity]) merged.set(key, entry);
    }
  }
  return [...merged].sort(([a], [b]) => text(a, b)).map(([, entry]) => entry);
}

/** The pathway's modules in workspace order, each once. */
function modulesOf(workspace: Workspace, pathway: Pathway): Module[] {
  const ids = new Set(
    pathway.stages.flatMap((s) => s.items.flatMap((i) => (i.kind === 'module' ? [i.moduleId] : i.moduleIds))),
  );
  return workspace.modules.filter((m) => ids.has(m.id));
}

/**
 * Runs the profiles' rules over one pathway and its modules (`pathwayId`), or over every pathway and every
 * module of the workspace. Throws QaProfileError for a profile that does not load, a DomainError
 * (`qa.unknown-pathway`) for a pathway the workspace lacks.
 */
export function runProfiles(
  workspace: Workspace,
  profiles: readonly QaProfile[],
  options: { pathwayId?: string } = {},
): QaReport {
  const entries = mergeRules(profiles);
  let pathways: readonly Pathway[] = workspace.pathways;
  let modules: readonly Module[] = workspace.modules;
  let scope: Pathway | undefined;
  if (options.pathwayId !== undefined) {
    scope = workspace.pathways.find((p) => p.id === options.pathwayId);
    if (!scope) {
      throw new DomainError('qa.unknown-pathway', { field: 'pathwayId', params: { id: options.pathwayId } });
    }
    pathways = [scope];
    modules = modulesOf(workspace, scope);
  }

  const checks: RuleCheck[] = [];
  const passes = new Map<CharacteristicId, { passed: number; total: number }>();
  for (const { rule, severity, params } of entries) {
    const stamp = (issue: Issue): Finding => ({
      ruleId: rule.id,
      characteristic: rule.characteristic,
      severity,
      target: issue.target,
      code: issue.code,
      params: issue.params,
    });
    const record = (subject: Target, issues: Iterable<Issue>) => {
      const findings = [...issues].map(stamp).sort(compareFindings);
      checks.push({
        ruleId: rule.id,
        characteristic: rule.characteristic,
        severity,
        subject,
        findings,
      });
      return findings.length;
    };
    let found = 0;
    if (rule.scope === 'module') {
      for (const module of modules) {
        const context = { workspace, module, ...(scope ? { pathway: scope } : {}) };
        const subject: Target = {
          kind: 'module',
          moduleId: module.id,
          ...(scope ? { pathwayId: scope.id } : {}),
        };
        found += record(subject, rule.check(context, params));
      }
    } else {
      for (const pathway of pathways) {
        found += record(
          { kind: 'pathway', pathwayId: pathway.id },
          rule.check({ workspace, pathway }, params),
        );
      }
    }
    const tally = passes.get(rule.characteristic) ?? { passed: 0, total: 0 };
    passes.set(rule.characteristic, { passed: tally.passed + (found === 0 ? 1 : 0), total: tally.total + 1 });
  }

  return {
    findings: checks.flatMap((c) => c.findings).sort(compareFindings),
    conformance: characteristicIds.flatMap((id) => {
      const tally = passes.get(id);
      return tally ? [{ characteristic: id, ...tally }] : [];
    }),
    checks,
  };
}

/** How many findings of each severity: what badges and summaries show. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
