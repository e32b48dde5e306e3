import { minimumText, moduleName, moduleTarget, textShortfall } from '../design';
import { moduleRule } from '../rule';
import { QAA_2022 } from '../sources';

export const certificationDescribed = moduleRule({
  id: 'certification.described',
  characteristic: 'certification',
  title: 'What the learner receives on completion is described',
  source: `${QAA_2022}, Certification`,
  defaultSeverity: 'error',
  params: minimumText,
  *check({ module, pathway }, { minCharacters }) {
    const shortfall = textShortfall('Certification', module.certification.description, minCharacters);
    if (shortfall) {
      yield {
        target: moduleTarget(module, 'certification.description', pathway),
        message: `${moduleName(module)}: ${shortfall}. Say what a learner receives on completion (e.g. a digital badge, a transcript with credit and level) under Certification.`,
      };
    }
  },
});

export const certificationRules = [certificationDescribed];
