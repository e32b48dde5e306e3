import { deleteModule } from '@shared/commands/modules';
import type { WorkspaceSession } from '@shared/contract/commands';
import type { AppError } from '@shared/contract/errors';
import type { SampleId } from '@shared/contract/samples';
import { newModule, nextModuleCode } from '@shared/domain/module';
import { modulesInPathway } from '@shared/domain/pathway-ops';
import { builtInProfiles } from '@shared/qa/profiles';
import type { Finding } from '@shared/qa/rule';
import type { Module } from '@shared/schemas/module';
import { useCallback, useMemo, useState } from 'react';
import { draftKey, draftOwner } from '../editor/draft-keys';
import { type EntityDraft, step } from '../editor/store';
import { useEditor, useEditorStore } from '../editor/use-editor';
import type { ExportFixes } from '../features/export/ExportReadiness';
import { saveForExport } from '../features/export/export-readiness';
import { ModuleLibrary } from '../features/module-library/ModuleLibrary';
import { BoardDnd } from '../features/pathway-board/BoardDnd';
import { PathwayBoard } from '../features/pathway-board/PathwayBoard';
import { PathwayTabs } from '../features/pathway-board/PathwayTabs';
import { countsByTarget, useQaReport } from '../features/qa-panel/use-qa-report';
import { OpenWorkspaceDialog } from '../features/start/OpenWorkspaceDialog';
import { SampleButtons } from '../features/start/SampleButtons';
import { downloadBase64 } from '../ui/download';
import type { ActionContext, SidePanelTab, WorkbenchDialog } from './actions';
import { call } from './api';
import { errorDetail, headlineFor, refusalMessage } from './error-messages';
import { useT } from './i18n';
import { type Selection, SidePanel } from './SidePanel';
import { TopBar } from './TopBar';
import { saveBeforeLeaving } from './unsaved-work';
import { ActionsProvider, useActionRegistry } from './use-actions';
import { useFieldFocus } from './use-field-focus';
import { WorkbenchDialogs } from './WorkbenchDialogs';

/**
 * The open workspace's screen: the library, the pathway board and the side panel, the dialogs, and the
 * action registry every key, menu item and button goes through.
 */
