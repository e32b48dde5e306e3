import { useEffect, useState } from 'react';

/**
 * Focuses a field of the inspector by its schema path (`data-field`), once the inspector shows it: a
 * finding or a comment was clicked, and its module or pathway is rendered on the next frame.
 */
export function useFieldFocus(): (field: string | null) => void {
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (pending === null) return;
    const frame = requestAnimationFrame(() => {
      const target = document.querySelector<HTMLElement>(`.inspector [data-field="${CSS.escape(pending)}"]`);
      target?.scrollIntoView({ block: 'center' });
      target?.focus();
      setPending(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [pending]);
  return setPending;
}
