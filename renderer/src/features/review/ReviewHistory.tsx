import type { ReviewDecision } from '@shared/schemas/review';

const formatDate = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function who(decision: ReviewDecision): string {
  return decision.role ? `${decision.reviewer} (${decision.role})` : decision.reviewer;
}

/** One line per decision, in the words a committee would read it. */
function headline(decision: ReviewDecision): string {
  switch (decision.decision) {
    case 'submitted':
      return `Version ${decision.designVersion} submitted for review by ${who(decision)}`;
    case 'changes-requested':
      return `Changes requested on version ${decision.designVersion} by ${who(decision)}`;
    case 'approved':
      return `Version ${decision.designVersion} approved by ${who(decision)}`;
  }
}

/** Every decision on the design, newest first; an approval shows the hash of the version it froze. */
export function ReviewHistory({
  decisions,
  profileTitle,
}: {
  decisions: readonly ReviewDecision[];
  profileTitle: (id: string) => string;
}) {
  const newestFirst = [...decisions].reverse();
  return (
    <section className="review-section" aria-labelledby="review-history-title">
      <h3 id="review-history-title">History</h3>
      {newestFirst.length === 0 ? (
        <p className="field__hint">No decisions yet. Submitting the design for review starts its history.</p>
      ) : (
        <ol className="plain-list review-history">
          {newestFirst.map((decision) => (
            <li key={decision.id} className={`review-event review-event--${decision.decision}`}>
              <p className="review-event__headline">
                {headline(decision)}
                {decision.decision === 'approved' && decision.contentHash !== '' && (
                  <>
                    {' — frozen (hash '}
                    <code className="review-hash" title={decision.contentHash}>
                      {decision.contentHash.slice(0, 8)}…
                    </code>
                    )
                  </>
                )}
              </p>
              <p className="review-event__meta">
                <time dateTime={decision.date}>{formatDate(decision.date)}</time>
                {Object.keys(decision.profileVersions).length > 0 && (
                  <>
                    {' · checked against '}
                    {Object.entries(decision.profileVersions)
                      .map(([id, version]) => `${profileTitle(id)} ${version}`)
                      .join(', ')}
                  </>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
