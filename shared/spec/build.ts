import { creditLabel, levelLabel } from '../domain/labels';
import type { Issuer } from '../schemas/issuer';
import type { Module } from '../schemas/module';
import type { Pathway } from '../schemas/pathway';
import type { Review } from '../schemas/review';
import type { Workspace } from '../schemas/workspace';
import { approvalStatus, dateOf } from './approval';
import { creditRangeLabel, hoursRangeLabel, type PathwayTotals, pathwayTotals } from './credit-totals';
import { choiceRuleLabel, pathwayDiagram } from './diagram';
import type {
  SpecBlock,
  SpecFact,
  Specification,
  SpecQaInput,
  SpecRow,
  SpecSection,
  SpecTable,
} from './model';
import { humanize, joinWithAnd, languageLabel, plural } from './wording';

export interface SpecificationOptions {
  /** ISO 8601 time the specification is produced (the PDF's creation date). */
  generatedAt: string;
  /** The QA engine's results; without them the appendix says the checks were not run. */
  qa?: SpecQaInput;
}

export type SpecificationResult =
  | { ok: true; specification: Specification }
  | { ok: false; code: 'spec.pathway-not-found'; message: string };

/** Where a module sits in the pathway: its stage and whether it is required or one of a choice. */
interface Placement {
  module: Module;
  stageId: string;
  stage: string;
  required: boolean;
  role: string;
}

function placementsOf(pathway: Pathway, modulesById: ReadonlyMap<string, Module>): Placement[] {
  const seen = new Set<string>();
  const placements: Placement[] = [];
  for (const stage of pathway.stages) {
    for (const item of stage.items) {
      const ids = item.kind === 'module' ? [item.moduleId] : item.moduleIds;
      const role =
        item.kind === 'module'
          ? 'Required'
          : `Elective: ${choiceRuleLabel(item.choose, item.moduleIds.length)}${item.title ? ` (${item.title})` : ''}`;
      for (const id of ids) {
        const module = modulesById.get(id);
        if (!module || seen.has(id)) continue;
        seen.add(id);
        placements.push({
          module,
          stageId: stage.id,
          stage: stage.title,
          required: item.kind === 'module',
          role,
        });
      }
    }
  }
  return placements;
}

const stated = (text: string | undefined): string | null => (text?.trim() ? text.trim() : null);

/** Distinct texts with the codes of the modules that state them: "Qualified teacher status (A-1, A-2)". */
function distinctStatements(modules: Module[], textOf: (m: Module) => string): string | null {
  const byText = new Map<string, string[]>();
  for (const module of modules) {
    const text = textOf(module).trim();
    if (text) byText.set(text, [...(byText.get(text) ?? []), module.code]);
  }
  if (byText.size === 0) return null;
  if (byText.size === 1 && [...byText.values()][0]?.length === modules.length)
    return [...byText.keys()][0] ?? null;
  return [...byText].map(([text, codes]) => `${codes.join(', ')}: ${text}`).join('\n');
}

function totalsFacts(totals: PathwayTotals, pathway: Pathway): SpecFact[] {
  const credits = creditRangeLabel(totals);
  const min = totals.credits.map((c) => creditLabel({ value: c.min, system: c.system })).join(' + ');
  const max = totals.credits.map((c) => creditLabel({ value: c.max, system: c.system })).join(' + ');
  const facts: SpecFact[] = [
    { label: 'Total credits', value: credits ? min : null },
    {
      label: 'Credit range',
      value: credits
        ? min === max
          ? `${min} (every route through the pathway carries the same credit)`
          : `${min} to ${max}, depending on the electives chosen`
        : null,
    },
  ];
  if (totals.withoutCredit.length > 0) {
    facts.push({
      label: 'Modules without credit',
      value: `${joinWithAnd(totals.withoutCredit)} state no credit and count as zero`,
    });
  }
  if (pathway.award.credit) {
    const declared = creditLabel(pathway.award.credit);
    const matches = totals.credits.some(
      (c) => c.system === pathway.award.credit?.system && c.min === pathway.award.credit.value,
    );
    facts.push({
      label: 'Declared award credit',
      value: matches ? declared : `${declared} (the modules add up to ${credits || 'no credit'})`,
    });
  }
  return facts;
}

function levelOfPathway(pathway: Pathway, modules: Module[]): string | null {
  if (pathway.award.level) return levelLabel(pathway.award.level);
  const levels = [...new Set(modules.flatMap((m) => (m.level ? [levelLabel(m.level)] : [])))];
  return levels.length > 0 ? `Modules at ${joinWithAnd(levels)}` : null;
}

