import { useT } from '../../app/i18n';
import type { FindingCounts } from './use-qa-report';

/** A small count of QA errors and warnings on a tile or stage; nothing when it is clean. */
export function QaBadge({ counts }: { counts: FindingCounts | undefined }) {
  const tr = useT();
  if (!counts || (counts.error === 0 && counts.warning === 0)) return null;
  const label = tr.t('qa.badge', { errorCount: counts.error, warningCount: counts.warning });
  return (
    <span className="qa-badges" role="img" aria-label={label} title={label}>
      {counts.error > 0 && <span className="qa-count qa-count--error">{tr.number(counts.error)}</span>}
      {counts.warning > 0 && <span className="qa-count qa-count--warning">{tr.number(counts.warning)}</span>}
    </span>
  );
}
