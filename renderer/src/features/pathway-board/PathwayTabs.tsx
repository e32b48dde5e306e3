import {
  createPathway,
  deletePathway,
  duplicatePathwayInWorkspace,
  renamePathway,
} from '@shared/commands/pathways';
import { newPathway } from '@shared/domain/pathway-ops';
import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import { ActionButton } from '../../app/ActionButton';
import { describeDomainError, refusalMessage } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { isPathwayDraft } from '../../editor/draft-keys';
import { step } from '../../editor/store';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { Progress } from '../../ui/Progress';

interface PathwayTabsProps {
  activeId: string | null;
  onActivate: (pathwayId: string | null) => void;
  /** Set while a long export runs, shown beside the buttons. */
  progress: string | null;
  /** Shows why a command was refused (in the workspace's refusal callout). */
  onRefused: (message: string) => void;
}

const newId = () => crypto.randomUUID();

/** The board is the panel of the selected pathway's tab. */
export const PATHWAY_PANEL_ID = 'pathway-panel';

/** Where an arrow, Home or End key moves from tab `index` of `count` (wrapping round); null for other keys. */
export function tabTarget(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The workspace's pathways: switch, create, duplicate, rename, delete (with confirmation). */
export function PathwayTabs({ activeId, onActivate, progress, onRefused }: PathwayTabsProps) {
  const tr = useT();
  const store = useEditorStore();
  const pathways = useEditor((s) => s.workspace.pathways);
  const active = pathways.find((p) => p.id === activeId);
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());

  const create = () => {
    const now = new Date().toISOString();
    const pathway = newPathway({
      id: newId(),
      title: tr.t('board.pathway.defaultTitle', { number: pathways.length + 1 }),
      awardTitle: tr.t('board.pathway.defaultAwardTitle'),
      now,
      stageIds: [newId(), newId()],
      stageTitles: [1, 2].map((number) => tr.t('board.stage.defaultTitle', { number })) as [string, string],
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
        title: tr.t('board.pathway.copyTitle', { title: active.title }),
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

  // The tab a keyboard user reaches with Tab; the arrow keys move between the others (one tab stop).
  const focusableId = active?.id ?? pathways[0]?.id;
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const target = tabTarget(event.key, index, pathways.length);
    if (target === null) return;
    event.preventDefault();
    const pathway = pathways[target];
    if (!pathway) return;
    tabRefs.current.get(pathway.id)?.focus();
    onActivate(pathway.id);
  };

  return (
    <div className="pathway-bar">
      {/* A tablist may own only tabs, so "New pathway" stands beside it (axe: aria-required-children). */}
      <div className="pathway-tabs">
        <div role="tablist" aria-label={tr.t('board.pathways')} className="pathway-tabs">
          {pathways.map((pathway, index) => (
            <button
              key={pathway.id}
              ref={(element) => {
                if (element) tabRefs.current.set(pathway.id, element);
                else tabRefs.current.delete(pathway.id);
              }}
              type="button"
              role="tab"
              aria-selected={pathway.id === activeId}
              aria-controls={pathway.id === activeId ? PATHWAY_PANEL_ID : undefined}
              tabIndex={pathway.id === focusableId ? 0 : -1}
              className="pathway-tab"
              onClick={() => onActivate(pathway.id)}
              onKeyDown={(event) => onTabKey(event, index)}
            >
              {pathway.title}
            </button>
          ))}
        </div>
        <button type="button" className="button button--small" onClick={create}>
          {tr.t('board.newPathway')}
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
            {tr.t('board.pathway.rename')}
          </button>
          <button type="button" className="button button--quiet button--small" onClick={duplicate}>
            {tr.t('board.pathway.duplicate')}
          </button>
          <button
            type="button"
            className="button button--danger-quiet button--small"
            onClick={() => setConfirmDelete(true)}
          >
            {tr.t('board.pathway.delete')}
          </button>
          <ActionButton id="exportSpec" className="button button--small" disabled={progress !== null} />
          <ActionButton id="exportBadges" className="button button--small" />
          <ActionButton id="exportPackage" className="button button--small" />
          {progress && <Progress>{progress}</Progress>}
        </div>
      )}
      {active && renaming && (
        <form className="pathway-bar__tools" onSubmit={rename}>
          <label htmlFor="pathway-rename">{tr.t('board.pathway.name')}</label>
          <input
            id="pathway-rename"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? 'pathway-rename-error' : undefined}
          />
          <button type="submit" className="button button--primary button--small">
            {tr.t('board.pathway.renameSubmit')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setRenaming(false);
              setTitleError(null);
            }}
          >
            {tr.t('board.pathway.renameCancel')}
          </button>
          {titleError && (
            <span id="pathway-rename-error" className="field__error" role="alert">
              {titleError}
            </span>
          )}
        </form>
      )}
      {active && confirmDelete && (
        <div
          className="confirm confirm--small"
          role="alertdialog"
          aria-label={tr.t('board.pathway.deleteConfirm.label', { title: active.title })}
        >
          <p>{tr.t('board.pathway.deleteConfirm.text', { title: active.title })}</p>
          <button type="button" className="button button--danger button--small" onClick={remove}>
            {tr.t('board.pathway.deleteConfirm.delete')}
          </button>
          <button type="button" className="button button--small" onClick={() => setConfirmDelete(false)}>
            {tr.t('board.pathway.deleteConfirm.keep')}
          </button>
        </div>
      )}
    </div>
  );
}