export function Workbench({
  onSwitch,
  notice,
}: {
  onSwitch: (s: WorkspaceSession, notice?: string) => void;
  notice: string | null;
}) {
  const tr = useT();
  const store = useEditorStore();
  const workspace = useEditor((s) => s.workspace);
  const canUndo = useEditor((s) => s.past.length > 0);
  const canRedo = useEditor((s) => s.future.length > 0);
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [activePathwayId, setActivePathwayId] = useState<string | null>(workspace.pathways[0]?.id ?? null);
  const [opening, setOpening] = useState(false);
  const [dialog, setDialog] = useState<WorkbenchDialog | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [asideTab, setAsideTab] = useState<SidePanelTab>('inspector');
  const [activeProfileIds, setActiveProfileIds] = useState<ReadonlySet<string>>(
    () => new Set(builtInProfiles.map((p) => p.id)),
  );
  const [exporting, setExporting] = useState(false);
  const focusField = useFieldFocus();

  const pathway = workspace.pathways.find((p) => p.id === activePathwayId) ?? workspace.pathways[0];
  const onBoard = useMemo(() => (pathway ? new Set(modulesInPathway(pathway)) : null), [pathway]);
  const qa = useQaReport(workspace, pathway?.id, activeProfileIds);
  const qaCounts = useMemo(() => countsByTarget(qa.ok ? qa.report.findings : []), [qa]);
  const refuse = (error: AppError) =>
    setRefusal(
      tr.t('app.notice.error', { headline: headlineFor(error, tr), detail: errorDetail(error, tr) }),
    );

  /** A finding was clicked: show its module (or group, or pathway) and focus the field it names. */
  const focusFinding = (finding: Finding) => {
    const { target } = finding;
    if (target.moduleId) setSelection({ kind: 'module', id: target.moduleId });
    else if (target.groupId) setSelection({ kind: 'group', id: target.groupId });
    else setSelection({ kind: 'none' });
    if (target.pathwayId && target.pathwayId !== pathway?.id) setActivePathwayId(target.pathwayId);
    setAsideTab('inspector');
    focusField(target.field ?? null);
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

  const remove = (module: Module) => {
    const refused = refusalMessage(
      store.dispatch(step('history.module.delete', { code: module.code }), (ws) =>
        deleteModule(ws, module.id),
      ),
      tr,
    );
    if (refused) return setRefusal(refused);
    // What was typed in its form goes with it (undo brings the module back as it was saved).
    store.discardDraft(draftKey.module(module.id));
    setSelection({ kind: 'none' });
    setAnnouncement(tr.t('app.announce.moduleDeleted', { code: module.code }));
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
    focusField(draft.problems[0]?.field ?? draft.field);
  };
  const exportFixes: ExportFixes = {
    goToDraft,
    showQuality: () => {
      setDialog(null);
      setAsideTab('quality');
    },
    openIssuers: () => setDialog('issuers'),
  };

  const exportSpec = async (pathwayId: string) => {
    setExporting(true);
    // Print what the window shows: save it first, and name the revision so main refuses any other.
    const saved = await saveForExport(store, tr);
    if (!saved.ok) {
      setExporting(false);
      return refuse(saved.error);
    }
    const result = await call('spec.render', {
      pathwayId,
      revision: saved.revision,
      workspacePath: saved.workspacePath,
    });
    setExporting(false);
    if (!result.ok) return refuse(result.error);
    const { fileName, base64, pages } = result.value;
    downloadBase64(fileName, base64, 'application/pdf');
    setAnnouncement(tr.t('app.spec.ready', { fileName, pages }));
  };

  const openSample = async (sample: SampleId) => {
    const unsaved = await saveBeforeLeaving(store, tr);
    if (unsaved) return setRefusal(unsaved);
    const result = await call('workspace.openSample', { sample });
    if (result.ok) onSwitch(result.value);
    else refuse(result.error);
  };

  const actionContext: ActionContext = {
    store,
    startNewModule,
    openDialog: setDialog,
    openWorkspace: () => setOpening(true),
    showPanel: setAsideTab,
    exportSpec: () => pathway && void exportSpec(pathway.id),
    editText: (command) => document.execCommand(command),
  };
  const registry = useActionRegistry(
    { canUndo, canRedo, hasPathway: pathway !== undefined, busy: exporting },
    actionContext,
  );

  return (
    <ActionsProvider value={registry}>
      <div className="app">
        <TopBar onGoToDraft={goToDraft} />
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
              onNew={() => registry.run('newModule')}
            />
            <main className="center" aria-label={tr.t('app.region.pathways')}>
              <PathwayTabs
                activeId={pathway?.id ?? null}
                progress={exporting ? tr.t('app.spec.making') : null}
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
                    {tr.t('common.dismiss')}
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
                  <h2>{tr.t('app.empty.pathway.title')}</h2>
                  <p>{tr.t('app.empty.pathway.text')}</p>
                  <div className="placeholder__actions">
                    <SampleButtons primary onOpen={(sample) => void openSample(sample)} />
                  </div>
                </div>
              )}
            </main>
            <SidePanel
              tab={asideTab}
              onTab={setAsideTab}
              selection={selection}
              onSelect={setSelection}
              pathway={pathway}
              onBoard={onBoard}
              qa={qa}
              activeProfileIds={activeProfileIds}
              onToggleProfile={(id) =>
                setActiveProfileIds((ids) => {
                  const next = new Set(ids);
                  if (!next.delete(id)) next.add(id);
                  return next;
                })
              }
              onFocusFinding={focusFinding}
              onShowComment={(comment) => {
                if (comment.moduleId) setSelection({ kind: 'module', id: comment.moduleId });
                setAsideTab('inspector');
                focusField(comment.field || null);
              }}
              onDeleteModule={remove}
            />
          </div>
        </BoardDnd>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        <WorkbenchDialogs
          dialog={dialog}
          pathway={pathway}
          fixes={exportFixes}
          onClose={() => setDialog(null)}
          onImported={(pathwayId) => {
            setActivePathwayId(pathwayId);
            setSelection({ kind: 'none' });
            setDialog(null);
            setAnnouncement(tr.t('app.announce.packageImported'));
          }}
        />
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
    </ActionsProvider>
  );
}
