import { pathwayCredits } from '@shared/domain/credits';
import {
  addChoiceGroup,
  addStage,
  moveStage,
  removeModule,
  removeStage,
  renameStage,
} from '@shared/domain/pathway-ops';
import type { Pathway } from '@shared/schemas/pathway';
import { useMemo } from 'react';
import { refusalMessage } from '../../app/error-messages';
import { useT } from '../../app/i18n';
import { changePathway } from '../../editor/pathway-actions';
import { type StepLabel, step } from '../../editor/store';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import type { FindingCounts } from '../qa-panel/use-qa-report';
import type { TileContext } from './BoardTiles';
import { rangeText, verdictText } from './credit-text';
import { PATHWAY_PANEL_ID } from './PathwayTabs';
import { StageColumn } from './StageColumn';

interface PathwayBoardProps {
  pathway: Pathway;
  selectedModuleId: string | null;
  onSelectModule: (moduleId: string) => void;
  onSelectGroup: (groupId: string) => void;
  onRefused: (message: string) => void;
  qaCounts: { modules: ReadonlyMap<string, FindingCounts>; stages: ReadonlyMap<string, FindingCounts> };
}

const newId = () => crypto.randomUUID();

/** A stage's own findings plus those of the modules it holds. */
function stageFindings(stage: Pathway['stages'][number], qa: PathwayBoardProps['qaCounts']): FindingCounts {
  const total = { error: 0, warning: 0, info: 0, ...qa.stages.get(stage.id) };
  for (const item of stage.items) {
    for (const moduleId of item.kind === 'module' ? [item.moduleId] : item.moduleIds) {
      const counts = qa.modules.get(moduleId);
      if (!counts) continue;
      total.error += counts.error;
      total.warning += counts.warning;
      total.info += counts.info;
    }
  }
  return total;
}

/** The pathway's stages as columns, with live credit totals against the award. */
export function PathwayBoard({
  pathway,
  selectedModuleId,
  onSelectModule,
  onSelectGroup,
  onRefused,
  qaCounts,
}: PathwayBoardProps) {
  const tr = useT();
  const store = useEditorStore();
  const modules = useEditor((s) => s.workspace.modules);
  const modulesById = useMemo(() => new Map(modules.map((m) => [m.id, m])), [modules]);
  const credits = useMemo(() => pathwayCredits(pathway, modules), [pathway, modules]);

  const change = (label: StepLabel, op: (p: Pathway) => Pathway) => {
    const refusal = refusalMessage(changePathway(store, pathway.id, label, op), tr);
    if (refusal) onRefused(refusal);
  };

  const context: TileContext = {
    modulesById,
    prerequisitesOf: (moduleId) =>
      pathway.prerequisites
        .filter((edge) => edge.after === moduleId)
        .map((edge) => modulesById.get(edge.before)?.code ?? edge.before),
    selectedId: selectedModuleId,
    findingsOf: (moduleId) => qaCounts.modules.get(moduleId),
    onSelectModule,
    onSelectGroup,
    onRemoveModule: (moduleId) =>
      change(
        step('history.module.removeFromPathway', { code: modulesById.get(moduleId)?.code ?? moduleId }),
        (p) => removeModule(p, moduleId),
      ),
  };

  return (
    <section
      className="board"
      role="tabpanel"
      id={PATHWAY_PANEL_ID}
      aria-label={tr.t('board.board.label', { title: pathway.title })}
    >
      <section className="totals" aria-label={tr.t('board.totals.label')}>
        <div className="totals__figure">
          <span className="totals__label">{tr.t('board.totals.required')}</span>
          <span className="totals__value" data-testid="credits-required">
            {tr.number(credits.required)}
          </span>
        </div>
        <div className="totals__figure">
          <span className="totals__label">{tr.t('board.totals.earns')}</span>
          <span className="totals__value" data-testid="credits-range">
            {rangeText(credits, tr)}
          </span>
        </div>
        <p className={`totals__verdict totals__verdict--${credits.verdict}`} data-testid="credits-verdict">
          {verdictText(credits, tr)}
        </p>
        {credits.missingCredit.length > 0 && (
          <p className="totals__note">
            {tr.t('board.totals.missingCredit', { count: credits.missingCredit.length })}
          </p>
        )}
      </section>
      <div className="stages">
        {pathway.stages.map((stage, position) => (
          <StageColumn
            key={stage.id}
            stage={stage}
            position={position}
            count={pathway.stages.length}
            context={context}
            findings={stageFindings(stage, qaCounts)}
            onRename={(title) =>
              change(step('history.stage.rename', { title }), (p) => renameStage(p, stage.id, title))
            }
            onMove={(toIndex) =>
              change(step('history.stage.move', { title: stage.title }), (p) =>
                moveStage(p, stage.id, toIndex),
              )
            }
            onDelete={() =>
              change(step('history.stage.delete', { title: stage.title }), (p) => removeStage(p, stage.id))
            }
            onAddGroup={() => {
              const id = newId();
              change(step('history.group.add'), (p) =>
                addChoiceGroup(p, stage.id, { id, title: tr.t('board.group.defaultTitle'), choose: 1 }),
              );
              onSelectGroup(id);
            }}
          />
        ))}
        <button
          type="button"
          className="stage stage--add"
          onClick={() =>
            change(step('history.stage.add'), (p) =>
              addStage(p, {
                id: newId(),
                title: tr.t('board.stage.defaultTitle', { number: p.stages.length + 1 }),
              }),
            )
          }
        >
          {tr.t('board.stage.add')}
        </button>
      </div>
    </section>
  );
}
