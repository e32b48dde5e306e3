import type { Say } from '../i18n/say';
import type { Credit, Level, Module } from '../schemas/module';
import type { Pathway } from '../schemas/pathway';
import { badgeSvg, svgDataUri } from './badge-image';
import { ACHIEVEMENT_CONTEXT } from './contexts';
import type { EuMicroCredentialTerms, ObAchievement, ObAlignment, ObProfile, ObRelated } from './types';

/** "12 ECTS", "No credit": an amount of credit in the document's words. */
export function creditWords(credit: Credit | undefined, say: Say): string {
  return credit
    ? say(`values.creditAmount.${credit.system}`, { amount: credit.value })
    : say('credentials.credit.none');
}

/** "EQF 5", or the national framework's name and level. */
export function levelWords(level: Level | undefined, say: Say): string {
  if (!level) return say('credentials.level.none');
  const framework = level.framework === 'NQF' && level.scheme ? level.scheme : level.framework;
  return say('credentials.level', { framework, value: level.value });
}

/** Where a framework's items live when a skill has no web address of its own. */
const frameworkHome: Partial<Record<Module['skills'][number]['framework'], string>> = {
  DigCompEdu: 'https://joint-research-centre.ec.europa.eu/digcompedu_en',
  ESCO: 'https://esco.ec.europa.eu/en/classification/skill_main',
};
const alignmentTargetType: Record<Module['skills'][number]['framework'], string | undefined> = {
  DigCompEdu: 'ext:DigCompEduCompetence',
  ESCO: 'ext:ESCOSkill',
  CASE: 'CFItem',
  other: undefined,
};
const ESCO_SKILL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One alignment per skill; a skill without any resolvable address is reported in `notes` instead. */
export function skillAlignments(module: Module, notes: string[], say: Say): ObAlignment[] {
  const alignments: ObAlignment[] = [];
  module.skills.forEach((skill, index) => {
    const targetUrl =
      skill.url ??
      (skill.framework === 'ESCO' && ESCO_SKILL_UUID.test(skill.code)
        ? `http://data.europa.eu/esco/skill/${skill.code}`
        : frameworkHome[skill.framework]);
    if (!targetUrl) {
      notes.push(
        say('credentials.note.skillWithoutAddress', { module: module.code, skill: skill.name, index }),
      );
      return;
    }
    const targetType = alignmentTargetType[skill.framework];
    alignments.push({
      type: ['Alignment'],
      targetName: skill.name,
      targetUrl,
      ...(targetType ? { targetType } : {}),
      ...(skill.framework === 'other' ? {} : { targetFramework: skill.framework }),
      ...(skill.code ? { targetCode: skill.code } : {}),
    });
  });
  return alignments;
}

function levelTerms(level: Module['level']): EuMicroCredentialTerms {
  if (!level) return {};
  return {
    qualificationFramework: level.framework,
    ...(level.scheme ? { qualificationFrameworkName: level.scheme } : {}),
    qualificationLevel: level.value,
  };
}

/** The EU Annex I elements of a module that OB 3.0 has no property for (the Stackwise extension). */
export function euTerms(module: Module): EuMicroCredentialTerms {
  const { assessment, qaMechanism, admission } = module;
  return {
    ...(module.deliveryMode ? { formOfParticipation: module.deliveryMode } : {}),
    ...(assessment.type ? { assessmentType: assessment.type } : {}),
    ...(assessment.supervision ? { assessmentSupervision: assessment.supervision } : {}),
    ...(assessment.identityVerification ? { identityVerification: assessment.identityVerification } : {}),
    ...(qaMechanism.type ? { qualityAssuranceType: qaMechanism.type } : {}),
    ...(qaMechanism.description ? { qualityAssuranceDescription: qaMechanism.description } : {}),
    ...levelTerms(module.level),
    ...(module.credit ? { creditSystem: module.credit.system } : {}),
    ...(module.notionalHours !== undefined ? { notionalWorkloadHours: module.notionalHours } : {}),
    ...(admission.requirements ? { entryRequirements: admission.requirements } : {}),
    ...(admission.recognitionOfPriorLearning
      ? { recognitionOfPriorLearning: admission.recognitionOfPriorLearning }
      : {}),
  };
}

