import { runProfiles } from '@shared/qa/engine';
import type { Finding, Severity } from '@shared/qa/rule';
import { ruleById } from '@shared/qa/rules';
import type { Module } from '@shared/schemas/module';
import type { Pathway } from '@shared/schemas/pathway';
import type { Workspace } from '@shared/schemas/workspace';
import { fullModule, NOW, workspaceWith } from '../../fixtures/builders';

/** A complete module under a new id and code, with every framework element filled in. */
export function moduleNamed(id: string, code: string, overrides: Partial<Module> = {}): Module {
  return fullModule({ id, code, title: `Module ${code}`, ...overrides });
}

/**
 * A design every built-in rule passes: an issuer with country and web address, four complete modules
 * and one pathway — TE-A-101 (stage 1, EQF 5) before TE-B-201 (stage 2, EQF 6), plus "any 1 of"
 * TE-C-202 / TE-D-203 in stage 2 — adding up to the award's 15 ECTS at EQF 6.
 */
export function goodDesign(): Workspace {
  const modules = [
    moduleNamed('m-a', 'TE-A-101', { level: { framework: 'EQF', value: 5, scheme: '' } }),
    moduleNamed('m-b', 'TE-B-201'),
    moduleNamed('m-c', 'TE-C-202'),
    moduleNamed('m-d', 'TE-D-203'),
  ];
  const pathway: Pathway = {
    id: 'p-1',
    title: 'Data-Informed Educator',
    description: '',
    award: {
      title: 'Data-Informed Educator Award',
      type: 'stacked-award',
      credit: { value: 15, system: 'ECTS' },
      level: { framework: 'EQF', value: 6, scheme: '' },
    },
    stages: [
      { id: 's-1', title: 'Foundations', items: [{ kind: 'module', moduleId: 'm-a' }] },
      {
        id: 's-2',
        title: 'Practice',
        items: [
          { kind: 'module', moduleId: 'm-b' },
          { kind: 'choice', id: 'g-1', title: 'Electives', choose: 1, moduleIds: ['m-c', 'm-d'] },
        ],
      },
    ],
    prerequisites: [{ before: 'm-a', after: 'm-b' }],
    version: '1.0.0',
    status: 'draft',
    createdAt: NOW,
    updatedAt: NOW,
  };
  return {
    ...workspaceWith(modules),
    issuers: [
      {
        id: 'iss',
        name: 'Riverside University',
        url: 'https://riverside.example.org',
        description: '',
        country: 'IE',
        awardingBody: 'School of Education',
      },
    ],
    pathways: [pathway],
  };
}

/** The design with one module changed. */
export function withModule(workspace: Workspace, id: string, change: Partial<Module>): Workspace {
  return { ...workspace, modules: workspace.modules.map((m) => (m.id === id ? { ...m, ...change } : m)) };
}

/** The design with its (first) pathway changed. */
export function withPathway(workspace: Workspace, change: Partial<Pathway>): Workspace {
  const [first, ...rest] = workspace.pathways;
  if (!first) throw new Error('the design has no pathway');
  return { ...workspace, pathways: [{ ...first, ...change }, ...rest] };
}

/** The findings of one rule alone, through a one-rule profile, as the engine reports them. */
export function findingsOf(
  workspace: Workspace,
  ruleId: string,
  params: Record<string, unknown> = {},
  options: { pathwayId?: string; severity?: Severity } = {},
): Finding[] {
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const profile = {
    id: 'one-rule',
    title: 'One rule',
    version: '1',
    source: '',
    rules: [{ ruleId, severity: options.severity ?? rule.defaultSeverity, params }],
  };
  return runProfiles(workspace, [profile], options.pathwayId ? { pathwayId: options.pathwayId } : {})
    .findings;
}

/** The design's first pathway (the good design has one). */
export function pathwayOf(workspace: Workspace): Pathway {
  const [first] = workspace.pathways;
  if (!first) throw new Error('the design has no pathway');
  return first;
}
