import { countBySeverity } from '@shared/qa/engine';
import { ALWAYS_ON_PROFILE_ID } from '@shared/qa/profiles';
import { describeTarget } from '@shared/qa/report';
import type { Finding, Severity } from '@shared/qa/rule';
import type { QaProfile } from '@shared/schemas/review';
import type { Workspace } from '@shared/schemas/workspace';
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

const severityTitles: Record<Severity, string> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Information',
};
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
  return (
    <section className="qa-panel" aria-label="Quality assurance">
      <fieldset className="qa-profiles">
        <legend>Check against</legend>
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
              {profile.title}
              {alwaysOn && <span className="field__hint"> (always on)</span>}
            </label>
          );
        })}
        <button type="button" className="button button--quiet button--small" onClick={onEditProfiles}>
          Institutional profiles…
        </button>
      </fieldset>
      {!run.ok ? (
        <div className="callout callout--error" role="alert">
          <p>{run.message}</p>
        </div>
      ) : (
        <>
          <Summary findings={run.report.findings} />
          <section aria-label="Conformance by characteristic" className="conformance">
            <h3>Conformance</h3>
            <ul className="plain-list">
              {run.report.conformance.map((c) => (
                <li key={c.characteristic} className="conformance__row">
                  <span className="conformance__title">{c.title}</span>
                  <meter
                    min={0}
                    max={c.total}
                    value={c.passed}
                    low={c.total * 0.6}
                    high={c.total * 0.99}
                    optimum={c.total}
                    aria-label={`${c.title}: ${c.passed} of ${c.total} rules pass`}
                  />
                  <span className="conformance__score">
                    {c.passed}/{c.total}
                  </span>
                </li>
              ))}
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
  const counts = countBySeverity(findings);
  return (
    <p
      className={`qa-summary${counts.error > 0 ? ' qa-summary--error' : ''}`}
      role="status"
      data-testid="qa-summary"
    >
      {counts.error === 0 && counts.warning === 0
        ? `No errors or warnings${counts.info > 0 ? ` · ${counts.info} notes` : ''}`
        : `${counts.error} ${counts.error === 1 ? 'error' : 'errors'} · ${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'} · ${counts.info} notes`}
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
  if (findings.length === 0) return null;
  const byTarget = new Map<string, Finding[]>();
  for (const finding of findings) {
    const label = describeTarget(workspace, finding.target);
    byTarget.set(label, [...(byTarget.get(label) ?? []), finding]);
  }
  return (
    <section className={`finding-group finding-group--${severity}`} aria-label={severityTitles[severity]}>
      <h3>
        {severityTitles[severity]} <span className="chip">{findings.length}</span>
      </h3>
      {[...byTarget].map(([label, items]) => (
        <div key={label} className="finding-target">
          <h4>{label}</h4>
          <ul className="plain-list">
            {items.map((finding) => (
              <li key={`${finding.ruleId}:${finding.target.field ?? ''}:${finding.message}`}>
                <button type="button" className="finding" onClick={() => onFocusFinding(finding)}>
                  <span className={`severity-dot severity-dot--${severity}`} aria-hidden="true" />
                  <span>{finding.message}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