const heading = (text: string) => `## ${text}`;

/** The Markdown criteria: learning outcomes, assessment and the evidence to submit. */
export function moduleCriteria(module: Module, say: Say): string {
  const sections: string[] = [];
  if (module.learningOutcomes.length > 0) {
    sections.push(
      [
        heading(say('credentials.criteria.outcomes')),
        '',
        say('credentials.criteria.learnerCan'),
        '',
        ...module.learningOutcomes.map((o, i) => `${i + 1}. ${o.statement}`),
      ].join('\n'),
    );
  }
  const { assessment } = module;
  const conditions = [
    assessment.supervision ? say(`values.supervisionMode.${assessment.supervision}`) : '',
    assessment.identityVerification ? say(`values.identityCheck.${assessment.identityVerification}`) : '',
  ].filter(Boolean);
  const assessmentLines = [
    assessment.type
      ? say('credentials.criteria.assessmentType', { type: say(`values.assessmentType.${assessment.type}`) })
      : '',
    assessment.description,
    say(assessment.graded ? 'credentials.criteria.graded' : 'credentials.criteria.passFail'),
    conditions.length > 0
      ? say('credentials.criteria.conditions', { conditions: conditions.join('; ') })
      : '',
  ].filter(Boolean);
  sections.push([heading(say('credentials.criteria.assessment')), '', ...assessmentLines].join('\n'));
  if (module.evidenceRequirements.length > 0) {
    const outcomeNumber = new Map(module.learningOutcomes.map((o, i) => [o.id, i + 1]));
    sections.push(
      [
        heading(say('credentials.criteria.evidence')),
        '',
        ...module.evidenceRequirements.map((e) => {
          const outcomes = e.outcomeIds.flatMap((id) => outcomeNumber.get(id) ?? []);
          const kind = say(`values.evidenceKind.${e.kind}`);
          const line = e.description
            ? say('credentials.criteria.evidenceItem', { kind, description: e.description })
            : kind;
          return `- ${outcomes.length > 0 ? say('credentials.criteria.showsOutcomes', { evidence: line, outcomes: outcomes.join(', ') }) : line}`;
        }),
      ].join('\n'),
    );
  }
  return sections.join('\n\n');
}

/** A module's badge definition: an OB 3.0 Achievement of type MicroCredential. */
export function moduleAchievement(
  module: Module,
  input: { id: string; creator: ObProfile; stackableTowards?: string[]; previousApproved?: ObRelated },
  notes: string[],
  say: Say,
): ObAchievement {
  const alignment = skillAlignments(module, notes, say);
  const category = module.category ? say(`values.category.${module.category}`) : undefined;
  return {
    '@context': ACHIEVEMENT_CONTEXT,
    id: input.id,
    type: ['Achievement'],
    achievementType: 'MicroCredential',
    name: module.title,
    description:
      module.summary || say('credentials.module.description', { title: module.title, code: module.code }),
    criteria: { narrative: moduleCriteria(module, say) },
    creator: input.creator,
    humanCode: module.code,
    inLanguage: module.language,
    version: module.version,
    image: {
      id: svgDataUri(
        badgeSvg({
          title: module.title,
          kind: say('credentials.image.microCredential'),
          ...(module.category ? { category: module.category } : {}),
          footer: imageFooter(module.level, module.credit, say),
        }),
      ),
      type: 'Image',
      caption: say('credentials.image.caption', { title: module.title }),
    },
    ...(module.credit ? { creditsAvailable: module.credit.value } : {}),
    ...(category ? { fieldOfStudy: category, tag: [category] } : {}),
    ...(alignment.length > 0 ? { alignment } : {}),
    ...(module.assessment.graded
      ? {
          resultDescription: [
            {
              id: `${input.id}#grade`,
              type: ['ResultDescription'],
              name: module.assessment.type
                ? say('credentials.gradeOf', { type: say(`values.assessmentType.${module.assessment.type}`) })
                : say('credentials.grade'),
              resultType: 'Result',
            },
          ],
        }
      : {}),
    ...euTerms(module),
    ...(input.stackableTowards && input.stackableTowards.length > 0
      ? { stackableTowards: input.stackableTowards }
      : {}),
    ...(input.previousApproved ? { related: [input.previousApproved] } : {}),
  };
}

