import { z } from 'zod';
import { isBlank, issuerOf, moduleParams, moduleTarget, noParams } from '../design';
import { moduleRule } from '../rule';
import type { Citation } from '../sources';

/** A clause of the EU Council Recommendation, as published. */
const eu = (clause: string): readonly Citation[] => [{ document: 'eu-2022', clause }];

export const euTitle = moduleRule({
  id: 'eu.title',
  characteristic: 'eu-mandatory-element',
  source: eu('Annex I, mandatory element (b) title of the micro-credential'),
  defaultSeverity: 'error',
  params: noParams,
  codes: ['eu.title.empty'],
  *check({ module, pathway }) {
    if (isBlank(module.title)) {
      yield {
        target: moduleTarget(module, 'title', pathway),
        code: 'eu.title.empty',
        params: { moduleCode: module.code },
      };
    }
  },
});

export const euIssuer = moduleRule({
  id: 'eu.issuer',
  characteristic: 'eu-mandatory-element',
  source: eu(
    'Annex I, mandatory elements (a) identification of the learner, (d) awarding body, (e) date of issuing',
  ),
  defaultSeverity: 'error',
  params: noParams,
  codes: ['eu.issuer.no-issuers', 'eu.issuer.unknown'],
  *check({ workspace, module, pathway }) {
    if (issuerOf(workspace, module)) return;
    const target = moduleTarget(module, 'issuerId', pathway);
    if (module.issuerId === undefined) {
      yield { target, code: 'eu.issuer.no-issuers', params: moduleParams(module) };
    } else {
      yield {
        target,
        code: 'eu.issuer.unknown',
        params: { ...moduleParams(module), issuerId: module.issuerId },
      };
    }
  },
});

export const euIssuerCountry = moduleRule({
  id: 'eu.issuer-country',
  characteristic: 'eu-mandatory-element',
  source: eu('Annex I, mandatory element (c) country(ies)/region(s) of the issuer'),
  defaultSeverity: 'error',
  params: noParams,
  codes: ['eu.issuer-country.none'],
  *check({ workspace, module, pathway }) {
    const issuer = issuerOf(workspace, module);
    // A module without an issuer is eu.issuer's finding; one message per gap.
    if (!issuer || issuer.country !== undefined) return;
    yield {
      target: moduleTarget(module, 'issuerId', pathway),
      code: 'eu.issuer-country.none',
      params: { ...moduleParams(module), issuer: issuer.name },
    };
  },
});

export const euLearningOutcomes = moduleRule({
  id: 'eu.learning-outcomes',
  characteristic: 'eu-mandatory-element',
  source: eu('Annex I, mandatory element (f) learning outcomes'),
  defaultSeverity: 'error',
  params: noParams,
  codes: ['eu.learning-outcomes.none'],
  *check({ module, pathway }) {
    if (module.learningOutcomes.length === 0) {
      yield {
        target: moduleTarget(module, 'learningOutcomes', pathway),
        code: 'eu.learning-outcomes.none',
        params: moduleParams(module),
      };
    }
  },
});

export const euNotionalWorkload = moduleRule({
  id: 'eu.notional-workload',
  characteristic: 'eu-mandatory-element',
  source: eu(
    'Annex I, mandatory element (g) notional workload needed to achieve the learning outcomes (in ECTS, wherever possible)',
  ),
  defaultSeverity: 'error',
  params: z.strictObject({
    /** Institutions in the EHEA can insist on ECTS; elsewhere "wherever possible" leaves room. */
    requireEcts: z.boolean().default(false),
  }),
  codes: ['eu.notional-workload.none', 'eu.notional-workload.not-ects', 'eu.notional-workload.hours-only'],
  *check({ module, pathway }, { requireEcts }) {
    if (module.credit === undefined && module.notionalHours === undefined) {
      yield {
        target: moduleTarget(module, 'notionalHours', pathway),
        code: 'eu.notional-workload.none',
        params: moduleParams(module),
      };
    } else if (requireEcts && module.credit === undefined) {
      yield {
        target: moduleTarget(module, 'credit.value', pathway),
        code: 'eu.notional-workload.hours-only',
        params: moduleParams(module),
      };
    } else if (requireEcts && module.credit !== undefined && module.credit.system !== 'ECTS') {
      yield {
        target: moduleTarget(module, 'credit.system', pathway),
        code: 'eu.notional-workload.not-ects',
        params: { ...moduleParams(module), system: module.credit.system },
      };
    }
  },
});

export const euLevel = moduleRule({
  id: 'eu.level',
  characteristic: 'eu-mandatory-element',
  source: eu(
    'Annex I, mandatory element (h) level (and cycle, if applicable) of the learning experience (EQF, QF-EHEA), if applicable',
  ),
  defaultSeverity: 'error',
  params: noParams,
  codes: ['eu.level.none'],
  *check({ module, pathway }) {
    if (module.level === undefined) {
      yield {
        target: moduleTarget(module, 'level.value', pathway),
        code: 'eu.level.none',
        params: moduleParams(module),
      };
    }
  },
});

export const euAssessmentType = moduleRule({
  id: 'eu.assessment-type',
  characteristic: 'eu-mandatory-element',
  source: eu('Annex I, mandatory element (i) type of assessment'),
  defaultSeverity: 'error',
  params: noParams,
  codes: ['eu.assessment-type.none'],
  *check({ module, pathway }) {
    if (module.assessment.type === undefined) {
      yield {
        target: moduleTarget(module, 'assessment.type', pathway),
        code: 'eu.assessment-type.none',
        params: moduleParams(module),
      };
    }
  },
});

export const euFormOfParticipation = moduleRule({
  id: 'eu.form-of-participation',
  characteristic: 'eu-mandatory-element',
  source: eu('Annex I, mandatory element (j) form of participation in the learning activity'),
  defaultSeverity: 'error',
  params: noParams,
  codes: ['eu.form-of-participation.none'],
  *check({ module, pathway }) {
    if (module.deliveryMode === undefined) {
      yield {
        target: moduleTarget(module, 'deliveryMode', pathway),
        code: 'eu.form-of-participation.none',
        params: moduleParams(module),
      };
    }
  },
});

export const euQualityAssuranceType = moduleRule({
  id: 'eu.quality-assurance-type',
  characteristic: 'eu-mandatory-element',
  source: eu(
    'Annex I, mandatory element (k) type of quality assurance used to underpin the micro-credential',
  ),
  defaultSeverity: 'error',
  params: noParams,
  codes: ['eu.quality-assurance-type.none'],
  *check({ module, pathway }) {
    if (module.qaMechanism.type === undefined) {
      yield {
        target: moduleTarget(module, 'qaMechanism.type', pathway),
        code: 'eu.quality-assurance-type.none',
        params: moduleParams(module),
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
