import { creditLabel, levelLabel } from '@shared/domain/labels';
import type { Workspace } from '@shared/schemas/workspace';

/** What `stackwise info` prints: the workspace's issuers, modules and pathways, one line each. */
export function formatWorkspaceInfo(workspace: Workspace, file: string, migratedFrom?: number): string {
  const lines = [`Workspace “${workspace.title}”`, `  file: ${file}`];
  lines.push(
    `  schema version ${workspace.schemaVersion}${migratedFrom !== undefined && migratedFrom !== workspace.schemaVersion ? ` (the file has version ${migratedFrom}; Stackwise migrates it when the app opens it)` : ''}, revision ${workspace.revision}, updated ${workspace.updatedAt}`,
  );
  lines.push('', `Issuers (${workspace.issuers.length})`);
  for (const issuer of workspace.issuers) {
    const extras = [issuer.country, issuer.url].filter(Boolean).join(' · ');
    lines.push(`  ${issuer.name}${extras ? ` — ${extras}` : ''}`);
  }
  lines.push('', `Modules (${workspace.modules.length})`);
  for (const module of workspace.modules) {
    lines.push(
      `  ${module.code.padEnd(12)} ${module.title} — ${creditLabel(module.credit)}, ${levelLabel(module.level)}, ${module.status}`,
    );
  }
  lines.push('', `Pathways (${workspace.pathways.length})`);
  for (const pathway of workspace.pathways) {
    const moduleCount = new Set(
      pathway.stages.flatMap((s) =>
        s.items.flatMap((i) => (i.kind === 'module' ? [i.moduleId] : i.moduleIds)),
      ),
    ).size;
    lines.push(
      `  ${pathway.title} → ${pathway.award.title} (${pathway.award.type}) — ${pathway.stages.length} stages, ${moduleCount} modules, ${pathway.status}`,
    );
  }
  return lines.join('\n');
}
