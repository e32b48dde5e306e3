import { parseField } from '../domain/errors';
import { requiredText } from '../schemas/fields';
import type { Workspace } from '../schemas/workspace';

const WorkspaceTitle = requiredText('workspace.title', 200);

/** Renames the workspace; refuses an empty or too long title as `field.invalid` on `title`. */
export function renameWorkspace(workspace: Workspace, title: string): Workspace {
  const valid = parseField(WorkspaceTitle, title, { field: 'title', label: 'workspace.title' });
  return valid === workspace.title ? workspace : { ...workspace, title: valid };
}
