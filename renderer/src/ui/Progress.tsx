import type { ReactNode } from 'react';

/** Long work under way: a spinner and what is happening, announced politely. */
export function Progress({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="progress">
      <span className="spinner" aria-hidden="true" /> {children}
    </p>
  );
}