const awardAchievementType: Record<Pathway['award']['type'], string> = {
  certificate: 'Certificate',
  diploma: 'Diploma',
  badge: 'Badge',
  'stacked-award': 'ext:StackedAward',
};

/** The Markdown criteria of a pathway's award: every stage, what to complete in it, and the order. */
export function pathwayCriteria(pathway: Pathway, modules: ReadonlyMap<string, Module>, say: Say): string {
  const name = (id: string) => {
    const m = modules.get(id);
    return m
      ? say('credentials.criteria.module', {
          code: m.code,
          title: m.title,
          credit: creditWords(m.credit, say),
        })
      : id;
  };
  const sections = [say('credentials.criteria.stack', { title: pathway.title })];
  pathway.stages.forEach((stage, index) => {
    const lines = stage.items.map((item) =>
      item.kind === 'module'
        ? `- ${name(item.moduleId)}`
        : `- ${say(item.title ? 'credentials.criteria.chooseGroup' : 'credentials.criteria.choose', {
            count: item.choose,
            group: item.title,
            modules: item.moduleIds.map(name).join('; '),
          })}`,
    );
    sections.push(
      [
        heading(say('credentials.criteria.stage', { number: index + 1, title: stage.title })),
        '',
        ...lines,
      ].join('\n'),
    );
  });
  if (pathway.prerequisites.length > 0) {
    sections.push(
      [
        heading(say('credentials.criteria.order')),
        '',
        ...pathway.prerequisites.map(
          (p) => `- ${say('credentials.criteria.before', { before: name(p.before), after: name(p.after) })}`,
        ),
      ].join('\n'),
    );
  }
  if (pathway.award.credit)
    sections.push(
      say('credentials.criteria.totalCredit', { credit: creditWords(pathway.award.credit, say) }),
    );
  if (pathway.award.level)
    sections.push(say('credentials.criteria.level', { level: levelWords(pathway.award.level, say) }));
  return sections.join('\n\n');
}

/** "EQF 5 · 6 ECTS" under a badge's title; empty when the design states neither. */
function imageFooter(level: Level | undefined, credit: Credit | undefined, say: Say): string {
  return [level ? levelWords(level, say) : '', credit ? creditWords(credit, say) : '']
    .filter(Boolean)
    .join(' · ');
}

/** The award a pathway leads to, as an Achievement whose `related` list names its stack. */
export function pathwayAchievement(
  pathway: Pathway,
  input: {
    id: string;
    creator: ObProfile;
    modules: ReadonlyMap<string, Module>;
    moduleAchievementIds: ReadonlyMap<string, string>;
    previousApproved?: ObRelated;
    /** The language the award's words are in. */
    language: string;
  },
  say: Say,
): ObAchievement {
  const stack = [...input.moduleAchievementIds].flatMap(([moduleId, achievementId]) => {
    const module = input.modules.get(moduleId);
    return module
      ? [
          {
            id: achievementId,
            type: ['Related'] as ['Related'],
            version: module.version,
            inLanguage: module.language,
          },
        ]
      : [];
  });
  const { award } = pathway;
  return {
    '@context': ACHIEVEMENT_CONTEXT,
    id: input.id,
    type: ['Achievement'],
    achievementType: awardAchievementType[award.type],
    name: award.title,
    description:
      pathway.description ||
      say('credentials.award.description', {
        award: award.title,
        count: stack.length,
        pathway: pathway.title,
      }),
    criteria: { narrative: pathwayCriteria(pathway, input.modules, say) },
    creator: input.creator,
    humanCode: pathway.id,
    inLanguage: input.language,
    version: pathway.version,
    image: {
      id: svgDataUri(
        badgeSvg({
          title: award.title,
          kind: say(`values.awardType.${award.type}`),
          category: 'award',
          footer: imageFooter(award.level, award.credit, say),
        }),
      ),
      type: 'Image',
      caption: say('credentials.image.caption', { title: award.title }),
    },
    ...(award.credit ? { creditsAvailable: award.credit.value, creditSystem: award.credit.system } : {}),
    related: input.previousApproved ? [input.previousApproved, ...stack] : stack,
    ...levelTerms(award.level),
  };
}
