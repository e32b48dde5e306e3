import { problemText } from '@locales/problems';
import { problemOf } from '@shared/schemas/problems';
import { useMemo } from 'react';
import type { z } from 'zod';
import { useT } from '../app/i18n';
import type { DraftApply, DraftProblem, EntityDraft } from './store';
import { useEditor, useEditorStore } from './use-editor';

/** Each field's first problem, by its path in the schema ('credit.value'). */
export function problemsOf(error: z.ZodError): DraftProblem[] {
  const seen = new Set<string>();
  const problems: DraftProblem[] = [];
  for (const issue of error.issues) {
    const problem = problemOf(issue);
    if (seen.has(problem.field)) continue;
    seen.add(problem.field);
    problems.push(problem);
  }
  return problems;
}

export type DraftCheck = { ok: true; apply: DraftApply } | { ok: false; problems: DraftProblem[] };

interface EntityDraftOptions<F> {
  /** The draft's key in the editing session: `module:ID`, `pathway:ID`… */
  key: string;
  /** The form's values as the workspace holds them now (memoised by the caller). */
  base: F;
  /** False when the workspace does not hold the entity (yet): the draft's snapshot is all there is. */
  exists?: boolean;
  /** What the user would lose, named from the form's values. */
  name: (form: F) => string;
  /** Validates the form: the step that applies it, or each field's problem. */
  check: (form: F) => DraftCheck;
}

/**
 * A form that writes through the editing session: every change is kept there as a draft (never in the
 * component, where a re-render or a selection change would drop it) and, once it validates, becomes one
 * undoable editor step per field edit.
 */
export function useEntityDraft<F>({ key, base: saved, name, check, exists = true }: EntityDraftOptions<F>) {
  const store = useEditorStore();
  const tr = useT();
  const draft: EntityDraft | undefined = useEditor((s) => s.drafts.get(key));
  const base = !exists && draft?.snapshot !== undefined ? (draft.snapshot as F) : saved;
  // A draft holds only the fields typed: everything else is read from the workspace as it is now, so
  // undo, a version bump or any other change to the entity is never overwritten by a stale copy.
  const typed = draft?.form as Partial<F> | undefined;
  const form = useMemo(() => (typed ? { ...base, ...typed } : base), [base, typed]);
  const problems = useMemo(() => {
    const byField = new Map<string, string>();
    if (draft && !draft.settled) for (const p of draft.problems) byField.set(p.field, problemText(p, tr));
    return byField;
  }, [draft, tr]);

  /** The user changed `field`: `patch` holds its new value (and any field that changes with it). */
  const change = (patch: Partial<F>, field: string) => {
    const previous = store.getState().drafts.get(key);
    // A settled draft's values are in the workspace already: a new edit starts from the workspace, so an
    // undo of those values is not brought back by the next edit.
    const current = previous && !previous.settled ? (previous.form as Partial<F>) : undefined;
    const typedNow = { ...current, ...patch };
    const next = { ...base, ...typedNow };
    const checked = check(next);
    store.editDraft(
      {
        key,
        name: name(next),
        field,
        form: typedNow,
        snapshot: next,
        problems: checked.ok ? [] : checked.problems,
      },
      checked.ok ? checked.apply : undefined,
    );
  };

  return {
    form,
    /**
     * The form holds values that do not validate (or that the workspace refused): unsaved work to show,
     * with a way to discard it. A valid value on its way is not announced: it is applied within a moment,
     * and a status that came and went with each keystroke would move the controls under the pointer.
     */
    invalid:
      draft !== undefined && !draft.settled && (draft.problems.length > 0 || draft.refusal !== undefined),
    problems,
    refusal: draft?.settled ? undefined : draft?.refusal,
    change,
    /** The user left a field: apply what validates, and start a new undo step next time. */
    leave: () => store.endCoalescing(),
    discard: () => store.discardDraft(key),
  };
}
