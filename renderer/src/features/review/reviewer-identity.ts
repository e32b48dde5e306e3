import { useState } from 'react';

export interface ReviewerIdentity {
  name: string;
  role: string;
}

const STORAGE_KEY = 'stackwise.reviewer';

function remembered(): ReviewerIdentity {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (stored && typeof stored === 'object') {
      const { name, role } = stored as Partial<ReviewerIdentity>;
      return { name: typeof name === 'string' ? name : '', role: typeof role === 'string' ? role : '' };
    }
  } catch {
    // Storage may be unavailable or hold something unreadable: start with empty fields rather than fail.
  }
  return { name: '', role: '' };
}

/**
 * The name and role a review step is recorded under. The last ones used are remembered on this machine,
 * so a QA officer reviewing several designs types them once.
 */
export function useReviewerIdentity(): {
  identity: ReviewerIdentity;
  setIdentity: (identity: ReviewerIdentity) => void;
  remember: () => void;
} {
  const [identity, setIdentity] = useState(remembered);
  const remember = () => {
    try {
      localStorage.setItem(
        STORAGE_KEY,
        JSON.stringify({ name: identity.name.trim(), role: identity.role.trim() }),
      );
    } catch {
      // Remembering is a convenience; the decision itself is already recorded in the workspace.
    }
  };
  return { identity, setIdentity, remember };
}
