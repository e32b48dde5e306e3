import { characteristicTitle, findingText, profileTitle, severityTitle, targetText } from '@locales/findings';
import { countBySeverity } from '@shared/qa/engine';
import { ALWAYS_ON_PROFILE_ID } from '@shared/qa/profiles';
import type { Finding, Severity } from '@shared/qa/rule';
import type { QaProfile } from '@shared/schemas/review';
import type { Workspace } from '@shared/schemas/workspace';
import { useT } from '../../app/i18n';
import type { QaRun } from './use-qa-report';

interface QaPanelProps {
  workspace: Workspace;
  run: QaRun;
  profiles: readonly QaProfile[];
  activeIds: ReadonlySet<string>;
  onToggleProfile: (id: string) => void;
  onFocusFinding: (finding: Finding) => void;
  /** Opens the institutional profiles editor (the shell owns it, so a draft there can be gone back to). */
  onEditProfiles: () => void;
}

const severities: Severity[] = ['error', 'warning', 'info'];

/** Findings for the active profiles, grouped by severity and target; conformance per characteristic at a glance. */
export function QaPanel({
  workspace,
  run,
  profiles,
  activeIds,
  onToggleProfile,
  onFocusFinding,
  onEditProfiles,
}: QaPanelProps) {
  const tr = useT();
  return (
    <section className="qa-panel" aria-label={tr.t('qa.panel.label')}>
      <fieldset className="qa-profiles">
        <legend>{tr.t('qa.panel.check-against')}</legend>
        {profiles.map((profile) => {
          const alwaysOn = profile.id === ALWAYS_ON_PROFILE_ID;
          return (
            <label key={profile.id} className="check">
              <input
                type="checkbox"
                checked={alwaysOn || activeIds.has(profile.id)}
                disabled={alwaysOn}
                onChange={() => onToggleProfile(profile.id)}
              />
              {profileTitle(profile, tr)}
              {alwaysOn && <span className="field__hint"> {tr.t('qa.panel.always-on')}</span>}
            </label>
          );
        })}
        <button type="button" className="button button--quiet button--small" onClick={onEditProfiles}>
          {tr.t('qa.panel.edit-profiles')}
        </button>
      </fieldset>
      {!run.ok ? (
        <div className="callout callout--error" role="alert">
          <p>{run.message}</p>
        </div>
      ) : (
        <>
          <Summary findings={run.report.findings} />
          <section aria-label={tr.t('qa.panel.conformance-label')} className="conformance">
            <h3>{tr.t('qa.panel.conformance')}</h3>
            <ul className="plain-list">
              {run.report.conformance.map((c) => {
                const title = characteristicTitle(c.characteristic, tr);
                return (
                  <li key={c.characteristic} className="conformance__row">
                    <span className="conformance__title">{title}</span>
                    <meter
                      min={0}
                      max={c.total}
                      value={c.passed}
                      low={c.total * 0.6}
                      high={c.total * 0.99}
                      optimum={c.total}
                      aria-label={tr.t('qa.panel.conformance-meter', {
                        characteristic: title,
                        passed: c.passed,
                        total: c.total,
                      })}
                    />
                    <span className="conformance__score">
                      {tr.number(c.passed)}/{tr.number(c.total)}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
          {severities.map((severity) => (
            <FindingGroup
              key={severity}
              severity={severity}
              findings={run.report.findings.filter((f) => f.severity === severity)}
              workspace={workspace}
              onFocusFinding={onFocusFinding}
            />
          ))}
        </>
      )}
    </section>
  );
}

function Summary({ findings }: { findings: readonly Finding[] }) {
  const tr = useT();
  const counts = countBySeverity(findings);
  const values = { errorCount: counts.error, warningCount: counts.warning, noteCount: counts.info };
  return (
    <p
      className={`qa-summary${counts.error > 0 ? ' qa-summary--error' : ''}`}
      role="status"
      data-testid="qa-summary"
    >
      {counts.error === 0 && counts.warning === 0
        ? tr.t('qa.panel.summary-clean', values)
        : tr.t('qa.panel.summary', values)}
    </p>
  );
}

function FindingGroup({
  severity,
  findings,
  workspace,
  onFocusFinding,
}: {
  severity: Severity;
  findings: readonly Finding[];
  workspace: Workspace;
  onFocusFinding: (finding: Finding) => void;
}) {
  const tr = useT();
  if (findings.length === 0) return null;
  const byTarget = new Map<string, Finding[]>();
  for (const finding of findings) {
    const label = targetText(workspace, finding.target, tr);
    byTarget.set(label, [...(byTarget.get(label) ?? []), finding]);
  }
  const title = severityTitle(severity, tr);
  return (
    <section className={`finding-group finding-group--${severity}`} aria-label={title}>
      <h3>
        {title} <span className="chip">{tr.number(findings.length)}</span>
      </h3>
      {[...byTarget].map(([label, items]) => (
        <div key={label} className="finding-target">
          <h4>{label}</h4>
          <ul className="plain-list">
            {items.map((finding) => (
              <li key={`${finding.target.field ?? ''}:${finding.code}:${JSON.stringify(finding.params)}`}>
                <button type="button" className="finding" onClick={() => onFocusFinding(finding)}>
                  <span className={`severity-dot severity-dot--${severity}`} aria-hidden="true" />
                  <span>{findingText(finding, tr)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
