import type { QaProfile } from '../../schemas/review';
import { admissionRequirements, recognitionOfPriorLearning } from '../rules/admission';
import { certificationDescribed } from '../rules/certification';
import { assessmentDescribed, deliveryModeStated, summaryDescribesCourse } from '../rules/course-design';
import { creditStated, levelStated } from '../rules/credit-and-level';
import { outcomesStated, skillsAligned } from '../rules/learning-outcomes';
import { qualityMechanismDescribed } from '../rules/quality-assurance';
import { awardDeclaresCreditAndLevel } from '../rules/stackability';
import { citedAs } from '../sources';
import { use } from './entry';

/** The UK QAA characteristics of a micro-credential, one rule or more per characteristic. */
export const ukQaa2022: QaProfile = {
  id: 'uk-qaa-2022',
  title: 'UK QAA micro-credentials (2022)',
  version: '2022.1',
  source: citedAs([{ document: 'qaa-2022', clause: 'published 30 May 2022' }]),
  rules: [
    use(admissionRequirements),
    use(recognitionOfPriorLearning),
    use(summaryDescribesCourse),
    use(deliveryModeStated),
    use(assessmentDescribed),
    use(outcomesStated),
    use(skillsAligned),
    use(creditStated),
    use(levelStated),
    use(certificationDescribed),
    use(qualityMechanismDescribed),
    use(awardDeclaresCreditAndLevel),
  ],
};