function deliveryOfPathway(modules: Module[]): string | null {
  const counts = new Map<string, number>();
  for (const m of modules)
    if (m.deliveryMode) counts.set(m.deliveryMode, (counts.get(m.deliveryMode) ?? 0) + 1);
  if (counts.size === 0) return null;
  if (counts.size === 1) return humanize([...counts.keys()][0] ?? '');
  return [...counts].map(([mode, n]) => `${humanize(mode)} (${plural(n, 'module')})`).join(', ');
}

function summarySection(
  pathway: Pathway,
  placements: Placement[],
  modulesById: ReadonlyMap<string, Module>,
  issuer: Issuer | undefined,
): SpecSection {
  const modules = placements.map((p) => p.module);
  const totals = pathwayTotals(pathway, modulesById);
  const hasPrerequisite = new Set(pathway.prerequisites.map((p) => p.after));
  const firstStage = pathway.stages[0]?.id;
  // Learners enter through the first stage's modules that need nothing else first.
  const entryModules = placements
    .filter((p) => p.stageId === firstStage && !hasPrerequisite.has(p.module.id))
    .map((p) => p.module);
  const entryRequirements = distinctStatements(entryModules, (m) => m.admission.requirements);
  const required = placements.filter((p) => p.required).length;
  const groups = pathway.stages.flatMap((s) => s.items.filter((i) => i.kind === 'choice')).length;
  const blocks: SpecBlock[] = [
    {
      kind: 'facts',
      facts: [
        { label: 'Award', value: `${pathway.award.title} (${humanize(pathway.award.type)})` },
        { label: 'Pathway', value: pathway.title },
        { label: 'Purpose', value: stated(pathway.description) },
        {
          label: 'Audience',
          value: entryRequirements
            ? `Learners who meet the entry requirements below${categoriesOf(modules)}`
            : null,
        },
        { label: 'Awarding body', value: issuer ? (stated(issuer.awardingBody) ?? issuer.name) : null },
        { label: 'Country or region', value: issuer?.country ?? null },
        ...totalsFacts(totals, pathway),
        { label: 'Level', value: levelOfPathway(pathway, modules) },
        {
          label: 'Duration (notional workload)',
          value: totals.hours.max > 0 ? hoursRangeLabel(totals.hours) : null,
        },
        { label: 'Delivery', value: deliveryOfPathway(modules) },
        {
          label: 'Structure',
          value: `${plural(pathway.stages.length, 'stage')}, ${plural(modules.length, 'module')}: ${required} required, ${plural(groups, 'choice group')}`,
        },
        { label: 'Entry requirements', value: entryRequirements },
        {
          label: 'Recognition of prior learning',
          value: distinctStatements(modules, (m) => m.admission.recognitionOfPriorLearning),
        },
        { label: 'Version', value: `${pathway.version} (${humanize(pathway.status)})` },
      ],
    },
  ];
  return { id: 'summary', title: 'Summary', blocks, subsections: [] };
}

function categoriesOf(modules: Module[]): string {
  const categories = [
    ...new Set(modules.flatMap((m) => (m.category ? [humanize(m.category).toLowerCase()] : []))),
  ];
  return categories.length > 0 ? `, working in ${joinWithAnd(categories)}` : '';
}

function structureSection(
  pathway: Pathway,
  placements: Placement[],
  modulesById: ReadonlyMap<string, Module>,
): SpecSection {
  const codeOf = (id: string) => modulesById.get(id)?.code ?? id;
  const titleOf = (id: string) => modulesById.get(id)?.title ?? '';
  return {
    id: 'structure',
    title: 'Pathway structure',
    blocks: [
      { kind: 'diagram', diagram: pathwayDiagram(pathway, modulesById) },
      { kind: 'heading', text: 'Modules by stage' },
      {
        kind: 'table',
        table: {
          columns: [
            { title: 'Stage', weight: 2 },
            { title: 'Code', weight: 1.6 },
            { title: 'Module', weight: 4 },
            { title: 'Credits', weight: 1.4 },
            { title: 'Status in pathway', weight: 2.6 },
          ],
          rows: placements.map((p) => ({
            cells: [
              p.stage,
              p.module.code,
              p.module.title,
              p.module.credit ? creditLabel(p.module.credit) : 'Not stated',
              p.role,
            ],
          })),
          emptyText: 'The pathway has no modules yet.',
        },
      },
      { kind: 'heading', text: 'Prerequisites' },
      {
        kind: 'table',
        table: {
          columns: [
            { title: 'Complete first', weight: 1 },
            { title: 'Before starting', weight: 1 },
          ],
          rows: pathway.prerequisites.map((p) => ({
            cells: [`${codeOf(p.before)} ${titleOf(p.before)}`, `${codeOf(p.after)} ${titleOf(p.after)}`],
          })),
          emptyText: 'No module requires another to be completed first.',
        },
      },
    ],
    subsections: [],
  };
}

