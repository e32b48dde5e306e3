import { inSomePathway, isBlank, issuerOf, moduleParams, moduleTarget, noParams } from '../design';
import { moduleRule } from '../rule';
import type { Citation } from '../sources';

/** A clause of the EU Council Recommendation, as published. */
const eu = (clause: string): readonly Citation[] => [{ document: 'eu-2022', clause }];

export const euPrerequisites = moduleRule({
  id: 'eu.optional.prerequisites',
  characteristic: 'eu-optional-element',
  source: eu('Annex I, optional element: prerequisites needed to enrol in the learning activity'),
  defaultSeverity: 'info',
  params: noParams,
  codes: ['eu.optional.prerequisites.none'],
  *check({ module, pathway }) {
    if (isBlank(module.admission.requirements)) {
      yield {
        target: moduleTarget(module, 'admission.requirements', pathway),
        code: 'eu.optional.prerequisites.none',
        params: moduleParams(module),
      };
    }
  },
});

export const euSupervision = moduleRule({
  id: 'eu.optional.supervision',
  characteristic: 'eu-optional-element',
  source: eu('Annex I, optional element: supervision and identity verification during assessment'),
  defaultSeverity: 'info',
  params: noParams,
  codes: ['eu.optional.supervision.supervision-unstated', 'eu.optional.supervision.identity-unstated'],
  *check({ module, pathway }) {
    if (module.assessment.supervision === undefined) {
      yield {
        target: moduleTarget(module, 'assessment.supervision', pathway),
        code: 'eu.optional.supervision.supervision-unstated',
        params: moduleParams(module),
      };
    }
    if (module.assessment.identityVerification === undefined) {
      yield {
        target: moduleTarget(module, 'assessment.identityVerification', pathway),
        code: 'eu.optional.supervision.identity-unstated',
        params: moduleParams(module),
      };
    }
  },
});

export const euGrade = moduleRule({
  id: 'eu.optional.grade',
  characteristic: 'eu-optional-element',
  source: eu('Annex I, optional element: grade achieved'),
  defaultSeverity: 'info',
  params: noParams,
  codes: ['eu.optional.grade.undescribed'],
  *check({ module, pathway }) {
    if (module.assessment.graded && isBlank(module.assessment.description)) {
      yield {
        target: moduleTarget(module, 'assessment.description', pathway),
        code: 'eu.optional.grade.undescribed',
        params: moduleParams(module),
      };
    }
  },
});

export const euStackability = moduleRule({
  id: 'eu.optional.stackability',
  characteristic: 'eu-optional-element',
  source: eu('Annex I, optional element: integration/stackability options'),
  defaultSeverity: 'info',
  params: noParams,
  codes: ['eu.optional.stackability.no-pathway'],
  *check({ workspace, module, pathway }) {
    if (!inSomePathway(workspace, module)) {
      yield {
        target: moduleTarget(module, undefined, pathway),
        code: 'eu.optional.stackability.no-pathway',
        params: moduleParams(module),
      };
    }
  },
});

export const euFurtherInformation = moduleRule({
  id: 'eu.optional.further-information',
  characteristic: 'eu-optional-element',
  source: eu('Annex I, optional element: further information'),
  defaultSeverity: 'info',
  params: noParams,
  codes: ['eu.optional.further-information.no-web-address'],
  *check({ workspace, module, pathway }) {
    const issuer = issuerOf(workspace, module);
    if (issuer && issuer.url === undefined) {
      yield {
        target: moduleTarget(module, 'issuerId', pathway),
        code: 'eu.optional.further-information.no-web-address',
        params: { ...moduleParams(module), issuer: issuer.name },
      };
    }
  },
});

export const euOptionalElementRules = [
  euPrerequisites,
  euSupervision,
  euGrade,
  euStackability,
  euFurtherInformation,
];
