import { problemText } from '@locales/problems';
import type { Translator } from '@locales/translate';
import { saveQaProfile } from '@shared/commands/qa-profiles';
import { loadProfile } from '@shared/qa/profile';
import type { QaProfile } from '@shared/schemas/review';
import { type DraftProblem, step } from '../../editor/store';
import type { DraftCheck } from '../../editor/use-entity-draft';
import { fromRuleDraft, type RuleDraft, toRuleDraft } from './rule-draft';

/** The profile form as typed: its rules with every parameter as text. */
export interface ProfileForm {
  id: string;
  title: string;
  version: string;
  source: string;
  rules: RuleDraft[];
}

export const toForm = (profile: QaProfile): ProfileForm => ({
  id: profile.id,
  title: profile.title,
  version: profile.version,
  source: profile.source,
  rules: profile.rules.map(toRuleDraft),
});

export const fromForm = (form: ProfileForm): QaProfile => ({
  id: form.id,
  title: form.title,
  version: form.version,
  source: form.source,
  rules: form.rules.map(fromRuleDraft),
});

/** A new rule row: the field-required rule on the module's summary, until the officer picks otherwise. */
export function blankRule(): RuleDraft {
  return {
    ruleId: 'institution.field-required',
    severity: 'error',
    field: 'summary',
    min: '',
    max: '',
    values: '',
    pattern: '',
    describe: '',
    reason: '',
  };
}

/** What the user would lose: the profile's title as typed. */
export const draftName = (tr: Translator) => (form: ProfileForm) => {
  const title = form.title.trim();
  return title === '' ? tr.t('profiles.draftName.untitled') : tr.t('profiles.draftName', { title });
};

/**
 * A valid form becomes the step that saves the profile in the workspace (it adds the profile again when
 * undo took it away); the profile loader's problems, rule by rule, are the draft's otherwise.
 */
export const checkProfile =
  (tr: Translator) =>
  (form: ProfileForm): DraftCheck => {
    const loaded = loadProfile(fromForm(form));
    if (!loaded.ok) {
      // Each field's first problem, as the form shows it, in the language shown.
      const byField = new Map<string, DraftProblem>();
      for (const p of loaded.error.problems)
        if (!byField.has(p.field)) byField.set(p.field, { field: p.field, message: problemText(p, tr) });
      return { ok: false, problems: [...byField.values()] };
    }
    const profile = loaded.value.profile;
    return {
      ok: true,
      apply: {
        label: step('history.profile.edit', { title: profile.title }),
        command: (ws) => saveQaProfile(ws, profile),
      },
    };
  };
