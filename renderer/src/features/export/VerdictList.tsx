import type { MessageKey } from '@locales/messages';
import { checkName, verdictProblemText, verdictSummaryText } from '@locales/verify';
import type { FileVerdict } from '@shared/contract/commands';
import { FormattedMessage } from 'react-intl';
import { useT } from '../../app/i18n';

const problemLine: MessageKey = 'export.verdicts.problem';

/** One line per file: intact and signed by whom, or each check that failed. */
export function VerdictList({ verdicts }: { verdicts: readonly FileVerdict[] }) {
  const tr = useT();
  const checked = verdicts.filter((v) => !v.skipped);
  const failed = checked.filter((v) => !v.ok).length;
  return (
    <section aria-label={tr.t('export.verdicts.label')} className="verdicts">
      <p
        role="status"
        className={failed === 0 ? 'status-line status-line--ok' : 'status-line status-line--error'}
      >
        {failed === 0
          ? tr.t('export.verdicts.allVerified', { count: checked.length })
          : tr.t('export.verdicts.failed', { failed, count: checked.length })}
      </p>
      <ul className="plain-list">
        {verdicts.map((verdict) => (
          <li
            key={verdict.file}
            className={`verdict verdict--${verdict.skipped ? 'skipped' : verdict.ok ? 'ok' : 'failed'}`}
          >
            <span className="verdict__mark" aria-hidden="true">
              {verdict.skipped ? '–' : verdict.ok ? '✓' : '✗'}
            </span>
            <div>
              <code>{verdict.file.split(/[\\/]/).at(-1)}</code>{' '}
              <span className="field__hint">{verdictSummaryText(verdict.summary, tr)}</span>
              {verdict.problems.length > 0 && (
                <ul className="problems">
                  {verdict.problems.map((p) => {
                    const problem = verdictProblemText(p, tr);
                    return (
                      <li key={`${p.check}:${problem}`}>
                        <FormattedMessage
                          id={problemLine}
                          values={{
                            check: checkName(p.check, tr),
                            problem,
                            b: (chunks) => <strong>{chunks}</strong>,
                          }}
                        />
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
