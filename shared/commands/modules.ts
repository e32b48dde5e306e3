import { DomainError, parseField } from '../domain/errors';
import { IsoDateTime } from '../schemas/fields';
import type { Module } from '../schemas/module';
import { Module as ModuleSchema } from '../schemas/module';
import type { StageItem } from '../schemas/pathway';
import type { Workspace } from '../schemas/workspace';

/** A module may only name an issuer of the workspace; the workspace schema would refuse the save otherwise. */
function assertIssuerExists(workspace: Workspace, module: Module): void {
  if (module.issuerId !== undefined && !workspace.issuers.some((i) => i.id === module.issuerId)) {
    throw new DomainError('issuer.not-found', { field: 'issuerId', params: { id: module.issuerId } });
  }
}

function assertCodeFree(workspace: Workspace, module: Module, exceptId?: string): void {
  const clash = workspace.modules.find((m) => m.code === module.code && m.id !== exceptId);
  if (clash) {
    throw new DomainError('module.duplicate-code', {
      field: 'code',
      params: { code: module.code, title: clash.title },
    });
  }
}

/** Adds a module; refuses one the module schema refuses, a taken id and a taken code. */
export function createModule(workspace: Workspace, module: Module): Workspace {
  const valid = parseField(ModuleSchema, module);
  if (workspace.modules.some((m) => m.id === valid.id)) {
    throw new DomainError('module.duplicate-id', { field: 'id', params: { id: valid.id } });
  }
  assertCodeFree(workspace, valid);
  assertIssuerExists(workspace, valid);
  return { ...workspace, modules: [...workspace.modules, valid] };
}

/** Replaces a module by id; `now` becomes its updatedAt. */
export function updateModule(workspace: Workspace, module: Module, now: string): Workspace {
  const valid = parseField(ModuleSchema, {
    ...module,
    updatedAt: parseField(IsoDateTime, now, { field: 'now' }),
  });
  const index = workspace.modules.findIndex((m) => m.id === valid.id);
  if (index < 0) throw new DomainError('module.not-found', { field: 'id', params: { id: valid.id } });
  assertCodeFree(workspace, valid, valid.id);
  assertIssuerExists(workspace, valid);
  const modules = workspace.modules.slice();
  modules[index] = valid;
  return { ...workspace, modules };
}

/** Deletes a module and every reference to it in pathways (stage items, choice groups, prerequisites). */
export function deleteModule(workspace: Workspace, moduleId: string): Workspace {
  if (!workspace.modules.some((m) => m.id === moduleId)) {
    throw new DomainError('module.not-found', { field: 'id', params: { id: moduleId } });
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
