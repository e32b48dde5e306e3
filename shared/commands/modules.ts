import type { Module } from '../schemas/module';
import type { StageItem } from '../schemas/pathway';
import type { Workspace } from '../schemas/workspace';

/** Thrown by a command whose payload does not fit the workspace; carries the field it concerns. */
export class CommandError extends Error {
  constructor(
    readonly code: 'module.not-found' | 'module.duplicate-code' | 'module.duplicate-id',
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

function assertCodeFree(workspace: Workspace, code: string, exceptId?: string): void {
  const clash = workspace.modules.find((m) => m.code === code && m.id !== exceptId);
  if (clash) {
    throw new CommandError(
      'module.duplicate-code',
      `Code ${code} is already used by “${clash.title}”`,
      'code',
    );
  }
}

export function createModule(workspace: Workspace, module: Module): Workspace {
  if (workspace.modules.some((m) => m.id === module.id)) {
    throw new CommandError('module.duplicate-id', `A module with id ${module.id} already exists`, 'id');
  }
  assertCodeFree(workspace, module.code);
  return { ...workspace, modules: [...workspace.modules, module] };
}

/** Replaces a module by id; `now` becomes its updatedAt. */
export function updateModule(workspace: Workspace, module: Module, now: string): Workspace {
  const index = workspace.modules.findIndex((m) => m.id === module.id);
  if (index < 0) throw new CommandError('module.not-found', `Module ${module.id} does not exist`, 'id');
  assertCodeFree(workspace, module.code, module.id);
  const modules = workspace.modules.slice();
  modules[index] = { ...module, updatedAt: now };
  return { ...workspace, modules };
}

/** Deletes a module and every reference to it in pathways (stage items, choice groups, prerequisites). */
export function deleteModule(workspace: Workspace, moduleId: string): Workspace {
  if (!workspace.modules.some((m) => m.id === moduleId)) {
    throw new CommandError('module.not-found', `Module ${moduleId} does not exist`, 'id');
  }
  return {
    ...workspace,
    modules: workspace.modules.filter((m) => m.id !== moduleId),
    pathways: workspace.pathways.map((pathway) => ({
      ...pathway,
      stages: pathway.stages.map((stage) => ({
        ...stage,
        items: stage.items.flatMap((item): StageItem[] => {
          if (item.kind === 'module') return item.moduleId === moduleId ? [] : [item];
          return [{ ...item, moduleIds: item.moduleIds.filter((id) => id !== moduleId) }];
        }),
      })),
      prerequisites: pathway.prerequisites.filter((p) => p.before !== moduleId && p.after !== moduleId),
    })),
  };
}
