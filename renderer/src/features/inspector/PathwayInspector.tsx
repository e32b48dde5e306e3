import { updatePathway } from '@shared/commands/pathways';
import { creditSystems, levelFrameworks } from '@shared/schemas/module';
import { awardTypes, Pathway } from '@shared/schemas/pathway';
import { type FormEvent, useMemo } from 'react';
import { describeDomainError } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { draftKey } from '../../editor/draft-keys';
import { step } from '../../editor/store';
import { type DraftCheck, problemsOf, useEntityDraft } from '../../editor/use-entity-draft';
import { humanize, SelectField, TextField } from '../../ui/fields';

type AwardType = (typeof awardTypes)[number];
type CreditSystem = (typeof creditSystems)[number];
type LevelFramework = (typeof levelFrameworks)[number];

/** The pathway form as typed: numbers as text, "no level" as ''. */
interface PathwayForm {
  title: string;
  description: string;
  awardTitle: string;
  awardType: AwardType;
  creditValue: string;
  creditSystem: CreditSystem;
  levelFramework: LevelFramework | '';
  levelValue: string;
}

const number = (s: string) => (s.trim() === '' ? undefined : Number(s));

function toForm(pathway: Pathway): PathwayForm {
  return {
    title: pathway.title,
    description: pathway.description,
    awardTitle: pathway.award.title,
    awardType: pathway.award.type,
    creditValue: pathway.award.credit ? String(pathway.award.credit.value) : '',
    creditSystem: pathway.award.credit?.system ?? 'ECTS',
    levelFramework: pathway.award.level?.framework ?? '',
    levelValue: pathway.award.level ? String(pathway.award.level.value) : '',
  };
}

/** The pathway the form describes, for the shared schema to validate (paths as the form's fields name them). */
function fromForm(pathway: Pathway, form: PathwayForm): unknown {
  const value = number(form.creditValue);
  return {
    ...pathway,
    title: form.title.trim(),
    description: form.description,
    award: {
      title: form.awardTitle,
      type: form.awardType,
      credit: value === undefined ? undefined : { value, system: form.creditSystem },
      level:
        form.levelFramework === ''
          ? undefined
          : { framework: form.levelFramework, value: number(form.levelValue) },
    },
  };
}

/**
 * The pathway and the award it leads to: title, type, declared credit and level. Every change goes to the
 * editing session: applied as one undo step per field when valid, kept as a draft with its error when not.
 */
export function PathwayInspector({ pathway }: { pathway: Pathway }) {
  const tr = useT();
  const base = useMemo(() => toForm(pathway), [pathway]);
  const check = (form: PathwayForm): DraftCheck => {
    const parsed = Pathway.safeParse(fromForm(pathway, form));
    if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
    const { title, description, award } = parsed.data;
    return {
      ok: true,
      apply: {
        label: step('history.pathway.edit', { title }),
        command: (ws) =>
          updatePathway(
            ws,
            pathway.id,
            (p) => ({ ...p, title, description, award }),
            new Date().toISOString(),
          ),
      },
    };
  };
  const session = useEntityDraft({
    key: draftKey.pathway(pathway.id),
    base,
    name: (form: PathwayForm) => `Pathway “${form.title.trim() || pathway.title}”`,
    check,
  });
  const form = session.form;
  const update = (patch: Partial<PathwayForm>) => session.change(patch, Object.keys(patch)[0] ?? 'pathway');
  const error = (field: string) =>
    session.refusal?.field === field ? describeDomainError(session.refusal, tr) : session.problems.get(field);
  const formFields = ['title', 'description', 'award.title', 'award.credit.value', 'award.level.value'];

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
          <p className="eyebrow">Pathway and award</p>
          <h2 id="pathway-inspector-title">{pathway.title}</h2>
        </div>
        <div className="editor-header__actions">
          {session.invalid && (
            <>
              <p className="form-summary" role="status">
                Not saved: fix the field marked
              </p>
              <button type="button" className="button" onClick={session.discard}>
                Discard changes
              </button>
            </>
          )}
        </div>
      </header>
      <div className="form-body">
        {session.refusal && !formFields.includes(session.refusal.field ?? '') && (
          <p className="callout callout--error" role="alert">
            {describeDomainError(session.refusal, tr)}
          </p>
        )}
        <TextField
          label="Pathway title"
          value={form.title}
          onChange={(title) => update({ title })}
          error={error('title')}
          field="title"
        />
        <TextField
          label="Description"
          multiline
          value={form.description}
          onChange={(description) => update({ description })}
          error={error('description')}
          field="description"
        />
        <fieldset className="form-section">
          <legend>Award</legend>
          <TextField
            label="Award title"
            value={form.awardTitle}
            onChange={(awardTitle) => update({ awardTitle })}
            error={error('award.title')}
            field="award.title"
          />
          <SelectField
            label="Award type"
            value={form.awardType}
            options={awardTypes}
            optionLabel={humanize}
            onChange={(awardType) => awardType && update({ awardType })}
            field="award.type"
          />
          <div className="grid grid--2">
            <TextField
              label="Declared credit"
              type="number"
              value={form.creditValue}
              onChange={(creditValue) => update({ creditValue })}
              error={error('award.credit.value')}
              field="award.credit.value"
            />
            <SelectField
              label="Award credit system"
              value={form.creditSystem}
              options={creditSystems}
              onChange={(creditSystem) => creditSystem && update({ creditSystem })}
              field="award.credit.system"
            />
          </div>
          <div className="grid grid--2">
            <SelectField
              label="Award level framework"
              value={form.levelFramework}
              options={levelFrameworks}
              emptyLabel="No level"
              onChange={(levelFramework) => update({ levelFramework })}
              field="award.level.framework"
            />
            <TextField
              label="Award level"
              type="number"
              value={form.levelValue}
              onChange={(levelValue) => update({ levelValue })}
              error={error('award.level.value')}
              field="award.level.value"
            />
          </div>
        </fieldset>
      </div>
    </form>
  );
}
