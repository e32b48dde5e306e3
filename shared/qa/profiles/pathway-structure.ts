import type { QaProfile } from '../../schemas/review';
import { creditHoursRatio, pathwayCreditTotal } from '../rules/credit-and-level';
import {
  choiceGroupSize,
  emptyStage,
  levelProgression,
  outcomesAssessed,
  prerequisiteCycle,
  prerequisiteOrder,
} from '../rules/pathway-structure';
import { use } from './entry';

/** Whether a pathway can be completed and adds up, whatever framework it answers to; always on. */
export const pathwayStructure: QaProfile = {
  id: 'pathway-structure',
  title: 'Pathway structure',
  version: '1.0',
  source: 'Stackwise: what any stackable pathway needs to be completable and to add up',
  rules: [
    use(prerequisiteCycle),
    use(prerequisiteOrder),
    use(choiceGroupSize),
    use(pathwayCreditTotal),
    use(levelProgression),
    use(emptyStage),
    use(outcomesAssessed),
    use(creditHoursRatio),
  ],
};
