import type { Pathway } from '../schemas/pathway';
import type { Workspace } from '../schemas/workspace';
import { type Language, sourceLanguage } from './languages';

/**
 * The language a pathway's documents (its PDF specification, its package) are written in: the pathway's
 * own, else the workspace's, else English. It follows the programme, not the reader's screen.
 */
export function documentLanguage(
  workspace: Pick<Workspace, 'language'>,
  pathway: Pick<Pathway, 'language'> | undefined,
): Language {
  return pathway?.language ?? workspace.language ?? sourceLanguage;
}