export const outcomeLabel = (index: number): string => `LO${index + 1}`;

function moduleSection(placement: Placement, pathway: Pathway, workspace: Workspace): SpecSection {
  const { module } = placement;
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
        { label: 'Code', value: module.code },
        { label: 'Credits', value: module.credit ? creditLabel(module.credit) : null },
        { label: 'Level', value: module.level ? levelLabel(module.level) : null },
        {
          label: 'Notional workload',
          value: module.notionalHours !== undefined ? `${module.notionalHours} hours` : null,
        },
        { label: 'Delivery', value: module.deliveryMode ? humanize(module.deliveryMode) : null },
        { label: 'In this pathway', value: `${placement.stage}; ${placement.role}` },
        { label: 'Prerequisites', value: prerequisites.length > 0 ? joinWithAnd(prerequisites) : 'None' },
        { label: 'Category', value: module.category ? humanize(module.category) : null },
        { label: 'Language', value: languageLabel(module.language) },
        { label: 'Awarded by', value: issuer?.name ?? null },
        { label: 'Version', value: `${module.version} (${humanize(module.status)})` },
      ],
    },
    { kind: 'heading', text: 'Learning outcomes' },
    {
      kind: 'list',
      items: module.learningOutcomes.map((o, i) => ({ label: outcomeLabel(i), text: o.statement })),
      emptyText: 'No learning outcomes are stated.',
    },
    { kind: 'heading', text: 'Assessment and evidence' },
    {
      kind: 'facts',
      facts: [
        { label: 'Type', value: assessment.type ? humanize(assessment.type) : null },
        { label: 'Description', value: stated(assessment.description) },
        { label: 'Graded', value: assessment.graded ? 'Yes' : 'No (pass or fail)' },
        { label: 'Supervision', value: assessment.supervision ? humanize(assessment.supervision) : null },
        {
          label: 'Identity verification',
          value: assessment.identityVerification ? humanize(assessment.identityVerification) : null,
        },
      ],
    },
    {
      kind: 'table',
      table: {
        columns: [
          { title: 'Evidence', weight: 1.4 },
          { title: 'Requirement', weight: 4 },
          { title: 'Outcomes', weight: 1.2 },
        ],
        rows: module.evidenceRequirements.map((e) => ({
          cells: [
            humanize(e.kind),
            e.description.trim() || 'No description',
            e.outcomeIds.map((id) => labelOfOutcome.get(id) ?? id).join(', ') || 'None',
          ],
        })),
        emptyText: 'No evidence requirements are stated.',
      },
    },
    { kind: 'heading', text: 'Admission' },
    {
      kind: 'facts',
      facts: [
        { label: 'Entry requirements', value: stated(module.admission.requirements) },
        {
          label: 'Recognition of prior learning',
          value: stated(module.admission.recognitionOfPriorLearning),
        },
      ],
    },
    { kind: 'heading', text: 'Quality assurance and certification' },
    {
      kind: 'facts',
      facts: [
        { label: 'QA type', value: module.qaMechanism.type ? humanize(module.qaMechanism.type) : null },
        { label: 'QA mechanism', value: stated(module.qaMechanism.description) },
        { label: 'Certification', value: stated(module.certification.description) },
      ],
    },
    { kind: 'heading', text: 'Skills alignment' },
    {
      kind: 'table',
      table: {
        columns: [
          { title: 'Framework', weight: 1.2 },
          { title: 'Code', weight: 0.8 },
          { title: 'Skill', weight: 4 },
        ],
        rows: module.skills.map((s) => ({
          cells: [s.framework, s.code || '—', s.url ? `${s.name}\n${s.url}` : s.name],
        })),
        emptyText: 'No skills framework alignment is stated.',
      },
    },
  );
  return { id: `module-${module.id}`, title: `${module.code} ${module.title}`, blocks, subsections: [] };
}

