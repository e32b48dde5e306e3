import type { FindingCounts } from './use-qa-report';

/** A small count of QA errors and warnings on a tile or stage; nothing when it is clean. */
export function QaBadge({ counts }: { counts: FindingCounts | undefined }) {
  if (!counts || (counts.error === 0 && counts.warning === 0)) return null;
  const parts = [
    counts.error > 0 ? `${counts.error} ${counts.error === 1 ? 'error' : 'errors'}` : '',
    counts.warning > 0 ? `${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}` : '',
  ].filter(Boolean);
  return (
    <span
      className="qa-badges"
      role="img"
      aria-label={`QA: ${parts.join(', ')}`}
      title={`QA: ${parts.join(', ')}`}
    >
      {counts.error > 0 && <span className="qa-count qa-count--error">{counts.error}</span>}
      {counts.warning > 0 && <span className="qa-count qa-count--warning">{counts.warning}</span>}
    </span>
  );
}
