import { type PathwayCredits, pathwayCredits } from '../domain/credits';
import type { Issuer } from '../schemas/issuer';
import type { Level, Module } from '../schemas/module';
import type { Pathway } from '../schemas/pathway';
import { creditRange, creditTotalWords, hoursRange } from './credit-words';
import type { SpecFact, SpecSection, Words } from './model';
import { distinctStatements, type Placement } from './placements';
import { andList, coded, commaList, creditOf, say, stated } from './words';

/** "EQF 6", or the national framework's own name: "NQF Kazakhstan 6". */
export const levelWords = (level: Level): Words =>
  say('spec.level', {
    framework: level.framework === 'NQF' && level.scheme ? level.scheme : level.framework,
    value: level.value,
  });

function totalsFacts(
  totals: PathwayCredits,
  pathway: Pathway,
  modulesById: ReadonlyMap<string, Module>,
): SpecFact[] {
  const credits = creditTotalWords(totals);
  const { min, max } = totals.total;
  const facts: SpecFact[] = [
    { label: say('spec.summary.totalCredits'), value: credits },
    {
      label: say('spec.summary.creditRange'),
      value:
        credits &&
        (min === max
          ? say('spec.summary.creditRange.fixed', {
              credits: creditOf({ value: min, system: totals.system }),
            })
          : say('spec.summary.creditRange.varies', {
              min: creditOf({ value: min, system: totals.system }),
              max: creditOf({ value: max, system: totals.system }),
            })),
    },
  ];
  const withoutCredit = totals.missingCredit.map((id) => modulesById.get(id)?.code ?? id);
  if (withoutCredit.length > 0) {
    facts.push({
      label: say('spec.summary.withoutCredit'),
      value: say('spec.summary.withoutCredit.value', {
        count: withoutCredit.length,
        modules: andList(withoutCredit),
      }),
    });
  }
  if (pathway.award.credit) {
    const declared = creditOf(pathway.award.credit);
    facts.push({
      label: say('spec.summary.declaredCredit'),
      value:
        totals.verdict === 'meets'
          ? declared
          : credits
            ? say('spec.summary.declaredCredit.differs', {
                declared,
                total: creditRange(totals.total, totals.system),
              })
            : say('spec.summary.declaredCredit.noCredit', { declared }),
    });
  }
  return facts;
}

function levelOfPathway(pathway: Pathway, modules: Module[]): Words | null {
  if (pathway.award.level) return levelWords(pathway.award.level);
  const levels = [
    ...new Map(modules.flatMap((m) => (m.level ? [[JSON.stringify(m.level), m.level]] : []))).values(),
  ];
  return levels.length > 0
    ? say('spec.summary.level.modules', { levels: andList(levels.map(levelWords)) })
    : null;
}

function deliveryOfPathway(modules: Module[]): Words | null {
  const counts = new Map<string, number>();
  for (const m of modules)
    if (m.deliveryMode) counts.set(m.deliveryMode, (counts.get(m.deliveryMode) ?? 0) + 1);
  if (counts.size === 0) return null;
  if (counts.size === 1) return coded('deliveryMode', [...counts.keys()][0] ?? '');
  return commaList(
    [...counts].map(([mode, count]) =>
      say('spec.summary.delivery.mode', { mode: coded('deliveryMode', mode), count }),
    ),
  );
}

export function summarySection(
  pathway: Pathway,
  placements: Placement[],
  modulesById: ReadonlyMap<string, Module>,
  issuer: Issuer | undefined,
): SpecSection {
  const modules = placements.map((p) => p.module);
  const totals = pathwayCredits(pathway, modulesById);
  const hasPrerequisite = new Set(pathway.prerequisites.map((p) => p.after));
  const firstStage = pathway.stages[0]?.id;
  // Learners enter through the first stage's modules that need nothing else first.
  const entryModules = placements
    .filter((p) => p.stageId === firstStage && !hasPrerequisite.has(p.module.id))
    .map((p) => p.module);
  const entryRequirements = distinctStatements(entryModules, (m) => m.admission.requirements);
  const categories = [...new Set(modules.flatMap((m) => (m.category ? [m.category] : [])))];
  const facts: SpecFact[] = [
    {
      label: say('spec.fact.award'),
      value: say('spec.summary.award', {
        title: pathway.award.title,
        type: coded('awardType', pathway.award.type),
      }),
    },
    { label: say('spec.fact.pathway'), value: pathway.title },
    { label: say('spec.summary.purpose'), value: stated(pathway.description) },
    { label: say('spec.summary.audience'), value: entryRequirements && say('spec.summary.audience.value') },
    {
      label: say('spec.summary.subjectAreas'),
      value: categories.length > 0 ? commaList(categories.map((c) => coded('category', c))) : null,
    },
    {
      label: say('spec.fact.awardingBody'),
      value: issuer ? (stated(issuer.awardingBody) ?? issuer.name) : null,
    },
    { label: say('spec.summary.country'), value: issuer?.country ? { region: issuer.country } : null },
    ...totalsFacts(totals, pathway, modulesById),
    { label: say('spec.fact.level'), value: levelOfPathway(pathway, modules) },
    { label: say('spec.summary.duration'), value: totals.hours.max > 0 ? hoursRange(totals.hours) : null },
    { label: say('spec.fact.delivery'), value: deliveryOfPathway(modules) },
    {
      label: say('spec.summary.structure'),
      value: say('spec.summary.structure.value', {
        stages: pathway.stages.length,
        modules: modules.length,
        required: placements.filter((p) => p.required).length,
        groups: pathway.stages.flatMap((s) => s.items.filter((i) => i.kind === 'choice')).length,
      }),
    },
    { label: say('spec.fact.entryRequirements'), value: entryRequirements },
    {
      label: say('spec.fact.priorLearning'),
      value: distinctStatements(modules, (m) => m.admission.recognitionOfPriorLearning),
    },
    {
      label: say('spec.fact.version'),
      value: say('spec.versionWithStatus', {
        version: pathway.version,
        status: coded('designStatus', pathway.status),
      }),
    },
  ];
  return {
    id: 'summary',
    title: say('spec.section.summary'),
    blocks: [{ kind: 'facts', facts }],
    subsections: [],
  };
}
