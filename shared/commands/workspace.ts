import { requiredText } from '../schemas/fields';
import type { Workspace } from '../schemas/workspace';

const WorkspaceTitle = requiredText('Workspace title', 200);

/** Renames the workspace; throws with the schema's message when the title is empty or too long. */
export function renameWorkspace(workspace: Workspace, title: string): Workspace {
  const parsed = WorkspaceTitle.safeParse(title);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'Workspace title is not valid');
  return parsed.data === workspace.title ? workspace : { ...workspace, title: parsed.data };
}
