import {
  createPathway,
  deletePathway,
  duplicatePathwayInWorkspace,
  renamePathway,
} from '@shared/commands/pathways';
import { newPathway } from '@shared/domain/pathway-ops';
import { type FormEvent, useState } from 'react';
import { describeDomainError, refusalMessage } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { isPathwayDraft } from '../../editor/draft-keys';
import { step } from '../../editor/store';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { Progress } from '../../ui/Progress';

interface PathwayTabsProps {
  activeId: string | null;
  onActivate: (pathwayId: string | null) => void;
  onExportBadges: () => void;
  onExportPackage: () => void;
  onExportSpec: () => void;
  /** Set while a long export runs, shown beside the buttons. */
  progress: string | null;
  /** Shows why a command was refused (in the workspace's refusal callout). */
  onRefused: (message: string) => void;
}

const newId = () => crypto.randomUUID();

/** The workspace's pathways: switch, create, duplicate, rename, delete (with confirmation). */
export function PathwayTabs({
  activeId,
  onActivate,
  onExportBadges,
  onExportPackage,
  onExportSpec,
  progress,
  onRefused,
}: PathwayTabsProps) {
  const tr = useT();
  const store = useEditorStore();
  const pathways = useEditor((s) => s.workspace.pathways);
  const active = pathways.find((p) => p.id === activeId);
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const create = () => {
    const now = new Date().toISOString();
    const pathway = newPathway({
      id: newId(),
      title: `Pathway ${pathways.length + 1}`,
      awardTitle: 'New award',
      now,
      stageIds: [newId(), newId()],
    });
    const refusal = refusalMessage(
      store.dispatch(step('history.pathway.create', { title: pathway.title }), (ws) =>
        createPathway(ws, pathway),
      ),
      tr,
    );
    if (refusal) return onRefused(refusal);
    onActivate(pathway.id);
  };
  const duplicate = () => {
    if (!active) return;
    const id = newId();
    const result = store.dispatch(step('history.pathway.duplicate', { title: active.title }), (ws) =>
      duplicatePathwayInWorkspace(ws, active.id, {
        id,
        title: `${active.title} (copy)`,
        now: new Date().toISOString(),
        newId,
      }),
    );
    const refusal = refusalMessage(result, tr);
    if (refusal) return onRefused(refusal);
    onActivate(id);
  };
  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (!active) return;
    const result = store.dispatch(step('history.pathway.rename', { title: active.title }), (ws) =>
      renamePathway(ws, active.id, title),
    );
    if (!result.ok && result.error.field === 'title')
      return setTitleError(describeDomainError(result.error, tr));
    setTitleError(null);
    setRenaming(false);
    if (!result.ok) onRefused(describeDomainError(result.error, tr));
  };
  const remove = () => {
    if (!active) return;
    const refusal = refusalMessage(
      store.dispatch(step('history.pathway.delete', { title: active.title }), (ws) =>
        deletePathway(ws, active.id),
      ),
      tr,
    );
    setConfirmDelete(false);
    if (refusal) return onRefused(refusal);
    // What was typed in its forms goes with it (undo brings the pathway back as it was saved).
    for (const key of store.getState().drafts.keys())
      if (isPathwayDraft(key, active.id)) store.discardDraft(key);
    onActivate(pathways.find((p) => p.id !== active.id)?.id ?? null);
  };

  return (
    <div className="pathway-bar">
      <div role="tablist" aria-label="Pathways" className="pathway-tabs">
        {pathways.map((pathway) => (
          <button
            key={pathway.id}
            type="button"
            role="tab"
            aria-selected={pathway.id === activeId}
            className="pathway-tab"
            onClick={() => onActivate(pathway.id)}
          >
            {pathway.title}
          </button>
        ))}
        <button type="button" className="button button--small" onClick={create}>
          + New pathway
        </button>
      </div>
      {active && !renaming && !confirmDelete && (
        <div className="pathway-bar__tools">
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              setTitle(active.title);
              setRenaming(true);
            }}
          >
            Rename
          </button>
          <button type="button" className="button button--quiet button--small" onClick={duplicate}>
            Duplicate
          </button>
          <button
            type="button"
            className="button button--danger-quiet button--small"
            onClick={() => setConfirmDelete(true)}
          >
            Delete…
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={onExportSpec}
            disabled={progress !== null}
          >
            Specification (PDF)
          </button>
          <button type="button" className="button button--small" onClick={onExportBadges}>
            Export badges…
          </button>
          <button type="button" className="button button--small" onClick={onExportPackage}>
            Export package…
          </button>
          {progress && <Progress>{progress}</Progress>}
        </div>
      )}
      {active && renaming && (
        <form className="pathway-bar__tools" onSubmit={rename}>
          <label htmlFor="pathway-rename">Pathway name</label>
          <input
            id="pathway-rename"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? 'pathway-rename-error' : undefined}
          />
          <button type="submit" className="button button--primary button--small">
            Rename
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setRenaming(false);
              setTitleError(null);
            }}
          >
            Cancel
          </button>
          {titleError && (
            <span id="pathway-rename-error" className="field__error" role="alert">
              {titleError}
            </span>
          )}
        </form>
      )}
      {active && confirmDelete && (
        <div className="confirm confirm--small" role="alertdialog" aria-label={`Delete ${active.title}?`}>
          <p>Delete the pathway “{active.title}”? Its modules stay in the library. You can undo this.</p>
          <button type="button" className="button button--danger button--small" onClick={remove}>
            Delete pathway
          </button>
          <button type="button" className="button button--small" onClick={() => setConfirmDelete(false)}>
            Keep it
          </button>
        </div>
      )}
    </div>
  );
}
