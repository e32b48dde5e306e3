import { minimumText, moduleName, moduleTarget, textShortfall } from '../design';
import { moduleRule } from '../rule';
import { QAA_2022 } from '../sources';

export const admissionRequirements = moduleRule({
  id: 'admission.requirements',
  characteristic: 'admission',
  title: 'Admission and access requirements are stated',
  source: `${QAA_2022}, Admissions and access: clearly defined admission and access requirements`,
  defaultSeverity: 'error',
  params: minimumText,
  *check({ module, pathway }, { minCharacters }) {
    const shortfall = textShortfall('Admission requirements', module.admission.requirements, minCharacters);
    if (shortfall) {
      yield {
        target: moduleTarget(module, 'admission.requirements', pathway),
        message: `${moduleName(module)}: ${shortfall}. State who can enrol and what they need (prior qualifications, experience, access to a class) under Admission requirements.`,
      };
    }
  },
});

export const recognitionOfPriorLearning = moduleRule({
  id: 'admission.recognition-of-prior-learning',
  characteristic: 'admission',
  title: 'Recognition of prior learning is stated',
  source: `${QAA_2022}, Admissions and access: including recognition of prior learning`,
  defaultSeverity: 'error',
  params: minimumText,
  *check({ module, pathway }, { minCharacters }) {
    const shortfall = textShortfall(
      'Recognition of prior learning',
      module.admission.recognitionOfPriorLearning,
      minCharacters,
    );
    if (shortfall) {
      yield {
        target: moduleTarget(module, 'admission.recognitionOfPriorLearning', pathway),
        message: `${moduleName(module)}: ${shortfall}. Say how a learner can have prior learning recognised (what to submit, who decides) or that this module does not recognise it, under Recognition of prior learning.`,
      };
    }
  },
});

export const admissionRules = [admissionRequirements, recognitionOfPriorLearning];
