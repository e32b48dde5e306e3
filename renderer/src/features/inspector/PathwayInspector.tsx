import { updatePathway } from '@shared/commands/pathways';
import { type FieldSpec, pathwayFieldTable } from '@shared/fields';
import { entityFromForm, type FormValue, formValuesOf, isFormEdited } from '@shared/fields/form-values';
import { Pathway } from '@shared/schemas/pathway';
import { type FormEvent, useMemo } from 'react';
import { describeDomainError } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { draftKey } from '../../editor/draft-keys';
import { step } from '../../editor/store';
import { type DraftCheck, useEntityDraft } from '../../editor/use-entity-draft';
import { FieldRows } from './FieldRows';
import { fieldProblems } from './field-words';
import { PathwayPrerequisites } from './PathwayPrerequisites';
import { TableField } from './TableField';

/** The pathway form as typed, by the table's paths: numbers as text, a choice not made as ''. */
type PathwayForm = Readonly<Record<string, FormValue>>;

/** The pathway's own properties a form value is written to: a change of the board's is never overwritten. */
const formProperties = [
  ...new Set(pathwayFieldTable.filter(isFormEdited).map((f) => f.path.split('.')[0] ?? f.path)),
] as (keyof Pathway)[];
const formPaths: readonly string[] = pathwayFieldTable.map((f) => f.path);
const sections = [...new Set(pathwayFieldTable.map((f) => f.section))];

/**
 * The pathway and the award it leads to, every field of the pathway table. Every change goes to the
 * editing session: applied as one undo step per field when valid, kept as a draft with its error when not.
 */
export function PathwayInspector({ pathway }: { pathway: Pathway }) {
  const tr = useT();
  const base = useMemo(() => formValuesOf(pathwayFieldTable, pathway) as PathwayForm, [pathway]);
  const check = (form: PathwayForm): DraftCheck => {
    const parsed = Pathway.safeParse(entityFromForm(pathwayFieldTable, pathway, form));
    if (!parsed.success) return { ok: false, problems: fieldProblems(parsed.error, 'pathway', tr) };
    const edited = Object.fromEntries(formProperties.map((key) => [key, parsed.data[key]]));
    return {
      ok: true,
      apply: {
        label: step('history.pathway.edit', { title: parsed.data.title }),
        command: (ws) =>
          updatePathway(ws, pathway.id, (p) => ({ ...p, ...edited }), new Date().toISOString()),
      },
    };
  };
  const session = useEntityDraft({
    key: draftKey.pathway(pathway.id),
    base,
    name: (form: PathwayForm) =>
      tr.t('inspector.pathway.draftName', { title: String(form.title ?? '').trim() || pathway.title }),
    check,
  });
  const form = session.form;
  const error = (field: string) =>
    session.refusal?.field === field ? describeDomainError(session.refusal, tr) : session.problems.get(field);

  const field = (spec: FieldSpec) =>
    spec.kind === 'list' ? (
      <PathwayPrerequisites key={spec.path} pathway={pathway} />
    ) : (
      <TableField
        key={spec.path}
        entity="pathway"
        spec={spec}
        path={spec.path}
        value={form[spec.path] ?? ''}
        onChange={(value) => session.change({ [spec.path]: value }, spec.path)}
        error={error(spec.path)}
      />
    );

  return (
    <form
      className="inspector-card"
      aria-labelledby="pathway-inspector-title"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        session.leave();
      }}
      onBlur={session.leave}
      noValidate
    >
      <header className="editor-header">
        <div>
          <p className="eyebrow">{tr.t('inspector.pathway.eyebrow')}</p>
          <h2 id="pathway-inspector-title">{pathway.title}</h2>
        </div>
        <div className="editor-header__actions">
          {session.invalid && (
            <>
              <p className="form-summary" role="status">
                {tr.t('inspector.notSaved')}
              </p>
              <button type="button" className="button" onClick={session.discard}>
                {tr.t('inspector.discardChanges')}
              </button>
            </>
          )}
        </div>
      </header>
      <div className="form-body">
        {session.refusal && !formPaths.includes(session.refusal.field ?? '') && (
          <p className="callout callout--error" role="alert">
            {describeDomainError(session.refusal, tr)}
          </p>
        )}
        {sections.map((section) => (
          <fieldset key={section} className="form-section">
            <legend>{tr.t(`inspector.section.${section}`)}</legend>
            <FieldRows
              specs={pathwayFieldTable.filter((spec) => spec.section === section)}
              perRow={2}
              render={field}
            />
          </fieldset>
        ))}
      </div>
    </form>
  );
}
