import { parseField } from '../domain/errors';
import { type QaProfile, QaProfile as QaProfileSchema } from '../schemas/review';
import type { Workspace } from '../schemas/workspace';

/** Adds a workspace QA profile, or replaces the one with the same id. */
export function saveQaProfile(workspace: Workspace, profile: QaProfile): Workspace {
  const valid = parseField(QaProfileSchema, profile);
  const exists = workspace.qaProfiles.some((p) => p.id === valid.id);
  return {
    ...workspace,
    qaProfiles: exists
      ? workspace.qaProfiles.map((p) => (p.id === valid.id ? valid : p))
      : [...workspace.qaProfiles, valid],
  };
}

/** Deletes a workspace QA profile; a profile the workspace does not hold (an unsaved draft) changes nothing. */
export function deleteQaProfile(workspace: Workspace, profileId: string): Workspace {
  if (!workspace.qaProfiles.some((p) => p.id === profileId)) return workspace;
  return { ...workspace, qaProfiles: workspace.qaProfiles.filter((p) => p.id !== profileId) };
}
