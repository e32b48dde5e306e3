import { createModule, updateModule } from '@shared/commands/modules';
import {
  assessmentTypes,
  creditSystems,
  deliveryModes,
  designStatuses,
  evidenceKinds,
  identityChecks,
  levelFrameworks,
  Module,
  moduleCategories,
  qaTypes,
  skillFrameworks,
  supervisionModes,
} from '@shared/schemas/module';
import type { Workspace } from '@shared/schemas/workspace';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { describeDomainError } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { draftKey } from '../../editor/draft-keys';
import { step } from '../../editor/store';
import { useEditor } from '../../editor/use-editor';
import { type DraftCheck, problemsOf, useEntityDraft } from '../../editor/use-entity-draft';
import { humanize, SelectField, TextField } from '../../ui/fields';
import { fromDraft, type ModuleDraft, toDraft } from './draft';

interface ModuleEditorProps {
  /** The module as the workspace holds it, or the blank module a "New module" starts from. */
  module: Module;
  /** The module is not in the workspace yet: it is created as soon as its form validates. */
  isNew: boolean;
  /** `module` is how it was before undo took it away: the form's other fields are read from it. */
  undone?: boolean;
  onDelete: () => void;
  /** The new module's draft was discarded: nothing of it is left. */
  onDiscardNew: () => void;
}

const newId = () => crypto.randomUUID();

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

/** What the user would lose: the module's code and title as typed. */
const draftName = (d: ModuleDraft) => `${d.code.trim() || 'New module'} ${d.title.trim() || 'Untitled'}`;

/** A valid form becomes the step that creates the module, or replaces it, in the workspace. */
function checkModule(form: ModuleDraft): DraftCheck {
  const parsed = Module.safeParse(fromDraft(form));
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const module = parsed.data;
  return {
    ok: true,
    apply: {
      label: step('history.module.edit', { code: module.code }),
      command: (ws: Workspace) =>
        ws.modules.some((m) => m.id === module.id)
          ? updateModule(ws, module, new Date().toISOString())
          : createModule(ws, module),
    },
  };
}

/**
 * The form for every field of a module, validated by the shared schema as the user types. Each change
 * goes to the editing session: a valid value becomes an undoable step at once (and is saved with every
 * other change); one that does not validate yet stays there as a draft with its error.
 */
