import { valueLabel } from '@locales/values';
import { severities } from '@shared/schemas/review';
import { useT } from '../../app/i18n';
import { fieldsFor, type RuleDraft, ruleKindLabel, ruleKinds } from './rule-draft';

/**
 * One rule of a profile: its kind, the module field it checks, its severity and the parameters its kind
 * takes, with the loader's problems for the row under it.
 */
export function RuleRow({
  index,
  row,
  problems,
  onChange,
  onRemove,
}: {
  index: number;
  row: RuleDraft;
  /** The row's problems by field path, in the language shown. */
  problems: readonly (readonly [string, string])[];
  onChange: (patch: Partial<RuleDraft>) => void;
  onRemove: () => void;
}) {
  const tr = useT();
  const number = index + 1;
  const bounded = row.ruleId === 'institution.number-range' || row.ruleId === 'institution.text-length';
  return (
    <li className={`profile-rule${problems.length > 0 ? ' profile-rule--invalid' : ''}`}>
      <div className="profile-rule__grid">
        <label>
          {tr.t('profiles.rule.kind', { number })}
          <select
            value={row.ruleId}
            onChange={(e) => {
              const ruleId = e.target.value as RuleDraft['ruleId'];
              const fields = fieldsFor(ruleId, tr);
              onChange({
                ruleId,
                field: fields.some((f) => f.path === row.field) ? row.field : (fields[0]?.path ?? ''),
              });
            }}
          >
            {ruleKinds.map((k) => (
              <option key={k.id} value={k.id}>
                {ruleKindLabel(k.id, tr)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tr.t('profiles.rule.field', { number })}
          <select value={row.field} onChange={(e) => onChange({ field: e.target.value })}>
            {fieldsFor(row.ruleId, tr).map((f) => (
              <option key={f.path} value={f.path}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tr.t('profiles.rule.severity', { number })}
          <select
            value={row.severity}
            onChange={(e) => onChange({ severity: e.target.value as RuleDraft['severity'] })}
          >
            {severities.map((s) => (
              <option key={s} value={s}>
                {valueLabel(tr, 'severity', s)}
              </option>
            ))}
          </select>
        </label>
        {bounded && (
          <>
            <label>
              {tr.t('profiles.rule.min', { number })}
              <input type="number" value={row.min} onChange={(e) => onChange({ min: e.target.value })} />
            </label>
            <label>
              {tr.t('profiles.rule.max', { number })}
              <input type="number" value={row.max} onChange={(e) => onChange({ max: e.target.value })} />
            </label>
          </>
        )}
        {row.ruleId === 'institution.allowed-values' && (
          <label className="profile-rule__wide">
            {tr.t('profiles.rule.values', { number })}
            <input value={row.values} onChange={(e) => onChange({ values: e.target.value })} />
          </label>
        )}
        {row.ruleId === 'institution.pattern' && (
          <>
            <label>
              {tr.t('profiles.rule.pattern', { number })}
              <input value={row.pattern} onChange={(e) => onChange({ pattern: e.target.value })} />
            </label>
            <label>
              {tr.t('profiles.rule.describe')}
              <input value={row.describe} onChange={(e) => onChange({ describe: e.target.value })} />
            </label>
          </>
        )}
        <label className="profile-rule__wide">
          {tr.t('profiles.rule.reason', { number })}
          <input
            value={row.reason}
            onChange={(e) => onChange({ reason: e.target.value })}
            placeholder={tr.t('profiles.rule.reasonPlaceholder')}
          />
        </label>
      </div>
      {problems.length > 0 && (
        <ul className="problems" role="alert">
          {problems.map(([field, message]) => (
            <li key={field}>{message}</li>
          ))}
        </ul>
      )}
      <button type="button" className="button button--quiet button--small" onClick={onRemove}>
        {tr.t('profiles.rule.remove', { number })}
      </button>
    </li>
  );
}
