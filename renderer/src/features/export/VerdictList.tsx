import type { FileVerdict } from '@shared/contract/commands';

/** One line per file: intact and signed by whom, or each check that failed. */
export function VerdictList({ verdicts }: { verdicts: readonly FileVerdict[] }) {
  const checked = verdicts.filter((v) => !v.skipped);
  const failed = checked.filter((v) => !v.ok).length;
  return (
    <section aria-label="Verification results" className="verdicts">
      <p
        role="status"
        className={failed === 0 ? 'status-line status-line--ok' : 'status-line status-line--error'}
      >
        {failed === 0
          ? `All ${checked.length} files verified.`
          : `${failed} of ${checked.length} files failed verification.`}
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
              <span className="field__hint">{verdict.summary}</span>
              {verdict.problems.length > 0 && (
                <ul className="problems">
                  {verdict.problems.map((p) => (
                    <li key={`${p.check}:${p.message}`}>
                      <strong>{p.check}</strong>: {p.message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
