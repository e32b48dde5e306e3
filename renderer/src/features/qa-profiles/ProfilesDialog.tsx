import { profileErrorText, profileTitle } from '@locales/findings';
import { saveQaProfile } from '@shared/commands/qa-profiles';
import { importProfile } from '@shared/qa/profile';
import { builtInProfiles, exampleProfiles } from '@shared/qa/profiles';
import type { QaProfile } from '@shared/schemas/review';
import { type ChangeEvent, useMemo, useState } from 'react';
import { refusalMessage } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { draftIdOf, draftKey } from '../../editor/draft-keys';
import { type StepLabel, step, unsettledDrafts } from '../../editor/store';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { Dialog } from '../../ui/Dialog';
import { EntityList } from '../../ui/EntityList';
import { ProfileEditor } from './ProfileEditor';
import { type ProfileForm, toForm } from './profile-form';

/**
 * Institutional QA profiles: rules a QA officer writes without code, saved in the workspace and shared as
 * files. The profiles are edited through the editing session; only which one is shown is the dialog's.
 */
export function ProfilesDialog({ onClose }: { onClose: () => void }) {
  const tr = useT();
  const store = useEditorStore();
  const profiles = useEditor((s) => s.workspace.qaProfiles);
  const draftMap = useEditor((s) => s.drafts);
  const drafts = useMemo(
    () => unsettledDrafts(draftMap).filter((d) => draftIdOf(d.key, 'profile') !== undefined),
    [draftMap],
  );
  /** Drafts of profiles undo took out of the workspace: kept, so the typing is not lost. */
  const orphans = drafts.filter((d) => !profiles.some((p) => draftKey.profile(p.id) === d.key));
  // Opens on the profile with a value that does not validate yet, the one the save status points to.
  const [selected, setSelected] = useState<string | null>(
    () => draftIdOf(drafts[0]?.key ?? '', 'profile') ?? profiles[0]?.id ?? null,
  );
  const [importError, setImportError] = useState<string | null>(null);

  const current = profiles.find((p) => p.id === selected);
  const orphan = current ? undefined : orphans.find((d) => d.key === draftKey.profile(selected ?? ''));
  const shown = current ?? (orphan ? undefined : profiles[0]);
  const base = useMemo(
    () => (shown ? toForm(shown) : (orphan?.snapshot as ProfileForm | undefined)),
    [shown, orphan],
  );
  const shownId = base?.id ?? null;
  const unsavedKeys = new Set(drafts.map((d) => d.key));

  /** Adds a profile to the workspace at once (it validates); its draft starts when the user edits it. */
  const add = (profile: QaProfile, label: StepLabel) => {
    const refusal = refusalMessage(
      store.dispatch(label, (ws) => saveQaProfile(ws, profile)),
      tr,
    );
    setImportError(refusal);
    if (!refusal) setSelected(profile.id);
  };
  const startNew = (from?: QaProfile) => {
    const id = `inst-${crypto.randomUUID().slice(0, 8)}`;
    add(
      from
        ? { ...from, id, title: tr.t('profiles.copyTitle', { title: profileTitle(from, tr) }) }
        : { id, title: tr.t('profiles.newTitle'), version: '1.0', source: '', rules: [] },
      from ? step('history.profile.copy', { title: from.title }) : step('history.profile.add'),
    );
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const imported = importProfile(await file.text(), file.name);
    if (!imported.ok) {
      setImportError(profileErrorText(imported.error, tr));
      return;
    }
    // A shared file may not take over a built-in profile's id: it is kept as an institutional copy.
    const taken = builtInProfiles.some((p) => p.id === imported.value.profile.id);
    const profile = taken
      ? { ...imported.value.profile, id: `inst-${crypto.randomUUID().slice(0, 8)}` }
      : imported.value.profile;
    // The file replaces the profile of the same id: what was typed in it before gives way.
    store.discardDraft(draftKey.profile(profile.id));
    add(profile, step('history.profile.import', { title: profile.title }));
  };

  return (
    <Dialog title={tr.t('profiles.title')} onClose={onClose} wide>
      <div className="issuers">
        <nav aria-label={tr.t('profiles.list')} className="issuers__list">
          <EntityList
            currentId={shownId}
            onSelect={setSelected}
            items={[
              ...profiles.map((p) => ({
                id: p.id,
                label: (
                  <>
                    {p.title}{' '}
                    <span className="field__hint">{tr.t('profiles.version', { version: p.version })}</span>
                  </>
                ),
                unsaved: unsavedKeys.has(draftKey.profile(p.id)),
              })),
              ...orphans.map((d) => ({
                id: draftIdOf(d.key, 'profile') ?? d.key,
                label: (d.snapshot as ProfileForm | undefined)?.title || tr.t('profiles.untitled'),
                unsaved: true,
              })),
            ]}
          />
          <button type="button" className="button" onClick={() => startNew()}>
            {tr.t('profiles.add')}
          </button>
          {exampleProfiles.map((example) => (
            <button
              key={example.id}
              type="button"
              className="button button--quiet"
              onClick={() => startNew(example)}
            >
              {tr.t('profiles.fromExample')}
            </button>
          ))}
          <label className="button button--quiet file-button">
            {tr.t('profiles.import')}
            <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e)} />
          </label>
          {importError && (
            <p className="field__error" role="alert">
              {importError}
            </p>
          )}
        </nav>
        <div className="issuers__detail">
          {base ? (
            <ProfileEditor
              key={base.id}
              base={base}
              inWorkspace={shown !== undefined}
              onDeleted={() => setSelected(profiles.find((p) => p.id !== base.id)?.id ?? null)}
            />
          ) : (
            <p className="empty">{tr.t('profiles.empty')}</p>
          )}
        </div>
      </div>
    </Dialog>
  );
}
