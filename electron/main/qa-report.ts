import { characteristicTitle, findingText, profileTitle, ruleTitle, targetText } from '@locales/findings';
import type { Translator } from '@locales/translate';
import { characteristicIds } from '@shared/qa/characteristics';
import { countBySeverity, type QaReport } from '@shared/qa/engine';
import type { Target } from '@shared/qa/rule';
import type { QaProfile } from '@shared/schemas/review';
import type { Workspace } from '@shared/schemas/workspace';

/*
 * The QA report as `stackwise validate` prints it and a package carries it: text for a terminal, JSON for
 * programs, JUnit XML for CI. Every word comes from the catalogue of the translator's language.
 */

export interface ReportHeading {
  /** The workspace file, as the user named it. */
  file: string;
  workspace: Workspace;
  profiles: readonly QaProfile[];
  pathwayId?: string;
}

const sameTarget = (a: Target, b: Target) =>
  a.kind === b.kind &&
  a.pathwayId === b.pathwayId &&
  a.stageId === b.stageId &&
  a.groupId === b.groupId &&
  a.moduleId === b.moduleId;

/** "2 errors, 1 warning, 0 notes". */
export function summaryLine(report: QaReport, tr: Translator): string {
  const counts = countBySeverity(report.findings);
  return tr.t('qa.report.summary', {
    errorCount: counts.error,
    warningCount: counts.warning,
    noteCount: counts.info,
  });
}

function scopeLine({ workspace, pathwayId }: ReportHeading, tr: Translator): string {
  const pathway = workspace.pathways.find((p) => p.id === pathwayId);
  return pathway
    ? tr.t('qa.report.scope-pathway', { pathway: pathway.title })
    : tr.t('qa.report.scope-workspace', {
        pathwayCount: workspace.pathways.length,
        moduleCount: workspace.modules.length,
      });
}

/** The report for a terminal: findings grouped by severity, then by target; conformance; a summary. */
export function reportText(heading: ReportHeading, report: QaReport, tr: Translator): string {
  const profiles = heading.profiles.map((p) =>
    tr.t('qa.report.profile', { title: profileTitle(p, tr), id: p.id, version: p.version }),
  );
  const lines = [
    tr.t('qa.report.validated', { file: heading.file, scope: scopeLine(heading, tr) }),
    tr.t('qa.report.profiles', { profiles: profiles.join('; ') }),
  ];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const findings = report.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) continue;
    lines.push('', tr.t('qa.report.heading', { severity, count: findings.length }));
    let previous: Target | undefined;
    for (const finding of findings) {
      if (!previous || !sameTarget(previous, finding.target)) {
        lines.push(`  ${targetText(heading.workspace, finding.target, tr)}`);
        previous = finding.target;
      }
      const field = finding.target.field ? `${finding.target.field}: ` : '';
      lines.push(`    ${field}${findingText(finding, tr)} [${finding.ruleId}]`);
    }
  }
  const titles = report.conformance.map((c) => characteristicTitle(c.characteristic, tr));
  const width = Math.max(...titles.map((t) => t.length));
  lines.push('', tr.t('qa.report.conformance'));
  report.conformance.forEach((c, i) => {
    lines.push(`  ${(titles[i] ?? '').padEnd(width)}  ${c.passed}/${c.total}`);
  });
  const summary = summaryLine(report, tr);
  const errors = countBySeverity(report.findings).error;
  lines.push('', tr.t(errors > 0 ? 'qa.report.failed' : 'qa.report.passed', { summary }));
  return lines.join('\n');
}

/**
 * The report for programs: every finding with its code and params (what a program should read), and its
 * target and message in words; conformance and the verdict.
 */
export function reportJson(heading: ReportHeading, report: QaReport, tr: Translator): string {
  const counts = countBySeverity(report.findings);
  return JSON.stringify(
    {
      file: heading.file,
      workspace: heading.workspace.title,
      pathwayId: heading.pathwayId ?? null,
      language: tr.language,
      profiles: heading.profiles.map((p) => ({ id: p.id, title: profileTitle(p, tr), version: p.version })),
      passed: counts.error === 0,
      counts,
      findings: report.findings.map((f) => ({
        ...f,
        targetLabel: targetText(heading.workspace, f.target, tr),
        message: findingText(f, tr),
      })),
      conformance: report.conformance.map((c) => ({
        ...c,
        title: characteristicTitle(c.characteristic, tr),
      })),
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
export function reportJUnit(heading: ReportHeading, report: QaReport, tr: Translator): string {
  const suites = characteristicIds.flatMap((id) => {
    const checks = report.checks.filter((c) => c.characteristic === id);
    if (checks.length === 0) return [];
    const failed = (c: (typeof checks)[number]) => c.findings.some((f) => f.severity === 'error');
    const cases = checks.map((check) => {
      const name = escapeXml(`${check.ruleId}: ${ruleTitle(check.ruleId, tr)}`);
      const classname = escapeXml(targetText(heading.workspace, check.subject, tr));
      const errors = check.findings.filter((f) => f.severity === 'error').map((f) => findingText(f, tr));
      const others = check.findings
        .filter((f) => f.severity !== 'error')
        .map((f) => `${tr.t('qa.report.severity', { severity: f.severity })}: ${findingText(f, tr)}`);
      const body = [
        ...(errors.length > 0
          ? [
              `      <failure type="error" message="${escapeXml(errors[0] ?? '')}">${escapeXml(errors.join('\n'))}</failure>`,
            ]
          : []),
        ...(others.length > 0 ? [`      <system-out>${escapeXml(others.join('\n'))}</system-out>`] : []),
      ];
      return body.length === 0
        ? `    <testcase classname="${classname}" name="${name}"/>`
        : [`    <testcase classname="${classname}" name="${name}">`, ...body, '    </testcase>'].join('\n');
    });
    return [
      `  <testsuite name="${escapeXml(characteristicTitle(id, tr))}" tests="${checks.length}" failures="${checks.filter(failed).length}">`,
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
