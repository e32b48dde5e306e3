import type { QaProfile } from '../../schemas/review';

/**
 * What a QA office writes without code: generic rules pointed at module fields. Plain data, as an
 * exported profile file holds it, so it doubles as the example to copy.
 */
export const institutionExample: QaProfile = {
  id: 'institution-example',
  title: 'Example institution: School of Education house rules',
  version: '1.0',
  source: 'School of Education micro-credential policy (example), sections 2–4',
  rules: [
    {
      ruleId: 'institution.field-required',
      severity: 'error',
      params: { field: 'category', reason: 'policy 2.1: every module is filed under a category' },
    },
    {
      ruleId: 'institution.text-length',
      severity: 'warning',
      params: { field: 'summary', min: 80, max: 600, reason: 'policy 2.3: the catalogue shows the summary' },
    },
    {
      ruleId: 'institution.number-range',
      severity: 'error',
      params: {
        field: 'credit.value',
        min: 1,
        max: 15,
        reason: 'policy 3.1: a micro-credential is 1–15 ECTS',
      },
    },
    {
      ruleId: 'institution.number-range',
      severity: 'warning',
      params: { field: 'learningOutcomes', min: 3, max: 8, reason: 'policy 3.2' },
    },
    {
      ruleId: 'institution.allowed-values',
      severity: 'error',
      params: {
        field: 'assessment.type',
        values: ['portfolio', 'observation', 'project', 'practical-task'],
        reason: 'policy 4.1: assessment is evidence-based',
      },
    },
    {
      ruleId: 'institution.pattern',
      severity: 'warning',
      params: {
        field: 'code',
        pattern: '^[A-Z]{2,6}-[A-Z]{2,6}-\\d{3}$',
        describe: 'the house style PROVIDER-AREA-NNN (e.g. RUTE-STEM-101)',
      },
    },
  ],
};
