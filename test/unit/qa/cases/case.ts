import type { FindingParams, Target } from '@shared/qa/rule';
import type { Workspace } from '@shared/schemas/workspace';
import { moduleNamed, withModule } from '../designs';

/** A rule made to fail, and the findings it must give: where, which code with which data, and the words. */
export interface Case {
  /** What makes the design fail. */
  why: string;
  ruleId: string;
  /** The rule's params in the one-rule profile, when not its defaults. */
  params?: Record<string, unknown>;
  failing: (good: Workspace) => Workspace;
  expected: { target: Target; code: string; params: FindingParams; text: RegExp }[];
}

export const module = (moduleId: string, field?: string): Target => ({
  kind: 'module',
  moduleId,
  ...(field === undefined ? {} : { field }),
});

/** The good design's modules: id and code. */
export const goodModules = [
  ['m-a', 'TE-A-101'],
  ['m-b', 'TE-B-201'],
  ['m-c', 'TE-C-202'],
  ['m-d', 'TE-D-203'],
] as const;

/** The code and title of a module of the good design, as every module finding names it. */
export const named = (code: string) => ({ moduleCode: code, moduleTitle: `Module ${code}` });

/** The good design plus a complete module no pathway stacks. */
export const outsider = (w: Workspace) => ({ ...w, modules: [...w.modules, moduleNamed('m-x', 'TE-X-900')] });

/** The good design with TE-A-101's first outcome stated as given. */
export const setOutcome = (w: Workspace, statement: string) =>
  withModule(w, 'm-a', {
    learningOutcomes: [
      { id: 'lo-1', statement },
      w.modules[0]?.learningOutcomes[1] ?? { id: 'lo-2', statement: 'x' },
    ],
  });
