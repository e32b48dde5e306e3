import type { Pathway } from '../schemas/pathway';
import type { Workspace } from '../schemas/workspace';
import { creditInSystem, hoursRange } from './credit-words';
import type { SpecBlock, SpecSection, Words } from './model';
import type { Placement } from './placements';
import { levelWords } from './summary';
import { andList, coded, commaList, say, stated } from './words';

/** "LO1": how the specification names a module's learning outcome, by its place in the module. */
export const outcomeLabel = (index: number): Words => say('spec.outcome', { number: index + 1 });

export function moduleSection(placement: Placement, pathway: Pathway, workspace: Workspace): SpecSection {
  const { module } = placement;
  const system = pathway.award.credit?.system ?? 'ECTS';
  const codeOf = (id: string) => workspace.modules.find((m) => m.id === id)?.code ?? id;
  const prerequisites = pathway.prerequisites
    .filter((p) => p.after === module.id)
    .map((p) => codeOf(p.before));
  const issuer = workspace.issuers.find((i) => i.id === module.issuerId) ?? workspace.issuers[0];
  const labelOfOutcome = new Map(module.learningOutcomes.map((o, i) => [o.id, outcomeLabel(i)]));
  const { assessment } = module;
  const blocks: SpecBlock[] = [];
  if (module.summary.trim()) blocks.push({ kind: 'paragraph', text: module.summary.trim() });
  blocks.push(
    {
      kind: 'facts',
      facts: [
        { label: say('spec.column.code'), value: module.code },
        {
          label: say('spec.column.credits'),
          value: module.credit ? creditInSystem(module.credit, system) : null,
        },
        { label: say('spec.fact.level'), value: module.level ? levelWords(module.level) : null },
        {
          label: say('spec.module.workload'),
          value:
            module.notionalHours !== undefined
              ? hoursRange({ min: module.notionalHours, max: module.notionalHours })
              : null,
        },
        {
          label: say('spec.fact.delivery'),
          value: module.deliveryMode ? coded('deliveryMode', module.deliveryMode) : null,
        },
        {
          label: say('spec.module.inPathway'),
          value: say('spec.module.inPathway.value', { stage: placement.stage, role: placement.role }),
        },
        {
          label: say('spec.structure.prerequisites'),
          value: prerequisites.length > 0 ? andList(prerequisites) : say('spec.none'),
        },
        {
          label: say('spec.module.category'),
          value: module.category ? coded('category', module.category) : null,
        },
        { label: say('spec.module.language'), value: { language: module.language } },
        { label: say('spec.module.awardedBy'), value: issuer?.name ?? null },
        {
          label: say('spec.fact.version'),
          value: say('spec.versionWithStatus', {
            version: module.version,
            status: coded('designStatus', module.status),
          }),
        },
      ],
    },
    { kind: 'heading', text: say('spec.module.outcomes') },
    {
      kind: 'list',
      items: module.learningOutcomes.map((o, i) => ({ label: outcomeLabel(i), text: o.statement })),
      emptyText: say('spec.module.noOutcomes'),
    },
    { kind: 'heading', text: say('spec.module.assessment') },
    {
      kind: 'facts',
      facts: [
        {
          label: say('spec.module.assessmentType'),
          value: assessment.type ? coded('assessmentType', assessment.type) : null,
        },
        { label: say('spec.module.description'), value: stated(assessment.description) },
        {
          label: say('spec.module.graded'),
          value: say(assessment.graded ? 'spec.module.graded.yes' : 'spec.module.graded.no'),
        },
        {
          label: say('spec.module.supervision'),
          value: assessment.supervision ? coded('supervisionMode', assessment.supervision) : null,
        },
        {
          label: say('spec.module.identity'),
          value: assessment.identityVerification
            ? coded('identityCheck', assessment.identityVerification)
            : null,
        },
      ],
    },
    {
      kind: 'table',
      table: {
        columns: [
          { title: say('spec.column.evidence'), weight: 1.4 },
          { title: say('spec.column.requirement'), weight: 4 },
          { title: say('spec.column.outcomes'), weight: 1.2 },
        ],
        rows: module.evidenceRequirements.map((e) => {
          const outcomes = e.outcomeIds.map((id) => labelOfOutcome.get(id) ?? id);
          return {
            cells: [
              coded('evidenceKind', e.kind),
              e.description.trim() || say('spec.module.noDescription'),
              outcomes.length > 0 ? commaList(outcomes) : say('spec.none'),
            ],
          };
        }),
        emptyText: say('spec.module.noEvidence'),
      },
    },
    { kind: 'heading', text: say('spec.module.admission') },
    {
      kind: 'facts',
      facts: [
        { label: say('spec.fact.entryRequirements'), value: stated(module.admission.requirements) },
        { label: say('spec.fact.priorLearning'), value: stated(module.admission.recognitionOfPriorLearning) },
      ],
    },
    { kind: 'heading', text: say('spec.module.quality') },
    {
      kind: 'facts',
      facts: [
        {
          label: say('spec.module.qaType'),
          value: module.qaMechanism.type ? coded('qaType', module.qaMechanism.type) : null,
        },
        { label: say('spec.module.qaMechanism'), value: stated(module.qaMechanism.description) },
        { label: say('spec.module.certification'), value: stated(module.certification.description) },
      ],
    },
    { kind: 'heading', text: say('spec.module.skills') },
    {
      kind: 'table',
      table: {
        columns: [
          { title: say('spec.column.framework'), weight: 1.2 },
          { title: say('spec.column.code'), weight: 0.8 },
          { title: say('spec.column.skill'), weight: 4 },
        ],
        rows: module.skills.map((s) => ({
          cells: [
            coded('skillFramework', s.framework),
            s.code || '—',
            s.url ? `${s.name}\n${s.url}` : s.name,
          ],
        })),
        emptyText: say('spec.module.noSkills'),
      },
    },
  );
  return { id: `module-${module.id}`, title: `${module.code} ${module.title}`, blocks, subsections: [] };
}
