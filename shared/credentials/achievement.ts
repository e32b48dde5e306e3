import { creditLabel, levelLabel } from '../domain/labels';
import type { Module } from '../schemas/module';
import type { Pathway } from '../schemas/pathway';
import { badgeSvg, svgDataUri } from './badge-image';
import { ACHIEVEMENT_CONTEXT } from './contexts';
import type { EuMicroCredentialTerms, ObAchievement, ObAlignment, ObProfile, ObRelated } from './types';

/** "lesson-plan" → "Lesson plan". */
export function humanize(value: string): string {
  const spaced = value.replace(/-/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
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
export function skillAlignments(module: Module, notes: string[]): ObAlignment[] {
  const alignments: ObAlignment[] = [];
  module.skills.forEach((skill, index) => {
    const targetUrl =
      skill.url ??
      (skill.framework === 'ESCO' && ESCO_SKILL_UUID.test(skill.code)
        ? `http://data.europa.eu/esco/skill/${skill.code}`
        : frameworkHome[skill.framework]);
    if (!targetUrl) {
      notes.push(
        `Module ${module.code}: skill "${skill.name}" (skills[${index}].url) has no web address, so it is not aligned in the badge`,
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

const supervisionWording: Record<NonNullable<Module['assessment']['supervision']>, string> = {
  none: 'unsupervised',
  'supervised-online': 'supervised online',
  'supervised-onsite': 'supervised on site',
};
const identityWording: Record<NonNullable<Module['assessment']['identityVerification']>, string> = {
  none: 'no identity check',
  online: 'identity checked online',
  onsite: 'identity checked on site',
};

/** The Markdown criteria: learning outcomes, assessment and the evidence to submit. */
export function moduleCriteria(module: Module): string {
  const sections: string[] = [];
  if (module.learningOutcomes.length > 0) {
    sections.push(
      [
        '## Learning outcomes',
        '',
        'The learner can:',
        '',
        ...module.learningOutcomes.map((o, i) => `${i + 1}. ${o.statement}`),
      ].join('\n'),
    );
  }
  const { assessment } = module;
  const conditions = [
    assessment.supervision ? supervisionWording[assessment.supervision] : '',
    assessment.identityVerification ? identityWording[assessment.identityVerification] : '',
  ].filter(Boolean);
  const assessmentLines = [
    assessment.type ? `Type: ${humanize(assessment.type)}.` : '',
    assessment.description,
    assessment.graded ? 'The assessment is graded.' : 'The assessment is pass or fail.',
    conditions.length > 0 ? `Conditions: ${conditions.join(', ')}.` : '',
  ].filter(Boolean);
  sections.push(['## Assessment', '', ...assessmentLines].join('\n'));
  if (module.evidenceRequirements.length > 0) {
    const outcomeNumber = new Map(module.learningOutcomes.map((o, i) => [o.id, i + 1]));
    sections.push(
      [
        '## Evidence',
        '',
        ...module.evidenceRequirements.map((e) => {
          const outcomes = e.outcomeIds.flatMap((id) => outcomeNumber.get(id) ?? []);
          const shows = outcomes.length > 0 ? ` (outcomes ${outcomes.join(', ')})` : '';
          return `- ${humanize(e.kind)}${e.description ? `: ${e.description}` : ''}${shows}`;
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
): ObAchievement {
  const alignment = skillAlignments(module, notes);
  return {
    '@context': ACHIEVEMENT_CONTEXT,
    id: input.id,
    type: ['Achievement'],
    achievementType: 'MicroCredential',
    name: module.title,
    description: module.summary || `The micro-credential ${module.title} (${module.code}).`,
    criteria: { narrative: moduleCriteria(module) },
    creator: input.creator,
    humanCode: module.code,
    inLanguage: module.language,
    version: module.version,
    image: {
      id: svgDataUri(
        badgeSvg({
          title: module.title,
          kind: 'Micro-credential',
          ...(module.category ? { category: module.category } : {}),
          ...(module.level ? { level: module.level } : {}),
          ...(module.credit ? { credit: module.credit } : {}),
        }),
      ),
      type: 'Image',
      caption: `Badge of ${module.title}`,
    },
    ...(module.credit ? { creditsAvailable: module.credit.value } : {}),
    ...(module.category ? { fieldOfStudy: humanize(module.category), tag: [humanize(module.category)] } : {}),
    ...(alignment.length > 0 ? { alignment } : {}),
    ...(module.assessment.graded
      ? {
          resultDescription: [
            {
              id: `${input.id}#grade`,
              type: ['ResultDescription'],
              name: module.assessment.type ? `Grade (${humanize(module.assessment.type)})` : 'Grade',
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
export function pathwayCriteria(pathway: Pathway, modules: ReadonlyMap<string, Module>): string {
  const name = (id: string) => {
    const m = modules.get(id);
    return m ? `${m.code} ${m.title} (${creditLabel(m.credit)})` : id;
  };
  const sections = [`Complete the stack of micro-credentials of the pathway ${pathway.title}:`];
  pathway.stages.forEach((stage, index) => {
    const lines = stage.items.map((item) =>
      item.kind === 'module'
        ? `- ${name(item.moduleId)}`
        : `- Any ${item.choose} of${item.title ? ` ${item.title}` : ''}: ${item.moduleIds.map(name).join('; ')}`,
    );
    sections.push([`## Stage ${index + 1}: ${stage.title}`, '', ...lines].join('\n'));
  });
  if (pathway.prerequisites.length > 0) {
    sections.push(
      [
        '## Order',
        '',
        ...pathway.prerequisites.map((p) => `- ${name(p.before)} before ${name(p.after)}`),
      ].join('\n'),
    );
  }
  if (pathway.award.credit) sections.push(`Total credit: ${creditLabel(pathway.award.credit)}.`);
  if (pathway.award.level) sections.push(`Level: ${levelLabel(pathway.award.level)}.`);
  return sections.join('\n\n');
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
  },
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
  const languages = new Set(stack.map((s) => s.inLanguage));
  const { award } = pathway;
  return {
    '@context': ACHIEVEMENT_CONTEXT,
    id: input.id,
    type: ['Achievement'],
    achievementType: awardAchievementType[award.type],
    name: award.title,
    description:
      pathway.description ||
      `${award.title}: awarded for the stack of ${stack.length} micro-credentials of the pathway ${pathway.title}.`,
    criteria: { narrative: pathwayCriteria(pathway, input.modules) },
    creator: input.creator,
    humanCode: pathway.id,
    inLanguage: languages.size === 1 ? ([...languages][0] ?? 'en') : 'en',
    version: pathway.version,
    image: {
      id: svgDataUri(
        badgeSvg({
          title: award.title,
          kind: humanize(award.type),
          category: 'award',
          ...(award.level ? { level: award.level } : {}),
          ...(award.credit ? { credit: award.credit } : {}),
        }),
      ),
      type: 'Image',
      caption: `Badge of ${award.title}`,
    },
    ...(award.credit ? { creditsAvailable: award.credit.value, creditSystem: award.credit.system } : {}),
    related: input.previousApproved ? [input.previousApproved, ...stack] : stack,
    ...levelTerms(award.level),
  };
}
