import { minimumText, moduleParams, moduleTarget, textShortfall } from '../design';
import { moduleRule } from '../rule';

export const admissionRequirements = moduleRule({
  id: 'admission.requirements',
  characteristic: 'admission',
  source: [
    {
      document: 'qaa-2022',
      clause: 'Admissions and access: clearly defined admission and access requirements',
    },
  ],
  defaultSeverity: 'error',
  params: minimumText,
  codes: ['admission.requirements.empty', 'admission.requirements.too-short'],
  *check({ module, pathway }, { minCharacters }) {
    const shortfall = textShortfall(module.admission.requirements, minCharacters);
    if (shortfall) {
      yield {
        target: moduleTarget(module, 'admission.requirements', pathway),
        code: `admission.requirements.${shortfall.variant}`,
        params: { ...moduleParams(module), ...shortfall.params },
      };
    }
  },
});

export const recognitionOfPriorLearning = moduleRule({
  id: 'admission.recognition-of-prior-learning',
  characteristic: 'admission',
  source: [
    { document: 'qaa-2022', clause: 'Admissions and access: including recognition of prior learning' },
  ],
  defaultSeverity: 'error',
  params: minimumText,
  codes: [
    'admission.recognition-of-prior-learning.empty',
    'admission.recognition-of-prior-learning.too-short',
  ],
  *check({ module, pathway }, { minCharacters }) {
    const shortfall = textShortfall(module.admission.recognitionOfPriorLearning, minCharacters);
    if (shortfall) {
      yield {
        target: moduleTarget(module, 'admission.recognitionOfPriorLearning', pathway),
        code: `admission.recognition-of-prior-learning.${shortfall.variant}`,
        params: { ...moduleParams(module), ...shortfall.params },
      };
    }
  },
});

export const admissionRules = [admissionRequirements, recognitionOfPriorLearning];
