import type { Translator } from '@locales/translate';
import { createModule, updateModule } from '@shared/commands/modules';
import type { FormItem, FormValue } from '@shared/fields/form-values';
import { Module } from '@shared/schemas/module';
import type { Workspace } from '@shared/schemas/workspace';
import { type FormEvent, useMemo } from 'react';
import { describeDomainError } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { draftKey } from '../../editor/draft-keys';
import { step } from '../../editor/store';
import { type DraftCheck, useEntityDraft } from '../../editor/use-entity-draft';
import { fieldProblems } from '../inspector/field-words';
import { DeleteModule } from './DeleteModule';
import { fromDraft, type ModuleDraft, toDraft, typedText } from './draft';
import { ModuleSections } from './ModuleSections';

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

/** What the user would lose: the module's code and title as typed. */
const draftName = (tr: Translator) => (d: ModuleDraft) =>
  tr.t('editor.draftName', {
    code: typedText(d, 'code').trim() || tr.t('editor.newModule'),
    title: typedText(d, 'title').trim() || tr.t('editor.untitled'),
  });

/** A valid form becomes the step that creates the module, or replaces it, in the workspace. */
const checkModule =
  (tr: Translator) =>
  (form: ModuleDraft): DraftCheck => {
    const parsed = Module.safeParse(fromDraft(form));
    if (!parsed.success) return { ok: false, problems: fieldProblems(parsed.error, 'module', tr) };
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
  };

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
    name: draftName(tr),
    check: checkModule(tr),
  });
  const draft = session.form;

  const error = (field: string) => {
    if (session.refusal?.field === field) return describeDomainError(session.refusal, tr);
    return session.problems.get(field);
  };
  const change = (path: string, value: FormValue | FormItem[], edited: string) =>
    session.change({ [path]: value }, edited);
  /**
   * Adding or removing an outcome, evidence or skill is a step of its own: the button keeps the focus,
   * so no blur would end the run of edits before it.
   */
  const changeList = (path: string, items: FormItem[], edited: string) => {
    session.leave();
    change(path, items, edited);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    session.leave();
    if (session.problems.size > 0) {
      const first = document.querySelector<HTMLElement>('.module-editor [aria-invalid="true"]');
      first?.focus();
    }
  };

  const code = typedText(draft, 'code');
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
          <p className="eyebrow">{isNew ? tr.t('editor.newModule') : code || tr.t('editor.module')}</p>
          <h2 id="module-editor-title">
            {typedText(draft, 'title').trim() || tr.t('editor.untitledModule')}
          </h2>
        </div>
        <div className="editor-header__actions">
          {session.invalid && (
            <p className="form-summary" role="status" data-testid="module-draft-status">
              {tr.t('editor.notSaved', { count })}
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
              {isNew ? tr.t('editor.discardNew') : tr.t('editor.discardChanges')}
            </button>
          )}
        </div>
      </header>

      <div className="form-body">
        <ModuleSections draft={draft} error={error} onChange={change} onListChange={changeList} />
        {!isNew && <DeleteModule code={code} onDelete={onDelete} />}
      </div>
    </form>
  );
}
