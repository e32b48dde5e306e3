import { minimumText, moduleParams, moduleTarget, textShortfall } from '../design';
import { moduleRule } from '../rule';

export const qualityMechanismDescribed = moduleRule({
  id: 'quality-assurance.mechanism',
  characteristic: 'quality-assurance',
  source: [
    {
      document: 'qaa-2022',
      clause: "Quality management: subject to the provider's standard quality-assurance mechanisms",
    },
  ],
  defaultSeverity: 'error',
  params: minimumText,
  codes: ['quality-assurance.mechanism.empty', 'quality-assurance.mechanism.too-short'],
  *check({ module, pathway }, { minCharacters }) {
    const shortfall = textShortfall(module.qaMechanism.description, minCharacters);
    if (shortfall) {
      yield {
        target: moduleTarget(module, 'qaMechanism.description', pathway),
        code: `quality-assurance.mechanism.${shortfall.variant}`,
        params: { ...moduleParams(module), ...shortfall.params },
      };
    }
  },
});

export const qualityAssuranceRules = [qualityMechanismDescribed];
