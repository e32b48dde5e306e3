import { CURRENT_SCHEMA_VERSION, WORKSPACE_FORMAT, type Workspace } from '../schemas/workspace';

/** An empty workspace, ready to save. */
export function newWorkspace(init: { id: string; title: string; now: string }): Workspace {
  return {
    format: WORKSPACE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: init.id,
    title: init.title,
    revision: 0,
    createdAt: init.now,
    updatedAt: init.now,
    issuers: [],
    modules: [],
    pathways: [],
    qaProfiles: [],
    reviews: [],
  };
}
