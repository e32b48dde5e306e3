import type { MessageKey } from '@locales/messages';
import type { Translator } from '@locales/translate';
import { valueLabel } from '@locales/values';
import type { ReviewDecision } from '@shared/schemas/review';
import { FormattedMessage } from 'react-intl';
import { useT } from '../../app/i18n';

function who(tr: Translator, decision: ReviewDecision): string {
  return decision.role
    ? tr.t('review.history.who', { reviewer: decision.reviewer, role: decision.role })
    : decision.reviewer;
}

/** One line per decision, in the words a committee would read it (`review.history.<decision>`). */
function headline(tr: Translator, decision: ReviewDecision): string {
  const values = { version: decision.designVersion, who: who(tr, decision) };
  const key = `review.history.${decision.decision}`;
  return tr.has(key)
    ? tr.t(key, values)
    : tr.t('review.history.other', { ...values, decision: valueLabel(tr, 'decision', decision.decision) });
}

/** An approval names the hash of the version it froze: its first characters, the whole on hover. */
function ApprovedHeadline({ tr, decision }: { tr: Translator; decision: ReviewDecision }) {
  const id: MessageKey = 'review.history.approvedFrozen';
  return (
    <FormattedMessage
      id={id}
      values={{
        version: decision.designVersion,
        who: who(tr, decision),
        hash: (
          <code className="review-hash" title={decision.contentHash}>
            {decision.contentHash.slice(0, 8)}…
          </code>
        ),
      }}
    />
  );
}

/** When the decision was taken, and the QA profiles (at their versions) the design was checked against. */
function When({
  tr,
  decision,
  profileTitle,
}: {
  tr: Translator;
  decision: ReviewDecision;
  profileTitle: (id: string) => string;
}) {
  const time = (
    <time dateTime={decision.date}>
      {tr.date(decision.date, { dateStyle: 'medium', timeStyle: 'short' })}
    </time>
  );
  const checked = Object.entries(decision.profileVersions);
  if (checked.length === 0) return time;
  const id: MessageKey = 'review.history.checkedAgainst';
  const profiles = checked.map(([profile, version]) =>
    tr.t('review.history.profileVersion', { title: profileTitle(profile), version }),
  );
  return <FormattedMessage id={id} values={{ date: time, profiles: tr.list(profiles) }} />;
}

/** Every decision on the design, newest first; an approval shows the hash of the version it froze. */
export function ReviewHistory({
  decisions,
  profileTitle,
}: {
  decisions: readonly ReviewDecision[];
  profileTitle: (id: string) => string;
}) {
  const tr = useT();
  const newestFirst = [...decisions].reverse();
  return (
    <section className="review-section" aria-labelledby="review-history-title">
      <h3 id="review-history-title">{tr.t('review.history.title')}</h3>
      {newestFirst.length === 0 ? (
        <p className="field__hint">{tr.t('review.history.none')}</p>
      ) : (
        <ol className="plain-list review-history">
          {newestFirst.map((decision) => (
            <li key={decision.id} className={`review-event review-event--${decision.decision}`}>
              <p className="review-event__headline">
                {decision.decision === 'approved' && decision.contentHash !== '' ? (
                  <ApprovedHeadline tr={tr} decision={decision} />
                ) : (
                  headline(tr, decision)
                )}
              </p>
              <p className="review-event__meta">
                <When tr={tr} decision={decision} profileTitle={profileTitle} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
