import { inSomePathway, isBlank, issuerOf, moduleName, moduleTarget, noParams } from '../design';
import { moduleRule } from '../rule';
import { EU_2022 } from '../sources';

const element = (name: string) => `${EU_2022}, Annex I, optional element: ${name}`;

export const euPrerequisites = moduleRule({
  id: 'eu.optional.prerequisites',
  characteristic: 'eu-optional-element',
  title: 'Prerequisites needed to enrol',
  source: element('prerequisites needed to enrol in the learning activity'),
  defaultSeverity: 'info',
  params: noParams,
  *check({ module, pathway }) {
    if (isBlank(module.admission.requirements)) {
      yield {
        target: moduleTarget(module, 'admission.requirements', pathway),
        message: `${moduleName(module)}: states no prerequisites to enrol. If there are any, state them under Admission requirements; if there are none, say so there.`,
      };
    }
  },
});

export const euSupervision = moduleRule({
  id: 'eu.optional.supervision',
  characteristic: 'eu-optional-element',
  title: 'Supervision and identity verification during assessment',
  source: element('supervision and identity verification during assessment'),
  defaultSeverity: 'info',
  params: noParams,
  *check({ module, pathway }) {
    if (module.assessment.supervision === undefined) {
      yield {
        target: moduleTarget(module, 'assessment.supervision', pathway),
        message: `${moduleName(module)}: does not say whether assessment is supervised. Choose none, supervised online or supervised onsite under Supervision during assessment.`,
      };
    }
    if (module.assessment.identityVerification === undefined) {
      yield {
        target: moduleTarget(module, 'assessment.identityVerification', pathway),
        message: `${moduleName(module)}: does not say how the learner's identity is verified during assessment. Choose none, online or onsite under Identity verification.`,
      };
    }
  },
});

export const euGrade = moduleRule({
  id: 'eu.optional.grade',
  characteristic: 'eu-optional-element',
  title: 'Grade achieved (how a graded module grades)',
  source: element('grade achieved'),
  defaultSeverity: 'info',
  params: noParams,
  *check({ module, pathway }) {
    if (module.assessment.graded && isBlank(module.assessment.description)) {
      yield {
        target: moduleTarget(module, 'assessment.description', pathway),
        message: `${moduleName(module)}: is graded, but nothing says how, so a grade on the credential would mean nothing. Describe the grading scale under Assessment description.`,
      };
    }
  },
});

export const euStackability = moduleRule({
  id: 'eu.optional.stackability',
  characteristic: 'eu-optional-element',
  title: 'Integration and stackability options',
  source: element('integration/stackability options'),
  defaultSeverity: 'info',
  params: noParams,
  *check({ workspace, module, pathway }) {
    if (!inSomePathway(workspace, module)) {
      yield {
        target: moduleTarget(module, undefined, pathway),
        message: `${moduleName(module)}: stacks into no pathway, so it can only be stated as stand-alone. Place it in a pathway if it counts towards a larger award.`,
      };
    }
  },
});

export const euFurtherInformation = moduleRule({
  id: 'eu.optional.further-information',
  characteristic: 'eu-optional-element',
  title: 'Further information (where learners can read more)',
  source: element('further information'),
  defaultSeverity: 'info',
  params: noParams,
  *check({ workspace, module, pathway }) {
    const issuer = issuerOf(workspace, module);
    if (issuer && issuer.url === undefined) {
      yield {
        target: moduleTarget(module, 'issuerId', pathway),
        message: `${moduleName(module)}: its issuer “${issuer.name}” gives no web address where learners find further information. Add one in the issuer profile.`,
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