export function ModuleEditor({ module, isNew, undone = false, onDelete, onDiscardNew }: ModuleEditorProps) {
  const tr = useT();
  const base = useMemo(() => toDraft(module), [module]);
  const session = useEntityDraft({
    key: draftKey.module(module.id),
    base,
    exists: !isNew || undone,
    name: draftName,
    check: checkModule,
  });
  const draft = session.form;
  const issuers = useEditor((s) => s.workspace.issuers);
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  const error = (field: string) => {
    if (session.refusal?.field === field) return describeDomainError(session.refusal, tr);
    return session.problems.get(field);
  };
  const update = (patch: Partial<ModuleDraft>, field = Object.keys(patch)[0] ?? 'module') =>
    session.change(patch, field);
  const updateItem = <K extends 'learningOutcomes' | 'evidenceRequirements' | 'skills'>(
    key: K,
    index: number,
    patch: Partial<ModuleDraft[K][number]>,
  ) =>
    update(
      {
        [key]: draft[key].map((item, i) => (i === index ? { ...item, ...patch } : item)),
      } as Partial<ModuleDraft>,
      `${key}[${index}].${Object.keys(patch)[0] ?? ''}`,
    );
  /**
   * Adding or removing an outcome, evidence or skill is a step of its own: the button keeps the focus,
   * so no blur would end the run of edits before it.
   */
  const changeList = (patch: Partial<ModuleDraft>, field: string) => {
    session.leave();
    update(patch, field);
  };
  const removeItem = (key: 'learningOutcomes' | 'evidenceRequirements' | 'skills', index: number) =>
    changeList({ [key]: draft[key].filter((_, i) => i !== index) } as Partial<ModuleDraft>, `${key}-remove`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    session.leave();
    if (session.problems.size > 0) {
      const first = document.querySelector<HTMLElement>('.module-editor [aria-invalid="true"]');
      first?.focus();
    }
  };

  const count = session.problems.size + (session.refusal ? 1 : 0);
  return (
    <form
      className="module-editor"
      aria-labelledby="module-editor-title"
      onSubmit={submit}
      onBlur={session.leave}
      noValidate
    >
      <header className="editor-header">
        <div>
          <p className="eyebrow">{isNew ? 'New module' : draft.code || 'Module'}</p>
          <h2 id="module-editor-title">{draft.title.trim() || 'Untitled module'}</h2>
        </div>
        <div className="editor-header__actions">
          {session.invalid && (
            <p className="form-summary" role="status" data-testid="module-draft-status">
              {count === 1
                ? 'Not saved: 1 field needs attention'
                : `Not saved: ${count} fields need attention`}
            </p>
          )}
          {session.refusal && !session.refusal.field && (
            <p className="form-summary" role="alert">
              {describeDomainError(session.refusal, tr)}
            </p>
          )}
          {session.invalid && (
            <button
              type="button"
              className="button"
              onClick={() => {
                session.discard();
                if (isNew) onDiscardNew();
              }}
            >
              {isNew ? 'Discard new module' : 'Discard changes'}
            </button>
          )}
        </div>
      </header>

      <div className="form-body">
        <Section title="Identity">
          <div className="grid grid--3">
            <TextField
              label="Code"
              value={draft.code}
              onChange={(code) => update({ code })}
              error={error('code')}
              field={'code'}
              required
            />
            <TextField
              label="Title"
              value={draft.title}
              onChange={(title) => update({ title })}
              error={error('title')}
              field={'title'}
              required
            />
            <TextField
              label="Version"
              value={draft.version}
              onChange={(version) => update({ version })}
              error={error('version')}
              field={'version'}
            />
          </div>
          <TextField
            label="Summary"
            multiline
            value={draft.summary}
            onChange={(summary) => update({ summary })}
            error={error('summary')}
            field={'summary'}
          />
          <div className="grid grid--3">
            <TextField
              label="Language"
              value={draft.language}
              onChange={(language) => update({ language })}
              error={error('language')}
              field={'language'}
              hint="A language tag: en, uk, kk…"
            />
            <SelectField
              label="Category"
              value={draft.category}
              options={moduleCategories}
              emptyLabel="Not set"
              optionLabel={humanize}
              onChange={(category) => update({ category })}
              error={error('category')}
              field={'category'}
            />
            <SelectField
              label="Status"
              value={draft.status}
              options={designStatuses}
              optionLabel={humanize}
              onChange={(status) => status && update({ status })}
              error={error('status')}
              field={'status'}
            />
          </div>
          <SelectField
            label="Awarding issuer"
            value={draft.issuerId ?? ''}
            options={issuers.map((issuer) => issuer.id)}
            optionLabel={(id) => issuers.find((issuer) => issuer.id === id)?.name ?? id}
            emptyLabel={issuers[0] ? `Not named (${issuers[0].name}, the first issuer)` : 'No issuer yet'}
            onChange={(issuerId) => update({ issuerId: issuerId === '' ? undefined : issuerId })}
            error={error('issuerId')}
            field={'issuerId'}
          />
        </Section>

        <Section title="Credit, level and workload">
          <div className="grid grid--3">
            <TextField
              label="Credit value"
              type="number"
              value={draft.creditValue}
              onChange={(creditValue) => update({ creditValue })}
              error={error('credit.value')}
              field={'credit.value'}
            />
            <SelectField
              label="Credit system"
              value={draft.creditSystem}
              options={creditSystems}
              optionLabel={(s) =>
                s === 'UK' ? 'UK credits' : s === 'hours' ? 'Notional hours' : 'ECTS credits'
              }
              onChange={(creditSystem) => creditSystem && update({ creditSystem })}
              error={error('credit.system')}
              field={'credit.system'}
            />
            <TextField
              label="Notional hours"
              type="number"
              value={draft.notionalHours}
              onChange={(notionalHours) => update({ notionalHours })}
              error={error('notionalHours')}
              field={'notionalHours'}
              hint="Total learning time, all activities"
            />
          </div>
          <div className="grid grid--3">
            <SelectField
              label="Level framework"
              value={draft.levelFramework}
              options={levelFrameworks}
              emptyLabel="No level"
              onChange={(levelFramework) => update({ levelFramework })}
              error={error('level.framework')}
              field={'level.framework'}
            />
            <TextField
              label="Level"
              type="number"
              value={draft.levelValue}
              onChange={(levelValue) => update({ levelValue })}
              error={error('level.value')}
              field={'level.value'}
            />
            <TextField
              label="National framework"
              value={draft.levelScheme}
              onChange={(levelScheme) => update({ levelScheme })}
              error={error('level.scheme')}
              field={'level.scheme'}
              hint="When the framework is NQF, e.g. FHEQ"
            />
          </div>
        </Section>

        <Section title="Learning outcomes">
          {draft.learningOutcomes.length === 0 && <p className="empty">No learning outcomes yet.</p>}
          <ol className="repeater">
            {draft.learningOutcomes.map((outcome, index) => (
              <li key={outcome.id} className="repeater__row">
                <TextField
                  label={`Outcome ${index + 1}`}
                  multiline
                  value={outcome.statement}
                  placeholder="On completion, the learner can…"
                  onChange={(statement) => updateItem('learningOutcomes', index, { statement })}
                  error={error(`learningOutcomes[${index}].statement`)}
                  field={`learningOutcomes[${index}].statement`}
                />
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={`Remove outcome ${index + 1}`}
                  onClick={() => removeItem('learningOutcomes', index)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button"
            onClick={() =>
              changeList(
                { learningOutcomes: [...draft.learningOutcomes, { id: newId(), statement: '' }] },
                'learningOutcomes-add',
              )
            }
            data-field="learningOutcomes"
          >
            Add learning outcome
          </button>
        </Section>

        <Section title="Delivery and assessment">
          <div className="grid grid--3">
            <SelectField
              label="Delivery mode"
              value={draft.deliveryMode}
              options={deliveryModes}
              emptyLabel="Not set"
              optionLabel={humanize}
              onChange={(deliveryMode) => update({ deliveryMode })}
              error={error('deliveryMode')}
              field={'deliveryMode'}
            />
            <SelectField
              label="Assessment type"
              value={draft.assessmentType}
              options={assessmentTypes}
              emptyLabel="Not set"
              optionLabel={humanize}
              onChange={(assessmentType) => update({ assessmentType })}
              error={error('assessment.type')}
              field={'assessment.type'}
            />
            <div className="field field--checkbox">
              <input
                id="module-graded"
                data-field="assessment.graded"
                type="checkbox"
                checked={draft.graded}
                onChange={(e) => update({ graded: e.target.checked })}
              />
              <label htmlFor="module-graded">Graded assessment</label>
            </div>
          </div>
          <TextField
            label="Assessment description"
            multiline
            value={draft.assessmentDescription}
            onChange={(assessmentDescription) => update({ assessmentDescription })}
            error={error('assessment.description')}
            field={'assessment.description'}
          />
          <div className="grid grid--2">
            <SelectField
              label="Supervision during assessment"
              value={draft.supervision}
              options={supervisionModes}
              emptyLabel="Not set"
              optionLabel={humanize}
              onChange={(supervision) => update({ supervision })}
              error={error('assessment.supervision')}
              field={'assessment.supervision'}
            />
            <SelectField
              label="Identity verification"
              value={draft.identityVerification}
              options={identityChecks}
              emptyLabel="Not set"
              optionLabel={humanize}
              onChange={(identityVerification) => update({ identityVerification })}
              error={error('assessment.identityVerification')}
              field={'assessment.identityVerification'}
            />
          </div>
        </Section>

        <Section title="Evidence requirements">
          {draft.evidenceRequirements.length === 0 && <p className="empty">No evidence requirements yet.</p>}
          <ol className="repeater">
            {draft.evidenceRequirements.map((evidence, index) => (
              <li key={evidence.id} className="repeater__row repeater__row--stack">
                <div className="grid grid--2">
                  <SelectField
                    label={`Evidence ${index + 1}`}
                    value={evidence.kind}
                    options={evidenceKinds}
                    optionLabel={humanize}
                    onChange={(kind) => kind && updateItem('evidenceRequirements', index, { kind })}
                    error={error(`evidenceRequirements[${index}].kind`)}
                    field={`evidenceRequirements[${index}].kind`}
                  />
                  <TextField
                    label="What the reviewer looks for"
                    value={evidence.description}
                    onChange={(description) => updateItem('evidenceRequirements', index, { description })}
                    error={error(`evidenceRequirements[${index}].description`)}
                    field={`evidenceRequirements[${index}].description`}
                  />
                </div>
                {draft.learningOutcomes.length > 0 && (
                  <fieldset className="checks">
                    <legend>Outcomes it demonstrates</legend>
                    {draft.learningOutcomes.map((outcome, o) => (
                      <label key={outcome.id} className="check">
                        <input
                          type="checkbox"
                          checked={evidence.outcomeIds.includes(outcome.id)}
                          onChange={(e) =>
                            updateItem('evidenceRequirements', index, {
                              outcomeIds: e.target.checked
                                ? [...evidence.outcomeIds, outcome.id]
                                : evidence.outcomeIds.filter((id) => id !== outcome.id),
                            })
                          }
                        />
                        Outcome {o + 1}
                      </label>
                    ))}
                  </fieldset>
                )}
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={`Remove evidence ${index + 1}`}
                  onClick={() => removeItem('evidenceRequirements', index)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button"
            onClick={() =>
              changeList(
                {
                  evidenceRequirements: [
                    ...draft.evidenceRequirements,
                    { id: newId(), kind: 'lesson-plan', description: '', outcomeIds: [] },
                  ],
                },
                'evidenceRequirements-add',
              )
            }
            data-field="evidenceRequirements"
          >
            Add evidence requirement
          </button>
        </Section>

        <Section title="Skills alignment">
          {draft.skills.length === 0 && (
            <p className="empty">Not aligned to a skills framework yet (DigCompEdu, ESCO or CASE).</p>
          )}
          <ol className="repeater">
            {draft.skills.map((skill, index) => (
              <li key={skill.id} className="repeater__row">
                <div className="grid grid--4">
                  <SelectField
                    label={`Framework of skill ${index + 1}`}
                    value={skill.framework}
                    options={skillFrameworks}
                    onChange={(framework) => framework && updateItem('skills', index, { framework })}
                    error={error(`skills[${index}].framework`)}
                    field={`skills[${index}].framework`}
                  />
                  <TextField
                    label="Skill code"
                    value={skill.code}
                    onChange={(code) => updateItem('skills', index, { code })}
                    error={error(`skills[${index}].code`)}
                    field={`skills[${index}].code`}
                  />
                  <TextField
                    label="Skill name"
                    value={skill.name}
                    onChange={(name) => updateItem('skills', index, { name })}
                    error={error(`skills[${index}].name`)}
                    field={`skills[${index}].name`}
                  />
                  <TextField
                    label="Skill web address"
                    value={skill.url}
                    onChange={(url) => updateItem('skills', index, { url })}
                    error={error(`skills[${index}].url`)}
                    field={`skills[${index}].url`}
                  />
                </div>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={`Remove skill ${index + 1}`}
                  onClick={() => removeItem('skills', index)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button"
            onClick={() =>
              changeList(
                {
                  skills: [
                    ...draft.skills,
                    { id: newId(), framework: 'DigCompEdu', code: '', name: '', url: '' },
                  ],
                },
                'skills-add',
              )
            }
            data-field="skills"
          >
            Add skill alignment
          </button>
        </Section>

        <Section title="Admission">
          <TextField
            label="Admission requirements"
            multiline
            value={draft.admissionRequirements}
            onChange={(admissionRequirements) => update({ admissionRequirements })}
            error={error('admission.requirements')}
            field={'admission.requirements'}
          />
          <TextField
            label="Recognition of prior learning"
            multiline
            value={draft.recognitionOfPriorLearning}
            onChange={(recognitionOfPriorLearning) => update({ recognitionOfPriorLearning })}
            error={error('admission.recognitionOfPriorLearning')}
            field={'admission.recognitionOfPriorLearning'}
          />
        </Section>

        <Section title="Quality assurance and certification">
          <div className="grid grid--2">
            <SelectField
              label="Quality assurance type"
              value={draft.qaType}
              options={qaTypes}
              emptyLabel="Not set"
              optionLabel={humanize}
              onChange={(qaType) => update({ qaType })}
              error={error('qaMechanism.type')}
              field={'qaMechanism.type'}
            />
          </div>
          <TextField
            label="Quality assurance mechanism"
            multiline
            value={draft.qaDescription}
            onChange={(qaDescription) => update({ qaDescription })}
            error={error('qaMechanism.description')}
            field={'qaMechanism.description'}
          />
          <TextField
            label="Certification"
            multiline
            value={draft.certification}
            onChange={(certification) => update({ certification })}
            error={error('certification.description')}
            field={'certification.description'}
            hint="What the learner receives and how it can be verified"
          />
        </Section>

        {!isNew && (
          <section className="danger-zone" aria-label="Delete module">
            {confirmingDelete ? (
              <div role="alertdialog" aria-labelledby="delete-question" className="confirm">
                <p id="delete-question">
                  Delete {draft.code}? It is also removed from every pathway. You can undo this.
                </p>
                <button type="button" className="button button--danger" onClick={onDelete}>
                  Delete {draft.code}
                </button>
                <button type="button" className="button" onClick={() => setConfirmingDelete(false)}>
                  Keep it
                </button>
              </div>
            ) : (
              <button
                type="button"
                className="button button--danger-quiet"
                onClick={() => setConfirmingDelete(true)}
              >
                Delete module…
              </button>
            )}
          </section>
        )}
      </div>
    </form>
  );
}