function matrixSection(placements: Placement[]): SpecSection {
  const modules = placements.map((p) => p.module);
  const kinds = [...new Set(modules.flatMap((m) => m.evidenceRequirements.map((e) => e.kind)))];
  const rows: SpecRow[] = modules.flatMap((module) =>
    module.learningOutcomes.map((outcome, i) => {
      const evidence = module.evidenceRequirements.filter((e) => e.outcomeIds.includes(outcome.id));
      return {
        cells: [
          `${module.code} ${outcomeLabel(i)}`,
          outcome.statement,
          module.assessment.type ? humanize(module.assessment.type) : 'Not stated',
          ...kinds.map((kind) => (evidence.some((e) => e.kind === kind) ? '✓' : '')),
        ],
        ...(evidence.length === 0 ? { tone: 'attention' as const } : {}),
      };
    }),
  );
  const unassessed = rows.filter((r) => r.tone === 'attention').length;
  const table: SpecTable = {
    columns: [
      { title: 'Outcome', weight: 1.5 },
      { title: 'Statement', weight: Math.max(3, 6 - kinds.length * 0.4) },
      { title: 'Assessment', weight: 1.4 },
      ...kinds.map((kind) => ({ title: humanize(kind), weight: 1, align: 'center' as const })),
    ],
    rows,
    emptyText: 'The modules state no learning outcomes.',
  };
  return {
    id: 'outcomes-assessment',
    title: 'Outcomes and assessment',
    blocks: [
      {
        kind: 'paragraph',
        text:
          unassessed === 0
            ? 'Each learning outcome, the assessment of its module and the evidence that demonstrates it. Every outcome is covered by at least one evidence requirement.'
            : `Each learning outcome, the assessment of its module and the evidence that demonstrates it. ${plural(unassessed, 'outcome is', 'outcomes are')} not covered by any evidence requirement (highlighted).`,
      },
      { kind: 'table', table },
    ],
    subsections: [],
  };
}

/** One line a committee reads first: whether the design passed the QA checks. */
export function qaStatusLabel(qa: SpecQaInput | undefined): string {
  if (!qa) return 'Not checked: no QA results were supplied with this specification';
  const errors = qa.findings.filter((f) => f.severity === 'error').length;
  const warnings = qa.findings.filter((f) => f.severity === 'warning').length;
  const unmet = qa.conformance.filter((c) => c.passed < c.total).length;
  const unmetNote = unmet > 0 ? `; ${plural(unmet, 'characteristic')} not fully met` : '';
  if (errors > 0) {
    return `Does not conform: ${plural(errors, 'error')} and ${plural(warnings, 'warning')} open${unmetNote}`;
  }
  return warnings > 0
    ? `Conforms, with ${plural(warnings, 'warning')} open${unmetNote}`
    : `Conforms: no open findings${unmetNote}`;
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

function qaSection(
  review: Review | undefined,
  qa: SpecQaInput | undefined,
  workspace: Workspace,
): SpecSection {
  const moduleCode = (id: string | undefined) => workspace.modules.find((m) => m.id === id)?.code;
  const openComments = (review?.comments ?? []).filter((c) => !c.resolvedAt);
  const subsections: SpecSection[] = [
    {
      id: 'qa-profiles',
      title: 'Profiles and conformance',
      blocks: [
        {
          kind: 'table',
          table: {
            columns: [
              { title: 'QA profile', weight: 4 },
              { title: 'Version', weight: 1 },
            ],
            rows: (qa?.profiles ?? []).map((p) => ({ cells: [p.title, p.version] })),
            emptyText: 'No QA profile was applied.',
          },
        },
        {
          kind: 'table',
          table: {
            columns: [
              { title: 'Characteristic', weight: 4 },
              { title: 'Checks passed', weight: 1.2, align: 'center' },
              { title: 'Result', weight: 1.4 },
            ],
            rows: (qa?.conformance ?? []).map((c) => ({
              cells: [c.title, `${c.passed} of ${c.total}`, c.passed === c.total ? 'Met' : 'Not met'],
              ...(c.passed < c.total ? { tone: 'attention' as const } : {}),
            })),
            emptyText: 'No conformance results.',
          },
        },
      ],
      subsections: [],
    },
    {
      id: 'qa-findings',
      title: 'Open findings',
      blocks: [
        {
          kind: 'table',
          table: {
            columns: [
              { title: 'Severity', weight: 1 },
              { title: 'Concerns', weight: 2 },
              { title: 'Finding', weight: 5 },
            ],
            rows: [...(qa?.findings ?? [])]
              .sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity])
              .map((f) => ({
                cells: [humanize(f.severity), f.targetLabel, f.message],
                ...(f.severity === 'error' ? { tone: 'attention' as const } : {}),
              })),
            emptyText: qa ? 'No open findings.' : 'The QA checks were not run.',
          },
        },
        { kind: 'heading', text: 'Open review comments' },
        {
          kind: 'table',
          table: {
            columns: [
              { title: 'Date', weight: 1.2 },
              { title: 'Author', weight: 1.6 },
              { title: 'Concerns', weight: 1.6 },
              { title: 'Comment', weight: 5 },
            ],
            rows: openComments.map((c) => ({
              cells: [
                dateOf(c.createdAt),
                c.author,
                [moduleCode(c.moduleId), c.field].filter(Boolean).join(' · ') || 'The pathway',
                c.text,
              ],
            })),
            emptyText: 'No open review comments.',
          },
        },
      ],
      subsections: [],
    },
    {
      id: 'qa-decisions',
      title: 'Review decisions and approvals',
      blocks: [
        {
          kind: 'table',
          table: {
            columns: [
              { title: 'Date', weight: 1.2 },
              { title: 'Decision', weight: 1.6 },
              { title: 'Reviewer', weight: 2 },
              { title: 'Version', weight: 0.9 },
              { title: 'Content hash', weight: 3 },
            ],
            rows: [...(review?.decisions ?? [])]
              .sort((a, b) => a.date.localeCompare(b.date))
              .map((d) => ({
                cells: [
                  dateOf(d.date),
                  humanize(d.decision),
                  d.role ? `${d.reviewer}, ${d.role}` : d.reviewer,
                  d.designVersion,
                  d.contentHash || 'Not recorded',
                ],
              })),
            emptyText: 'No review decisions are recorded.',
          },
        },
      ],
      subsections: [],
    },
  ];
  return {
    id: 'qa',
    title: 'Appendix: quality assurance',
    blocks: [{ kind: 'facts', facts: [{ label: 'QA status', value: qaStatusLabel(qa) }] }],
    subsections,
  };
}

