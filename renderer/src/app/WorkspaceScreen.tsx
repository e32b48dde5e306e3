import type { Translator } from '@locales/translate';
import { deleteModule } from '@shared/commands/modules';
import type { WorkspaceSession } from '@shared/contract/commands';
import type { SampleId } from '@shared/contract/samples';
import { newModule, nextModuleCode } from '@shared/domain/module';
import { modulesInPathway } from '@shared/domain/pathway-ops';
import { reviewOf, reviewStateLabels, reviseApprovedDesigns } from '@shared/domain/review';
import { checkDesignForExport } from '@shared/qa/design-check';
import { builtInProfiles } from '@shared/qa/profiles';
import type { Finding } from '@shared/qa/rule';
import type { Module } from '@shared/schemas/module';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { draftKey, draftOwner } from '../editor/draft-keys';
import { shortcutFor } from '../editor/shortcuts';
import { createEditorStore, type EditorStore, type EntityDraft, step } from '../editor/store';
import { EditorContext, useEditor, useEditorStore } from '../editor/use-editor';
import { BadgesDialog } from '../features/export/BadgesDialog';
import type { ExportFixes } from '../features/export/ExportReadiness';
import { saveForExport } from '../features/export/export-readiness';
import { OpenPackageDialog } from '../features/export/OpenPackageDialog';
import { PackageDialog } from '../features/export/PackageDialog';
import { VerifyDialog } from '../features/export/VerifyDialog';
import { GroupInspector } from '../features/inspector/GroupInspector';
import { PathwayInspector } from '../features/inspector/PathwayInspector';
import { PrerequisitesEditor } from '../features/inspector/PrerequisitesEditor';
import { IssuersDialog } from '../features/issuers/IssuersDialog';
import { ModuleEditor } from '../features/module-editor/ModuleEditor';
import { ModuleLibrary } from '../features/module-library/ModuleLibrary';
import { BoardDnd } from '../features/pathway-board/BoardDnd';
import { PathwayBoard } from '../features/pathway-board/PathwayBoard';
import { PathwayTabs } from '../features/pathway-board/PathwayTabs';
import { QaPanel } from '../features/qa-panel/QaPanel';
import {
  availableProfiles,
  countsByTarget,
  type QaRun,
  useQaReport,
} from '../features/qa-panel/use-qa-report';
import { ProfilesDialog } from '../features/qa-profiles/ProfilesDialog';
import { ReviewPanel } from '../features/review/ReviewPanel';
import { OpenWorkspaceDialog } from '../features/start/OpenWorkspaceDialog';
import { SampleButtons } from '../features/start/SampleButtons';
import { downloadBase64 } from '../ui/download';
import { AsideTabs } from './AsideTabs';
import { call, onAppEvent } from './api';
import { ErrorBoundary } from './ErrorBoundary';
import { headlineFor, refusalMessage } from './error-messages';
import { useT } from './i18n';
import { TopBar } from './TopBar';
import { unsavedWorkItems, unsavedWorkText } from './unsaved-work';

interface WorkspaceScreenProps {
  session: WorkspaceSession;
  /** Something the user should know about how this workspace was opened. */
  notice?: string | undefined;
  onSwitch: (session: WorkspaceSession, notice?: string) => void;
  /** Hands the shell the check to run before another workspace replaces this one. */
  registerLeaveGuard?: (guard: (() => Promise<string | null>) | null) => void;
}

/**
 * Saves what is pending before another workspace replaces this one. When something cannot be saved, asks
 * (naming it) whether to leave it behind; returns why the switch stops when the user stays.
 */
export async function saveBeforeLeaving(store: EditorStore, tr: Translator): Promise<string | null> {
  const flushed = await store.flush();
  if (flushed.ok) return null;
  const lost = unsavedWorkText(flushed, tr);
  if (window.confirm(tr.t('app.leave.confirm', { lost }))) return null;
  return `${lost} Fix it (or undo or discard it) before opening another workspace: opening it now would lose it.`;
}

