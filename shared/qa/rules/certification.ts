import { minimumText, moduleParams, moduleTarget, textShortfall } from '../design';
import { moduleRule } from '../rule';

export const certificationDescribed = moduleRule({
  id: 'certification.described',
  characteristic: 'certification',
  source: [{ document: 'qaa-2022', clause: 'Certification' }],
  defaultSeverity: 'error',
  params: minimumText,
  codes: ['certification.described.empty', 'certification.described.too-short'],
  *check({ module, pathway }, { minCharacters }) {
    const shortfall = textShortfall(module.certification.description, minCharacters);
    if (shortfall) {
      yield {
        target: moduleTarget(module, 'certification.description', pathway),
        code: `certification.described.${shortfall.variant}`,
        params: { ...moduleParams(module), ...shortfall.params },
      };
    }
  },
});

export const certificationRules = [certificationDescribed];
