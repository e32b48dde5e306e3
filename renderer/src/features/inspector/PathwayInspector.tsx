import { creditSystems, levelFrameworks } from '@shared/schemas/module';
import { Award, awardTypes, type Pathway } from '@shared/schemas/pathway';
import { formatPath } from '@shared/schemas/problems';
import { type FormEvent, useMemo, useState } from 'react';
import { describeDomainError } from '../../app/error-messages';
import { changePathway } from '../../editor/pathway-actions';
import { useEditorStore } from '../../editor/use-editor';
import { humanize, SelectField, TextField } from '../../ui/fields';

type AwardType = (typeof awardTypes)[number];
type CreditSystem = (typeof creditSystems)[number];
type LevelFramework = (typeof levelFrameworks)[number];

const number = (s: string) => (s.trim() === '' ? undefined : Number(s));

/** The pathway and the award it leads to: title, type, declared credit and level. */
export function PathwayInspector({ pathway }: { pathway: Pathway }) {
  const store = useEditorStore();
  const [title, setTitle] = useState(pathway.title);
  const [description, setDescription] = useState(pathway.description);
  const [awardTitle, setAwardTitle] = useState(pathway.award.title);
  const [awardType, setAwardType] = useState<AwardType>(pathway.award.type);
  const [creditValue, setCreditValue] = useState(
    pathway.award.credit ? String(pathway.award.credit.value) : '',
  );
  const [creditSystem, setCreditSystem] = useState<CreditSystem>(pathway.award.credit?.system ?? 'ECTS');
  const [levelFramework, setLevelFramework] = useState<LevelFramework | ''>(
    pathway.award.level?.framework ?? '',
  );
  const [levelValue, setLevelValue] = useState(pathway.award.level ? String(pathway.award.level.value) : '');
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  const [refusal, setRefusal] = useState<{ field?: string | undefined; message: string } | null>(null);

  const award = useMemo(() => {
    const value = number(creditValue);
    return Award.safeParse({
      title: awardTitle,
      type: awardType,
      credit: value === undefined ? undefined : { value, system: creditSystem },
      level: levelFramework === '' ? undefined : { framework: levelFramework, value: number(levelValue) },
    });
  }, [awardTitle, awardType, creditValue, creditSystem, levelFramework, levelValue]);
  const problems = new Map(
    award.success ? [] : award.error.issues.map((i) => [formatPath(i.path), i.message]),
  );
  const titleProblem = title.trim() === '' ? 'Pathway title is required' : undefined;
  const show = (field: string) => (submitted ? problems.get(field) : undefined);
  const refusedOn = (field: string) => (refusal?.field === field ? refusal.message : undefined);
  const formFields = ['title', 'description'];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setSaved(false);
    if (!award.success || titleProblem) return;
    const result = changePathway(store, pathway.id, `Edit ${title}`, (p) => ({
      ...p,
      title: title.trim(),
      description,
      award: award.data,
    }));
    setRefusal(result.ok ? null : { field: result.error.field, message: describeDomainError(result.error) });
    setSaved(result.ok);
  };

  return (
    <form className="inspector-card" aria-labelledby="pathway-inspector-title" onSubmit={submit} noValidate>
      <header className="editor-header">
        <div>
          <p className="eyebrow">Pathway and award</p>
          <h2 id="pathway-inspector-title">{pathway.title}</h2>
        </div>
        <div className="editor-header__actions">
          {saved && <span className="save">Saved</span>}
          <button type="submit" className="button button--primary">
            Save pathway
          </button>
        </div>
      </header>
      <div className="form-body">
        {refusal && !formFields.includes(refusal.field ?? '') && (
          <p className="callout callout--error" role="alert">
            {refusal.message}
          </p>
        )}
        <TextField
          label="Pathway title"
          value={title}
          onChange={setTitle}
          error={submitted ? (titleProblem ?? refusedOn('title')) : undefined}
        />
        <TextField
          label="Description"
          multiline
          value={description}
          onChange={setDescription}
          error={refusedOn('description')}
        />
        <fieldset className="form-section">
          <legend>Award</legend>
          <TextField
            label="Award title"
            value={awardTitle}
            onChange={setAwardTitle}
            error={show('title')}
            field="award.title"
          />
          <SelectField
            label="Award type"
            value={awardType}
            options={awardTypes}
            optionLabel={humanize}
            onChange={(v) => v && setAwardType(v)}
          />
          <div className="grid grid--2">
            <TextField
              label="Declared credit"
              type="number"
              value={creditValue}
              onChange={setCreditValue}
              error={show('credit.value')}
              field="award.credit.value"
            />
            <SelectField
              label="Award credit system"
              value={creditSystem}
              options={creditSystems}
              onChange={(v) => v && setCreditSystem(v)}
            />
          </div>
          <div className="grid grid--2">
            <SelectField
              label="Award level framework"
              value={levelFramework}
              options={levelFrameworks}
              emptyLabel="No level"
              onChange={setLevelFramework}
            />
            <TextField
              label="Award level"
              type="number"
              value={levelValue}
              onChange={setLevelValue}
              error={show('level.value')}
              field="award.level.value"
            />
          </div>
        </fieldset>
      </div>
    </form>
  );
}
