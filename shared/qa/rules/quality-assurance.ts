import { minimumText, moduleName, moduleTarget, textShortfall } from '../design';
import { moduleRule } from '../rule';
import { QAA_2022 } from '../sources';

export const qualityMechanismDescribed = moduleRule({
  id: 'quality-assurance.mechanism',
  characteristic: 'quality-assurance',
  title: 'The quality-assurance mechanism is described',
  source: `${QAA_2022}, Quality management: subject to the provider's standard quality-assurance mechanisms`,
  defaultSeverity: 'error',
  params: minimumText,
  *check({ module, pathway }, { minCharacters }) {
    const shortfall = textShortfall(
      'Quality assurance mechanism',
      module.qaMechanism.description,
      minCharacters,
    );
    if (shortfall) {
      yield {
        target: moduleTarget(module, 'qaMechanism.description', pathway),
        message: `${moduleName(module)}: ${shortfall}. Say which of your standard processes approves and reviews it (committee, frequency, external examiner) under Quality assurance mechanism.`,
      };
    }
  },
});

export const qualityAssuranceRules = [qualityMechanismDescribed];
