import type { QaProfile } from '../../schemas/review';
import { creditHoursRatio, pathwayCreditTotal } from '../rules/credit-and-level';
import {
  choiceGroupSize,
  emptyStage,
  levelProgression,
  outcomesAssessed,
  prerequisiteCycle,
  prerequisiteOrder,
  structure,
} from '../rules/pathway-structure';
import { citedAs } from '../sources';
import { use } from './entry';

/** Whether a pathway can be completed and adds up, whatever framework it answers to; always on. */
export const pathwayStructure: QaProfile = {
  id: 'pathway-structure',
  title: 'Pathway structure',
  version: '1.0',
  source: citedAs(structure),
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