export function WorkspaceScreen({ session, notice, onSwitch, registerLeaveGuard }: WorkspaceScreenProps) {
  const tr = useT();
  const store = useMemo(
    () =>
      createEditorStore(
        session,
        (workspace, baseRevision) => call('workspace.save', { workspace, baseRevision }),
        undefined,
        { afterCommand: reviseApprovedDesigns },
      ),
    [session],
  );
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (store.hasUnsavedChanges()) {
        void store.flush();
        event.preventDefault();
      }
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      // This workspace's screen is gone: no save timer of its store may fire into another workspace.
      store.dispose();
    };
  }, [store]);
  useEffect(() => {
    // Main's close dialog names what would be lost: keep it told, only when the list changes.
    let reported = '';
    const report = () => {
      const items = unsavedWorkItems(store.getState(), tr);
      const key = items.join('\n');
      if (key === reported) return;
      reported = key;
      void call('app.unsavedWork', { items });
    };
    report();
    return store.subscribe(report);
  }, [store, tr]);
  useEffect(() => {
    registerLeaveGuard?.(() => saveBeforeLeaving(store, tr));
    return () => registerLeaveGuard?.(null);
  }, [store, registerLeaveGuard, tr]);
  return (
    <EditorContext.Provider value={store}>
      {/* The store lives above the boundary: a crashed view reloads without losing work or its save. */}
      <ErrorBoundary>
        <Workbench
          onSwitch={onSwitch}
          notice={session.migratedFrom === undefined ? (notice ?? null) : migrationNotice(session)}
        />
      </ErrorBoundary>
    </EditorContext.Provider>
  );
}

function migrationNotice(session: WorkspaceSession): string {
  return `This workspace was saved by an older Stackwise (schema version ${session.migratedFrom}) and has been updated. The original is kept at ${session.backupPath}.`;
}

type Selection =
  | { kind: 'none' }
  /** A module; `fresh` is the blank a new one starts from until its form validates and creates it. */
  | { kind: 'module'; id: string; fresh?: Module }
  | { kind: 'group'; id: string };

