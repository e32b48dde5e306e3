import type { QaProfile } from '../schemas/review';
import type { Workspace } from '../schemas/workspace';
import { characteristics } from './characteristics';
import { moduleName } from './design';
import { countBySeverity, type QaReport } from './engine';
import type { Severity, Target } from './rule';

/** How a report names a target: "Module TE-PBL-01 “…”", "Stage “Stage 1” of pathway “…”". */
export function describeTarget(workspace: Workspace, target: Target): string {
  const pathway = workspace.pathways.find((p) => p.id === target.pathwayId);
  const stage = pathway?.stages.find((s) => s.id === target.stageId);
  const group = stage?.items.find((i) => i.kind === 'choice' && i.id === target.groupId);
  const ofPathway = pathway ? ` of pathway “${pathway.title}”` : '';
  switch (target.kind) {
    case 'workspace':
      return `Workspace “${workspace.title}”`;
    case 'pathway':
      return pathway ? `Pathway “${pathway.title}”` : `Pathway ${target.pathwayId ?? ''}`;
    case 'stage':
      return `Stage “${stage?.title ?? target.stageId}”${ofPathway}`;
    case 'group': {
      const title = group?.kind === 'choice' && group.title ? `“${group.title}”` : (target.groupId ?? '');
      return `Choice group ${title} in stage “${stage?.title ?? target.stageId}”${ofPathway}`;
    }
    case 'module': {
      const module = workspace.modules.find((m) => m.id === target.moduleId);
      return `Module ${module ? moduleName(module) : target.moduleId}`;
    }
  }
}

const sameTarget = (a: Target, b: Target) =>
  a.kind === b.kind &&
  a.pathwayId === b.pathwayId &&
  a.stageId === b.stageId &&
  a.groupId === b.groupId &&
  a.moduleId === b.moduleId;

const headings: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Information' };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 errors, 1 warning, 0 notes". */
export function summaryLine(report: QaReport): string {
  const counts = countBySeverity(report.findings);
  return [
    plural(counts.error, 'error', 'errors'),
    plural(counts.warning, 'warning', 'warnings'),
    plural(counts.info, 'note', 'notes'),
  ].join(', ');
}

export interface ReportHeading {
  /** The workspace file, as the user named it. */
  file: string;
  workspace: Workspace;
  profiles: readonly QaProfile[];
  pathwayId?: string;
}

function scopeLine({ workspace, pathwayId }: ReportHeading): string {
  const pathway = workspace.pathways.find((p) => p.id === pathwayId);
  return pathway
    ? `pathway “${pathway.title}” and its modules`
    : `${plural(workspace.pathways.length, 'pathway', 'pathways')} and ${plural(workspace.modules.length, 'module', 'modules')}`;
}

/** The report for a terminal: findings grouped by severity, then by target; conformance; a summary. */
export function reportText(heading: ReportHeading, report: QaReport): string {
  const lines = [
    `Validated ${heading.file}: ${scopeLine(heading)}`,
    `Profiles: ${heading.profiles.map((p) => `${p.title} (${p.id} ${p.version})`).join('; ')}`,
  ];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const findings = report.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) continue;
    lines.push('', `${headings[severity]} (${findings.length})`);
    let previous: Target | undefined;
    for (const finding of findings) {
      if (!previous || !sameTarget(previous, finding.target)) {
        lines.push(`  ${describeTarget(heading.workspace, finding.target)}`);
        previous = finding.target;
      }
      const field = finding.target.field ? `${finding.target.field}: ` : '';
      lines.push(`    ${field}${finding.message} [${finding.ruleId}]`);
    }
  }
  const width = Math.max(...report.conformance.map((c) => c.title.length));
  lines.push('', 'Conformance (rules passed per characteristic)');
  for (const c of report.conformance) lines.push(`  ${c.title.padEnd(width)}  ${c.passed}/${c.total}`);
  const errors = countBySeverity(report.findings).error;
  lines.push('', `${summaryLine(report)}: ${errors > 0 ? 'FAILED (error findings remain)' : 'passed'}`);
  return lines.join('\n');
}

/** The report for programs: every finding with a readable target, conformance and the verdict. */
export function reportJson(heading: ReportHeading, report: QaReport): string {
  const counts = countBySeverity(report.findings);
  return JSON.stringify(
    {
      file: heading.file,
      workspace: heading.workspace.title,
      pathwayId: heading.pathwayId ?? null,
      profiles: heading.profiles.map(({ id, title, version }) => ({ id, title, version })),
      passed: counts.error === 0,
      counts,
      findings: report.findings.map((f) => ({
        ...f,
        targetLabel: describeTarget(heading.workspace, f.target),
      })),
      conformance: report.conformance,
    },
    null,
    2,
  );
}

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/**
 * JUnit XML for CI: a suite per characteristic, a testcase per rule per module or pathway it checked;
 * error findings fail the testcase, warnings and notes travel in its system-out.
 */
export function reportJUnit(heading: ReportHeading, report: QaReport): string {
  const suites = characteristics.flatMap(({ id, title }) => {
    const checks = report.checks.filter((c) => c.characteristic === id);
    if (checks.length === 0) return [];
    const failed = (c: (typeof checks)[number]) => c.findings.some((f) => f.severity === 'error');
    const cases = checks.map((check) => {
      const name = escapeXml(`${check.ruleId}: ${check.title}`);
      const classname = escapeXml(describeTarget(heading.workspace, check.subject));
      const errors = check.findings.filter((f) => f.severity === 'error');
      const others = check.findings.filter((f) => f.severity !== 'error');
      const body = [
        ...(errors.length > 0
          ? [
              `      <failure type="error" message="${escapeXml(errors[0]?.message ?? '')}">${escapeXml(errors.map((f) => f.message).join('\n'))}</failure>`,
            ]
          : []),
        ...(others.length > 0
          ? [
              `      <system-out>${escapeXml(others.map((f) => `${f.severity}: ${f.message}`).join('\n'))}</system-out>`,
            ]
          : []),
      ];
      return body.length === 0
        ? `    <testcase classname="${classname}" name="${name}"/>`
        : [`    <testcase classname="${classname}" name="${name}">`, ...body, '    </testcase>'].join('\n');
    });
    return [
      `  <testsuite name="${escapeXml(title)}" tests="${checks.length}" failures="${checks.filter(failed).length}">`,
      ...cases,
      '  </testsuite>',
    ];
  });
  const failures = report.checks.filter((c) => c.findings.some((f) => f.severity === 'error')).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(`stackwise validate ${heading.file}`)}" tests="${report.checks.length}" failures="${failures}">`,
    ...suites,
    '</testsuites>',
  ].join('\n');
}
