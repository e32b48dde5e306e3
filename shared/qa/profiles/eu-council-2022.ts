import type { QaProfile } from '../../schemas/review';
import {
  euAssessmentType,
  euFormOfParticipation,
  euIssuer,
  euIssuerCountry,
  euLearningOutcomes,
  euLevel,
  euNotionalWorkload,
  euQualityAssuranceType,
  euTitle,
} from '../rules/eu-mandatory-element';
import {
  euFurtherInformation,
  euGrade,
  euPrerequisites,
  euStackability,
  euSupervision,
} from '../rules/eu-optional-element';
import { learningPathways, transparentOutcomes, validAssessment } from '../rules/eu-principle';
import { citedAs } from '../sources';
import { use } from './entry';

/** Annex I's standard elements (mandatory: error; optional: info) and checks serving Annex II's principles. */
export const euCouncil2022: QaProfile = {
  id: 'eu-council-2022',
  title: 'EU Council Recommendation on micro-credentials (2022)',
  version: '2022.1',
  source: citedAs([{ document: 'eu-2022', clause: '16 June 2022, Annexes I and II' }]),
  rules: [
    use(euTitle),
    use(euIssuer),
    use(euIssuerCountry),
    use(euLearningOutcomes),
    use(euNotionalWorkload),
    use(euLevel),
    use(euAssessmentType),
    use(euFormOfParticipation),
    use(euQualityAssuranceType),
    use(euPrerequisites),
    use(euSupervision),
    use(euGrade),
    use(euStackability),
    use(euFurtherInformation),
    use(transparentOutcomes),
    use(validAssessment),
    use(learningPathways),
  ],
};