function Workbench({
  onSwitch,
  notice,
}: {
  onSwitch: (s: WorkspaceSession, notice?: string) => void;
  notice: string | null;
}) {
  const tr = useT();
  const store = useEditorStore();
  const workspace = useEditor((s) => s.workspace);
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [activePathwayId, setActivePathwayId] = useState<string | null>(workspace.pathways[0]?.id ?? null);
  const [opening, setOpening] = useState(false);
  const [dialog, setDialog] = useState<
    'issuers' | 'profiles' | 'verify' | 'badges' | 'package' | 'open-package' | null
  >(null);
  const [announcement, setAnnouncement] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [asideTab, setAsideTab] = useState<'inspector' | 'quality' | 'review'>('inspector');
  const [activeProfileIds, setActiveProfileIds] = useState<ReadonlySet<string>>(
    () => new Set(builtInProfiles.map((p) => p.id)),
  );
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);

  const pathway = workspace.pathways.find((p) => p.id === activePathwayId) ?? workspace.pathways[0];
  const onBoard = useMemo(() => (pathway ? new Set(modulesInPathway(pathway)) : null), [pathway]);
  const qa = useQaReport(workspace, pathway?.id, activeProfileIds);
  const qaCounts = useMemo(() => countsByTarget(qa.ok ? qa.report.findings : []), [qa]);
  const qaErrors = qa.ok ? qa.report.findings.filter((f) => f.severity === 'error').length : 0;
  // Approval checks against every profile an export checks, whatever the panel shows, so switching a
  // profile off in the Quality tab cannot open the way to approval.
  const deferredWorkspace = useDeferredValue(workspace);
  const approvalQa = useMemo<QaRun>(() => {
    if (asideTab !== 'review' || !pathway) return { ok: false, message: 'No pathway to check' };
    try {
      const { report, profiles } = checkDesignForExport(deferredWorkspace, pathway.id);
      return { ok: true, report, profiles };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  }, [asideTab, deferredWorkspace, pathway]);
  const reviewState = pathway ? reviewOf(workspace, pathway.id).state : null;

  // A finding was clicked: once the inspector shows its module (or pathway), focus the field it names.
  useEffect(() => {
    if (pendingFocus === null) return;
    const frame = requestAnimationFrame(() => {
      const target = document.querySelector<HTMLElement>(
        `.inspector [data-field="${CSS.escape(pendingFocus)}"]`,
      );
      target?.scrollIntoView({ block: 'center' });
      target?.focus();
      setPendingFocus(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [pendingFocus]);

  const focusFinding = (finding: Finding) => {
    const { target } = finding;
    if (target.moduleId) setSelection({ kind: 'module', id: target.moduleId });
    else if (target.groupId) setSelection({ kind: 'group', id: target.groupId });
    else setSelection({ kind: 'none' });
    if (target.pathwayId && target.pathwayId !== pathway?.id) setActivePathwayId(target.pathwayId);
    setAsideTab('inspector');
    setPendingFocus(target.field ?? null);
  };

  /** Shows a module or group in the inspector, whichever side tab was open. */
  const inspect = (next: Selection) => {
    setSelection(next);
    setAsideTab('inspector');
  };

  const startNewModule = useCallback(() => {
    const now = new Date().toISOString();
    const modules = store.getState().workspace.modules;
    const fresh = newModule({ id: crypto.randomUUID(), code: nextModuleCode(modules), title: '', now });
    setSelection({ kind: 'module', id: fresh.id, fresh });
    setAsideTab('inspector');
  }, [store]);

  useEffect(() => {
    const editingText = (target: EventTarget | null) =>
      target instanceof HTMLElement && target.closest('input, textarea, select') !== null;
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (!action) return;
      if ((action === 'undo' || action === 'redo') && editingText(event.target)) return;
      event.preventDefault();
      if (action === 'undo') store.undo();
      else if (action === 'redo') store.redo();
      else if (action === 'save') void store.flush();
      else startNewModule();
    };
    window.addEventListener('keydown', onKey);
    const stopEvents = onAppEvent((event) => {
      if (event === 'menu.newModule') startNewModule();
      // The native Edit menu: a text field being edited undoes its typing, otherwise the design undoes.
      else if (event === 'menu.undo' || event === 'menu.redo') {
        if (editingText(document.activeElement))
          document.execCommand(event === 'menu.undo' ? 'undo' : 'redo');
        else if (event === 'menu.undo') store.undo();
        else store.redo();
      }
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      stopEvents();
    };
  }, [store, startNewModule]);

  const savedModule =
    selection.kind === 'module' ? workspace.modules.find((m) => m.id === selection.id) : undefined;
  // A module undo took away is shown as it was before that step, so its form is not built on stale values.
  const future = useEditor((s) => s.future);
  const undoneModule = useMemo(() => {
    if (selection.kind !== 'module' || savedModule) return undefined;
    for (const entry of future) {
      const module = entry.after.modules.find((m) => m.id === selection.id);
      if (module) return module;
    }
    return undefined;
  }, [selection, savedModule, future]);
  const selectedModule =
    savedModule ?? undoneModule ?? (selection.kind === 'module' ? selection.fresh : undefined);
  const selectedGroup =
    selection.kind === 'group' && pathway
      ? pathway.stages.flatMap((s) => s.items).find((i) => i.kind === 'choice' && i.id === selection.id)
      : undefined;

  const remove = (module: Module) => {
    const refusal = refusalMessage(
      store.dispatch(step('history.module.delete', { code: module.code }), (ws) =>
        deleteModule(ws, module.id),
      ),
      tr,
    );
    if (refusal) return setRefusal(refusal);
    // What was typed in its form goes with it (undo brings the module back as it was saved).
    store.discardDraft(draftKey.module(module.id));
    setSelection({ kind: 'none' });
    setAnnouncement(`Module ${module.code} deleted`);
  };

  /** Shows where a draft was typed, with the field that needs attention focused. */
  const goToDraft = (draft: EntityDraft) => {
    const owner = draftOwner(draft.key);
    if (!owner) return;
    if (owner.kind === 'issuer') return setDialog('issuers');
    if (owner.kind === 'profile') return setDialog('profiles');
    if (owner.kind === 'module') {
      const fresh = newModule({ id: owner.id, code: '', title: '', now: new Date().toISOString() });
      setSelection({ kind: 'module', id: owner.id, fresh });
    } else if (owner.kind === 'group') {
      setActivePathwayId(owner.pathwayId);
      setSelection({ kind: 'group', id: owner.id });
    } else {
      setActivePathwayId(owner.id);
      setSelection({ kind: 'none' });
    }
    setDialog(null);
    setAsideTab('inspector');
    setPendingFocus(draft.problems[0]?.field ?? draft.field);
  };
  const exportFixes: ExportFixes = {
    goToDraft,
    showQuality: () => {
      setDialog(null);
      setAsideTab('quality');
    },
    openIssuers: () => setDialog('issuers'),
  };

  const [progress, setProgress] = useState<string | null>(null);
  const exportSpec = async (pathwayId: string) => {
    setProgress('Making the programme specification…');
    // Print what the window shows: save it first, and name the revision so main refuses any other.
    const saved = await saveForExport(store, tr);
    if (!saved.ok) {
      setProgress(null);
      return setRefusal(`${headlineFor(saved.error, tr)} ${saved.error.message}`);
    }
    const result = await call('spec.render', {
      pathwayId,
      revision: saved.revision,
      workspacePath: saved.workspacePath,
    });
    setProgress(null);
    if (result.ok) {
      downloadBase64(result.value.fileName, result.value.base64, 'application/pdf');
      setAnnouncement(`${result.value.fileName} is ready (${result.value.pages} pages)`);
    } else setRefusal(`${headlineFor(result.error, tr)} ${result.error.message}`);
  };

  const openSample = async (sample: SampleId) => {
    const unsaved = await saveBeforeLeaving(store, tr);
    if (unsaved) return setRefusal(unsaved);
    const result = await call('workspace.openSample', { sample });
    if (result.ok) onSwitch(result.value);
    else setRefusal(result.error.message);
  };

  return (
    <div className="app">
      <TopBar
        onOpen={(which) => (which === 'open-workspace' ? setOpening(true) : setDialog(which))}
        onGoToDraft={goToDraft}
      />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <BoardDnd
        pathway={pathway}
        onRefused={(message) => {
          setRefusal(message);
          setAnnouncement(message);
        }}
      >
        <div className="workbench">
          <ModuleLibrary
            selectedId={selection.kind === 'module' ? selection.id : null}
            onBoard={onBoard}
            onSelect={(id) => inspect({ kind: 'module', id })}
            onNew={startNewModule}
          />
          <main className="center" aria-label="Pathways">
            <PathwayTabs
              activeId={pathway?.id ?? null}
              onExportBadges={() => setDialog('badges')}
              onExportPackage={() => setDialog('package')}
              onExportSpec={() => pathway && void exportSpec(pathway.id)}
              progress={progress}
              onRefused={setRefusal}
              onActivate={(id) => {
                setActivePathwayId(id);
                setSelection({ kind: 'none' });
              }}
            />
            {refusal && (
              <div className="callout callout--error refusal" role="alert">
                <p>{refusal}</p>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => setRefusal(null)}
                >
                  Dismiss
                </button>
              </div>
            )}
            {pathway ? (
              <PathwayBoard
                pathway={pathway}
                selectedModuleId={selection.kind === 'module' ? selection.id : null}
                onSelectModule={(id) => inspect({ kind: 'module', id })}
                onSelectGroup={(id) => inspect({ kind: 'group', id })}
                onRefused={setRefusal}
                qaCounts={qaCounts}
              />
            ) : (
              <div className="placeholder">
                <h2>Compose a pathway</h2>
                <p>
                  A pathway stacks modules into stages and leads to a larger award. Create one with “New
                  pathway”, or open the sample workspace to see two complete stacks.
                </p>
                <SampleButtons primary onOpen={(sample) => void openSample(sample)} />
              </div>
            )}
          </main>
          <aside className="panel inspector" aria-label="Inspector, quality and review">
            <AsideTabs
              active={asideTab}
              onChange={setAsideTab}
              tabs={[
                { id: 'inspector', label: 'Inspector' },
                {
                  id: 'quality',
                  label: 'Quality',
                  badge: qaErrors > 0 && (
                    <span className="chip chip--error">
                      {qaErrors}
                      <span className="visually-hidden"> {qaErrors === 1 ? 'error' : 'errors'}</span>
                    </span>
                  ),
                },
                {
                  id: 'review',
                  label: 'Review',
                  badge: reviewState && (
                    <>
                      <span
                        className={`review-dot review-dot--${reviewState}`}
                        title={reviewStateLabels[reviewState]}
                        aria-hidden="true"
                      />
                      <span className="visually-hidden">: {reviewStateLabels[reviewState]}</span>
                    </>
                  ),
                },
              ]}
            />
            <div
              role="tabpanel"
              id="panel-inspector"
              aria-labelledby="tab-inspector"
              hidden={asideTab !== 'inspector'}
            >
              {selectedModule ? (
                <>
                  <ModuleEditor
                    key={selectedModule.id}
                    module={selectedModule}
                    isNew={savedModule === undefined}
                    undone={undoneModule !== undefined}
                    onDelete={() => remove(selectedModule)}
                    onDiscardNew={() => setSelection({ kind: 'none' })}
                  />
                  {pathway && onBoard?.has(selectedModule.id) && (
                    <div className="form-body">
                      <PrerequisitesEditor pathway={pathway} moduleId={selectedModule.id} />
                    </div>
                  )}
                </>
              ) : selectedGroup?.kind === 'choice' && pathway ? (
                <GroupInspector
                  key={selectedGroup.id}
                  pathway={pathway}
                  group={selectedGroup}
                  onClose={() => setSelection({ kind: 'none' })}
                />
              ) : pathway ? (
                <PathwayInspector key={pathway.id} pathway={pathway} />
              ) : (
                <div className="placeholder">
                  <h2>{workspace.modules.length === 0 ? 'Start with a module' : 'Choose a module'}</h2>
                  <p>
                    A module is one micro-credential: its outcomes, credit, level and assessment. Select one
                    from the library to edit it, or create a new one.
                  </p>
                  <button type="button" className="button button--primary" onClick={startNewModule}>
                    New module
                  </button>
                </div>
              )}
            </div>
            <div
              role="tabpanel"
              id="panel-quality"
              aria-labelledby="tab-quality"
              hidden={asideTab !== 'quality'}
            >
              <QaPanel
                workspace={workspace}
                run={qa}
                profiles={availableProfiles(workspace)}
                activeIds={activeProfileIds}
                onToggleProfile={(id) =>
                  setActiveProfileIds((ids) => {
                    const next = new Set(ids);
                    if (!next.delete(id)) next.add(id);
                    return next;
                  })
                }
                onFocusFinding={focusFinding}
                onEditProfiles={() => setDialog('profiles')}
              />
            </div>
            <div
              role="tabpanel"
              id="panel-review"
              aria-labelledby="tab-review"
              hidden={asideTab !== 'review'}
            >
              {pathway ? (
                <ReviewPanel
                  key={pathway.id}
                  workspace={workspace}
                  pathway={pathway}
                  qa={approvalQa}
                  onShowComment={(comment) => {
                    if (comment.moduleId) setSelection({ kind: 'module', id: comment.moduleId });
                    setAsideTab('inspector');
                    setPendingFocus(comment.field || null);
                  }}
                />
              ) : (
                <div className="placeholder">
                  <h2>Nothing to review yet</h2>
                  <p>A review follows one pathway with its modules. Create or open a pathway first.</p>
                </div>
              )}
            </div>
          </aside>
        </div>
      </BoardDnd>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {dialog === 'issuers' && <IssuersDialog onClose={() => setDialog(null)} />}
      {dialog === 'profiles' && <ProfilesDialog onClose={() => setDialog(null)} />}
      {dialog === 'verify' && <VerifyDialog onClose={() => setDialog(null)} />}
      {dialog === 'badges' && pathway && (
        <BadgesDialog pathway={pathway} onClose={() => setDialog(null)} fixes={exportFixes} />
      )}
      {dialog === 'package' && pathway && (
        <PackageDialog pathway={pathway} onClose={() => setDialog(null)} fixes={exportFixes} />
      )}
      {dialog === 'open-package' && (
        <OpenPackageDialog
          onClose={() => setDialog(null)}
          onImported={(pathwayId) => {
            setActivePathwayId(pathwayId);
            setSelection({ kind: 'none' });
            setDialog(null);
            setAnnouncement('The programme package was imported');
          }}
        />
      )}
      {opening && (
        <OpenWorkspaceDialog
          onClose={() => setOpening(false)}
          beforeOpen={() => saveBeforeLeaving(store, tr)}
          onOpened={(session, opened) => {
            setOpening(false);
            onSwitch(session, opened);
          }}
        />
      )}
    </div>
  );
}