/** The programme specification of one pathway of a workspace. */
export function buildSpecification(
  workspace: Workspace,
  pathwayId: string,
  options: SpecificationOptions,
): SpecificationResult {
  const pathway = workspace.pathways.find((p) => p.id === pathwayId);
  if (!pathway) {
    const known = workspace.pathways.map((p) => `${p.id} (${p.title})`);
    return {
      ok: false,
      code: 'spec.pathway-not-found',
      message: `Pathway ${pathwayId} does not exist in workspace “${workspace.title}”. ${
        known.length > 0 ? `Its pathways: ${known.join(', ')}` : 'It has no pathways'
      }.`,
    };
  }
  const modulesById = new Map(workspace.modules.map((m) => [m.id, m]));
  const placements = placementsOf(pathway, modulesById);
  const review = workspace.reviews.find((r) => r.pathwayId === pathway.id);
  const approval = approvalStatus(pathway, review);
  const firstModuleIssuer = placements[0]?.module.issuerId;
  const issuer = workspace.issuers.find((i) => i.id === firstModuleIssuer) ?? workspace.issuers[0];
  const issuerName = issuer?.name ?? 'Issuer not stated';
  const totals = pathwayTotals(pathway, modulesById);
  const categories = [
    ...new Set(placements.flatMap((p) => (p.module.category ? [humanize(p.module.category)] : []))),
  ];
  return {
    ok: true,
    specification: {
      metadata: {
        title: `${pathway.award.title}: programme specification`,
        author: issuerName,
        subject: `Programme specification of the pathway “${pathway.title}”, version ${pathway.version}`,
        keywords: ['programme specification', 'micro-credentials', pathway.award.title, ...categories],
        createdAt: options.generatedAt,
        version: pathway.version,
      },
      cover: {
        kicker: 'Programme specification',
        awardTitle: pathway.award.title,
        pathwayTitle: pathway.title,
        issuer: issuerName,
        approval,
        facts: [
          { label: 'Awarding body', value: issuer ? (stated(issuer.awardingBody) ?? issuer.name) : null },
          { label: 'Award', value: humanize(pathway.award.type) },
          { label: 'Credits', value: creditRangeLabel(totals) || null },
          { label: 'Version', value: pathway.version },
          { label: 'QA status', value: qaStatusLabel(options.qa) },
          { label: 'Produced', value: dateOf(options.generatedAt) },
        ],
      },
      sections: [
        summarySection(pathway, placements, modulesById, issuer),
        structureSection(pathway, placements, modulesById),
        {
          id: 'modules',
          title: 'Modules',
          blocks: [
            {
              kind: 'paragraph',
              text: `The ${plural(placements.length, 'module')} of the pathway, in the order of its stages.`,
            },
          ],
          subsections: placements.map((p) => moduleSection(p, pathway, workspace)),
        },
        matrixSection(placements),
        qaSection(review, options.qa, workspace),
      ],
    },
  };
}
