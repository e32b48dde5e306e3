import type { QaProfile } from '../../schemas/review';
import { euCouncil2022 } from './eu-council-2022';
import { institutionExample } from './institution-example';
import { pathwayStructure } from './pathway-structure';
import { ukQaa2022 } from './uk-qaa-2022';

/** The profiles Stackwise ships and runs by default, in the order reports list them. */
export const builtInProfiles: readonly QaProfile[] = [pathwayStructure, ukQaa2022, euCouncil2022];

/** Profiles to copy from, selectable by id but never run unasked. */
export const exampleProfiles: readonly QaProfile[] = [institutionExample];

/** Runs whatever else is chosen: a pathway that cannot be completed fails under every framework. */
export const ALWAYS_ON_PROFILE_ID = pathwayStructure.id;

/** The chosen profiles with the always-on pathway-structure profile first, unless already chosen. */
export function withAlwaysOn(chosen: readonly QaProfile[]): QaProfile[] {
  return chosen.some((p) => p.id === ALWAYS_ON_PROFILE_ID) ? [...chosen] : [pathwayStructure, ...chosen];
}
