import type { Review } from '../schemas/review';
import type { Workspace } from '../schemas/workspace';
import type { SpecQaInput, SpecSection, Words } from './model';
import { coded, dateOf, say } from './words';

/** One line a committee reads first: whether the design passed the QA checks. */
export function qaStatus(qa: SpecQaInput | undefined): Words {
  if (!qa) return say('spec.qa.status.notChecked');
  const errors = qa.findings.filter((f) => f.severity === 'error').length;
  const warnings = qa.findings.filter((f) => f.severity === 'warning').length;
  const unmet = qa.conformance.filter((c) => c.passed < c.total).length;
  const status =
    errors > 0
      ? say('spec.qa.status.fails', { errors, warnings })
      : warnings > 0
        ? say('spec.qa.status.warnings', { warnings })
        : say('spec.qa.status.conforms');
  return unmet > 0 ? say('spec.qa.status.unmet', { status, unmet }) : status;
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

function profilesSection(qa: SpecQaInput | undefined): SpecSection {
  return {
    id: 'qa-profiles',
    title: say('spec.section.qaProfiles'),
    blocks: [
      {
        kind: 'table',
        table: {
          columns: [
            { title: say('spec.column.qaProfile'), weight: 4 },
            { title: say('spec.fact.version'), weight: 1 },
          ],
          rows: (qa?.profiles ?? []).map((p) => ({ cells: [p.title, p.version] })),
          emptyText: say('spec.qa.noProfile'),
        },
      },
      {
        kind: 'table',
        table: {
          columns: [
            { title: say('spec.column.characteristic'), weight: 4 },
            { title: say('spec.column.checksPassed'), weight: 1.2, align: 'center' },
            { title: say('spec.column.result'), weight: 1.4 },
          ],
          rows: (qa?.conformance ?? []).map((c) => ({
            cells: [
              c.title,
              say('spec.qa.checksPassed', { passed: c.passed, total: c.total }),
              say(c.passed === c.total ? 'spec.qa.met' : 'spec.qa.notMet'),
            ],
            ...(c.passed < c.total ? { tone: 'attention' as const } : {}),
          })),
          emptyText: say('spec.qa.noConformance'),
        },
      },
    ],
    subsections: [],
  };
}

function findingsSection(
  review: Review | undefined,
  qa: SpecQaInput | undefined,
  workspace: Workspace,
): SpecSection {
  const moduleCode = (id: string | undefined) => workspace.modules.find((m) => m.id === id)?.code;
  const openComments = (review?.comments ?? []).filter((c) => !c.resolvedAt);
  return {
    id: 'qa-findings',
    title: say('spec.section.qaFindings'),
    blocks: [
      {
        kind: 'table',
        table: {
          columns: [
            { title: say('spec.column.severity'), weight: 1 },
            { title: say('spec.column.concerns'), weight: 2 },
            { title: say('spec.column.finding'), weight: 5 },
          ],
          rows: [...(qa?.findings ?? [])]
            .sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity])
            .map((f) => ({
              cells: [coded('severity', f.severity), f.targetLabel, f.message],
              ...(f.severity === 'error' ? { tone: 'attention' as const } : {}),
            })),
          emptyText: say(qa ? 'spec.qa.noFindings' : 'spec.qa.notRun'),
        },
      },
      { kind: 'heading', text: say('spec.qa.comments') },
      {
        kind: 'table',
        table: {
          columns: [
            { title: say('spec.column.date'), weight: 1.2 },
            { title: say('spec.column.author'), weight: 1.6 },
            { title: say('spec.column.concerns'), weight: 1.6 },
            { title: say('spec.column.comment'), weight: 5 },
          ],
          rows: openComments.map((c) => ({
            cells: [
              dateOf(c.createdAt, 'medium'),
              c.author,
              [moduleCode(c.moduleId), c.field].filter(Boolean).join(' · ') || say('spec.qa.thePathway'),
              c.text,
            ],
          })),
          emptyText: say('spec.qa.noComments'),
        },
      },
    ],
    subsections: [],
  };
}

function decisionsSection(review: Review | undefined): SpecSection {
  return {
    id: 'qa-decisions',
    title: say('spec.section.qaDecisions'),
    blocks: [
      {
        kind: 'table',
        table: {
          columns: [
            { title: say('spec.column.date'), weight: 1.2 },
            { title: say('spec.column.decision'), weight: 1.6 },
            { title: say('spec.column.reviewer'), weight: 2 },
            { title: say('spec.fact.version'), weight: 0.9 },
            { title: say('spec.column.contentHash'), weight: 3 },
          ],
          rows: [...(review?.decisions ?? [])]
            .sort((a, b) => a.date.localeCompare(b.date))
            .map((d) => ({
              cells: [
                dateOf(d.date, 'medium'),
                coded('decision', d.decision),
                d.role ? `${d.reviewer}, ${d.role}` : d.reviewer,
                d.designVersion,
                d.contentHash || say('spec.qa.notRecorded'),
              ],
            })),
          emptyText: say('spec.qa.noDecisions'),
        },
      },
    ],
    subsections: [],
  };
}

export function qaSection(
  review: Review | undefined,
  qa: SpecQaInput | undefined,
  workspace: Workspace,
): SpecSection {
  return {
    id: 'qa',
    title: say('spec.section.qa'),
    blocks: [{ kind: 'facts', facts: [{ label: say('spec.fact.qaStatus'), value: qaStatus(qa) }] }],
    subsections: [profilesSection(qa), findingsSection(review, qa, workspace), decisionsSection(review)],
  };
}
