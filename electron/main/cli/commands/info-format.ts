import type { Translator } from '@locales/translate';
import { creditAmount, valueLabel } from '@locales/values';
import type { Workspace } from '@shared/schemas/workspace';
import { levelWords } from '@shared/spec/summary';
import { sayWords } from '../../export/spec-words';

/** What `stackwise info` prints: the workspace's issuers, modules and pathways, one line each. */
export function formatWorkspaceInfo(
  workspace: Workspace,
  file: string,
  tr: Translator,
  migratedFrom?: number,
): string {
  const { t } = tr;
  const schema = {
    version: workspace.schemaVersion,
    revision: workspace.revision,
    updated: tr.date(workspace.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }),
  };
  const lines = [
    t('cli.info.workspace', { title: workspace.title }),
    `  ${t('cli.info.file', { file })}`,
    `  ${
      migratedFrom !== undefined && migratedFrom !== workspace.schemaVersion
        ? t('cli.info.schema.migrated', { ...schema, fileVersion: migratedFrom })
        : t('cli.info.schema', schema)
    }`,
  ];
  lines.push('', t('cli.info.issuers', { count: workspace.issuers.length }));
  for (const issuer of workspace.issuers) {
    const extras = [issuer.country, issuer.url].filter(Boolean).join(' · ');
    lines.push(`  ${issuer.name}${extras ? ` — ${extras}` : ''}`);
  }
  lines.push('', t('cli.info.modules', { count: workspace.modules.length }));
  for (const module of workspace.modules) {
    const line = t('cli.info.module', {
      title: module.title,
      credit: module.credit
        ? creditAmount(tr, module.credit.value, module.credit.system)
        : t('cli.info.noCredit'),
      level: module.level ? sayWords(levelWords(module.level), tr) : t('cli.info.noLevel'),
      status: valueLabel(tr, 'designStatus', module.status),
    });
    lines.push(`  ${module.code.padEnd(12)} ${line}`);
  }
  lines.push('', t('cli.info.pathways', { count: workspace.pathways.length }));
  for (const pathway of workspace.pathways) {
    const moduleCount = new Set(
      pathway.stages.flatMap((s) =>
        s.items.flatMap((i) => (i.kind === 'module' ? [i.moduleId] : i.moduleIds)),
      ),
    ).size;
    const line = t('cli.info.pathway', {
      title: pathway.title,
      award: pathway.award.title,
      type: valueLabel(tr, 'awardType', pathway.award.type),
      stages: pathway.stages.length,
      modules: moduleCount,
      status: valueLabel(tr, 'designStatus', pathway.status),
    });
    lines.push(`  ${line}`);
  }
  return lines.join('\n');
}
