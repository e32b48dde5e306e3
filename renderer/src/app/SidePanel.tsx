import { valueLabel } from '@locales/values';
import { reviewOf } from '@shared/domain/review';
import { checkDesignForExport } from '@shared/qa/design-check';
import type { Finding } from '@shared/qa/rule';
import type { Module } from '@shared/schemas/module';
import type { Pathway } from '@shared/schemas/pathway';
import type { ReviewComment } from '@shared/schemas/review';
import { useDeferredValue, useMemo } from 'react';
import { useEditor } from '../editor/use-editor';
import { GroupInspector } from '../features/inspector/GroupInspector';
import { PathwayInspector } from '../features/inspector/PathwayInspector';
import { PrerequisitesEditor } from '../features/inspector/PrerequisitesEditor';
import { ModuleEditor } from '../features/module-editor/ModuleEditor';
import { QaPanel } from '../features/qa-panel/QaPanel';
import { availableProfiles, type QaRun } from '../features/qa-panel/use-qa-report';
import { ReviewPanel } from '../features/review/ReviewPanel';
import { ActionButton } from './ActionButton';
import { AsideTabs } from './AsideTabs';
import { actions, type SidePanelTab } from './actions';
import { useT } from './i18n';
import { useActions } from './use-actions';

/** What the inspector shows. */
export type Selection =
  | { kind: 'none' }
  /** A module; `fresh` is the blank a new one starts from until its form validates and creates it. */
  | { kind: 'module'; id: string; fresh?: Module }
  | { kind: 'group'; id: string };

interface SidePanelProps {
  tab: SidePanelTab;
  onTab: (tab: SidePanelTab) => void;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  pathway: Pathway | undefined;
  /** The modules on the active pathway's board. */
  onBoard: ReadonlySet<string> | null;
  qa: QaRun;
  activeProfileIds: ReadonlySet<string>;
  onToggleProfile: (id: string) => void;
  onFocusFinding: (finding: Finding) => void;
  onShowComment: (comment: ReviewComment) => void;
  onDeleteModule: (module: Module) => void;
}

/** The side panel: the inspector of what is selected, the quality findings and the pathway's review. */
export function SidePanel(props: SidePanelProps) {
  const { tab, onTab, selection, onSelect, pathway, onBoard, qa } = props;
  const tr = useT();
  const registry = useActions();
  const workspace = useEditor((s) => s.workspace);
  const future = useEditor((s) => s.future);
  const qaErrors = qa.ok ? qa.report.findings.filter((f) => f.severity === 'error').length : 0;
  const reviewState = pathway ? reviewOf(workspace, pathway.id).state : null;

  // Approval checks against every profile an export checks, whatever the panel shows, so switching a
  // profile off in the Quality tab cannot open the way to approval.
  const deferredWorkspace = useDeferredValue(workspace);
  const approvalQa = useMemo<QaRun>(() => {
    if (tab !== 'review' || !pathway) return { ok: false, message: tr.t('app.approval.noPathway') };
    try {
      const { report, profiles } = checkDesignForExport(deferredWorkspace, pathway.id);
      return { ok: true, report, profiles };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  }, [tab, deferredWorkspace, pathway, tr]);

  const savedModule =
    selection.kind === 'module' ? workspace.modules.find((m) => m.id === selection.id) : undefined;
  // A module undo took away is shown as it was before that step, so its form is not built on stale values.
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
  const reviewWords = reviewState ? valueLabel(tr, 'reviewState', reviewState) : '';

  return (
    <aside className="panel inspector" aria-label={tr.t('app.region.aside')}>
      <AsideTabs
        active={tab}
        onChange={onTab}
        tabs={[
          { id: 'inspector', label: tr.t(actions.showInspector.labelKey) },
          {
            id: 'quality',
            label: tr.t(actions.showQuality.labelKey),
            badge: qaErrors > 0 && (
              <span className="chip chip--error">
                {tr.number(qaErrors)}
                <span className="visually-hidden"> {tr.t('app.aside.errors', { count: qaErrors })}</span>
              </span>
            ),
          },
          {
            id: 'review',
            label: tr.t(actions.showReview.labelKey),
            badge: reviewState && (
              <>
                <span
                  className={`review-dot review-dot--${reviewState}`}
                  title={reviewWords}
                  aria-hidden="true"
                />
                <span className="visually-hidden">
                  {tr.t('app.aside.reviewState', { state: reviewWords })}
                </span>
              </>
            ),
          },
        ]}
      />
      <div role="tabpanel" id="panel-inspector" aria-labelledby="tab-inspector" hidden={tab !== 'inspector'}>
        {selectedModule ? (
          <>
            <ModuleEditor
              key={selectedModule.id}
              module={selectedModule}
              isNew={savedModule === undefined}
              undone={undoneModule !== undefined}
              onDelete={() => props.onDeleteModule(selectedModule)}
              onDiscardNew={() => onSelect({ kind: 'none' })}
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
            onClose={() => onSelect({ kind: 'none' })}
          />
        ) : pathway ? (
          <PathwayInspector key={pathway.id} pathway={pathway} />
        ) : (
          <div className="placeholder">
            <h2>
              {tr.t(workspace.modules.length === 0 ? 'app.empty.module.start' : 'app.empty.module.choose')}
            </h2>
            <p>{tr.t('app.empty.module.text')}</p>
            <ActionButton id="newModule" className="button button--primary" />
          </div>
        )}
      </div>
      <div role="tabpanel" id="panel-quality" aria-labelledby="tab-quality" hidden={tab !== 'quality'}>
        <QaPanel
          workspace={workspace}
          run={qa}
          profiles={availableProfiles(workspace)}
          activeIds={props.activeProfileIds}
          onToggleProfile={props.onToggleProfile}
          onFocusFinding={props.onFocusFinding}
          onEditProfiles={() => registry.run('qaProfiles')}
        />
      </div>
      <div role="tabpanel" id="panel-review" aria-labelledby="tab-review" hidden={tab !== 'review'}>
        {pathway ? (
          <ReviewPanel
            key={pathway.id}
            workspace={workspace}
            pathway={pathway}
            qa={approvalQa}
            onShowComment={props.onShowComment}
          />
        ) : (
          <div className="placeholder">
            <h2>{tr.t('app.empty.review.title')}</h2>
            <p>{tr.t('app.empty.review.text')}</p>
          </div>
        )}
      </div>
    </aside>
  );
}
