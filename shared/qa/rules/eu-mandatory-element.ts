import { z } from 'zod';
import { isBlank, issuerOf, moduleName, moduleTarget, noParams } from '../design';
import { moduleRule } from '../rule';
import { EU_2022 } from '../sources';

const element = (letter: string, name: string) =>
  `${EU_2022}, Annex I, mandatory element (${letter}) ${name}`;

export const euTitle = moduleRule({
  id: 'eu.title',
  characteristic: 'eu-mandatory-element',
  title: 'Title of the micro-credential',
  source: element('b', 'title of the micro-credential'),
  defaultSeverity: 'error',
  params: noParams,
  *check({ module, pathway }) {
    if (isBlank(module.title)) {
      yield {
        target: moduleTarget(module, 'title', pathway),
        message: `Module ${module.code}: Title is empty. Give the micro-credential the title learners will see on it under Title.`,
      };
    }
  },
});

export const euIssuer = moduleRule({
  id: 'eu.issuer',
  characteristic: 'eu-mandatory-element',
  title: 'Awarding body (learner identification and date of issue are added by it at issuance)',
  source: `${EU_2022}, Annex I, mandatory elements (a) identification of the learner, (d) awarding body, (e) date of issuing`,
  defaultSeverity: 'error',
  params: noParams,
  *check({ workspace, module, pathway }) {
    if (issuerOf(workspace, module)) return;
    const why =
      module.issuerId === undefined
        ? 'the workspace has no issuer profile'
        : `its issuer ${module.issuerId} is not in the workspace`;
    yield {
      target: moduleTarget(module, 'issuerId', pathway),
      message: `${moduleName(module)}: has no awarding body, because ${why}. Add an issuer profile and choose it as the module's issuer; the learner's identification and the date of issue are properties of each issued credential, which the issuer adds when it awards one.`,
    };
  },
});

export const euIssuerCountry = moduleRule({
  id: 'eu.issuer-country',
  characteristic: 'eu-mandatory-element',
  title: 'Country or region of the issuer',
  source: element('c', 'country(ies)/region(s) of the issuer'),
  defaultSeverity: 'error',
  params: noParams,
  *check({ workspace, module, pathway }) {
    const issuer = issuerOf(workspace, module);
    // A module without an issuer is eu.issuer's finding; one message per gap.
    if (!issuer || issuer.country !== undefined) return;
    yield {
      target: moduleTarget(module, 'issuerId', pathway),
      message: `${moduleName(module)}: its issuer “${issuer.name}” states no country. Set the issuer's country (an ISO 3166 code such as IE or GB-SCT) in the issuer profile.`,
    };
  },
});

export const euLearningOutcomes = moduleRule({
  id: 'eu.learning-outcomes',
  characteristic: 'eu-mandatory-element',
  title: 'Learning outcomes',
  source: element('f', 'learning outcomes'),
  defaultSeverity: 'error',
  params: noParams,
  *check({ module, pathway }) {
    if (module.learningOutcomes.length === 0) {
      yield {
        target: moduleTarget(module, 'learningOutcomes', pathway),
        message: `${moduleName(module)}: states no learning outcomes. Add what a learner can do on completion under Learning outcomes.`,
      };
    }
  },
});

export const euNotionalWorkload = moduleRule({
  id: 'eu.notional-workload',
  characteristic: 'eu-mandatory-element',
  title: 'Notional workload (in ECTS wherever possible)',
  source: element(
    'g',
    'notional workload needed to achieve the learning outcomes (in ECTS, wherever possible)',
  ),
  defaultSeverity: 'error',
  params: z.strictObject({
    /** Institutions in the EHEA can insist on ECTS; elsewhere "wherever possible" leaves room. */
    requireEcts: z.boolean().default(false),
  }),
  *check({ module, pathway }, { requireEcts }) {
    if (module.credit === undefined && module.notionalHours === undefined) {
      yield {
        target: moduleTarget(module, 'notionalHours', pathway),
        message: `${moduleName(module)}: states no notional workload. Enter its Notional hours and its credit (in ECTS wherever possible).`,
      };
    } else if (requireEcts && module.credit?.system !== 'ECTS') {
      yield {
        target: moduleTarget(module, module.credit ? 'credit.system' : 'credit.value', pathway),
        message: `${moduleName(module)}: states its workload ${module.credit ? `in ${module.credit.system} credit` : 'in hours only'}, and this profile asks for ECTS. Enter its credit in ECTS under Credit.`,
      };
    }
  },
});

export const euLevel = moduleRule({
  id: 'eu.level',
  characteristic: 'eu-mandatory-element',
  title: 'Level (EQF or national framework), where applicable',
  source: element(
    'h',
    'level (and cycle, if applicable) of the learning experience (EQF, QF-EHEA), if applicable',
  ),
  defaultSeverity: 'error',
  params: noParams,
  *check({ module, pathway }) {
    if (module.level === undefined) {
      yield {
        target: moduleTarget(module, 'level.value', pathway),
        message: `${moduleName(module)}: states no level. Set its EQF level (or its level in a national framework) under Level.`,
      };
    }
  },
});

export const euAssessmentType = moduleRule({
  id: 'eu.assessment-type',
  characteristic: 'eu-mandatory-element',
  title: 'Type of assessment',
  source: element('i', 'type of assessment'),
  defaultSeverity: 'error',
  params: noParams,
  *check({ module, pathway }) {
    if (module.assessment.type === undefined) {
      yield {
        target: moduleTarget(module, 'assessment.type', pathway),
        message: `${moduleName(module)}: states no type of assessment. Choose one under Assessment type.`,
      };
    }
  },
});

export const euFormOfParticipation = moduleRule({
  id: 'eu.form-of-participation',
  characteristic: 'eu-mandatory-element',
  title: 'Form of participation (online, onsite or blended)',
  source: element('j', 'form of participation in the learning activity'),
  defaultSeverity: 'error',
  params: noParams,
  *check({ module, pathway }) {
    if (module.deliveryMode === undefined) {
      yield {
        target: moduleTarget(module, 'deliveryMode', pathway),
        message: `${moduleName(module)}: states no form of participation. Choose online, onsite or blended under Delivery mode.`,
      };
    }
  },
});

export const euQualityAssuranceType = moduleRule({
  id: 'eu.quality-assurance-type',
  characteristic: 'eu-mandatory-element',
  title: 'Type of quality assurance',
  source: element('k', 'type of quality assurance used to underpin the micro-credential'),
  defaultSeverity: 'error',
  params: noParams,
  *check({ module, pathway }) {
    if (module.qaMechanism.type === undefined) {
      yield {
        target: moduleTarget(module, 'qaMechanism.type', pathway),
        message: `${moduleName(module)}: states no type of quality assurance. Choose internal, external or accreditation under Quality assurance type.`,
      };
    }
  },
});

export const euMandatoryElementRules = [
  euTitle,
  euIssuer,
  euIssuerCountry,
  euLearningOutcomes,
  euNotionalWorkload,
  euLevel,
  euAssessmentType,
  euFormOfParticipation,
  euQualityAssuranceType,
];
