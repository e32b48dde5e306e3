import type { SpecRow, SpecSection, SpecTable } from './model';
import { outcomeLabel } from './module-section';
import type { Placement } from './placements';
import { coded, say } from './words';

/** Every learning outcome against the assessment of its module and the evidence that demonstrates it. */
export function matrixSection(placements: Placement[]): SpecSection {
  const modules = placements.map((p) => p.module);
  const kinds = [...new Set(modules.flatMap((m) => m.evidenceRequirements.map((e) => e.kind)))];
  const rows: SpecRow[] = modules.flatMap((module) =>
    module.learningOutcomes.map((outcome, i) => {
      const evidence = module.evidenceRequirements.filter((e) => e.outcomeIds.includes(outcome.id));
      return {
        cells: [
          say('spec.matrix.outcomeOfModule', { code: module.code, outcome: outcomeLabel(i) }),
          outcome.statement,
          module.assessment.type ? coded('assessmentType', module.assessment.type) : say('spec.notStated'),
          ...kinds.map((kind) => (evidence.some((e) => e.kind === kind) ? '✓' : '')),
        ],
        ...(evidence.length === 0 ? { tone: 'attention' as const } : {}),
      };
    }),
  );
  const unassessed = rows.filter((r) => r.tone === 'attention').length;
  const table: SpecTable = {
    columns: [
      { title: say('spec.column.outcome'), weight: 1.5 },
      { title: say('spec.column.statement'), weight: Math.max(3, 6 - kinds.length * 0.4) },
      { title: say('spec.column.assessment'), weight: 1.4 },
      ...kinds.map((kind) => ({ title: coded('evidenceKind', kind), weight: 1, align: 'center' as const })),
    ],
    rows,
    emptyText: say('spec.matrix.noOutcomes'),
  };
  return {
    id: 'outcomes-assessment',
    title: say('spec.section.matrix'),
    blocks: [
      {
        kind: 'paragraph',
        text:
          unassessed === 0
            ? say('spec.matrix.intro.covered')
            : say('spec.matrix.intro.uncovered', { count: unassessed }),
      },
      { kind: 'table', table },
    ],
    subsections: [],
  };
}
