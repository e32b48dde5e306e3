import type { QaProfile } from '../schemas/review';
import type { Workspace } from '../schemas/workspace';

/** Adds a workspace QA profile, or replaces the one with the same id. */
export function saveQaProfile(workspace: Workspace, profile: QaProfile): Workspace {
  const exists = workspace.qaProfiles.some((p) => p.id === profile.id);
  return {
    ...workspace,
    qaProfiles: exists
      ? workspace.qaProfiles.map((p) => (p.id === profile.id ? profile : p))
      : [...workspace.qaProfiles, profile],
  };
}

export function deleteQaProfile(workspace: Workspace, profileId: string): Workspace {
  return { ...workspace, qaProfiles: workspace.qaProfiles.filter((p) => p.id !== profileId) };
}
