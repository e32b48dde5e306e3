/** The prerequisite graph of a pathway: which module must be completed before which, kept free of cycles. */
import type { Pathway } from '../schemas/pathway';
import { DomainError } from './errors';
import { modulesInPathway, type PrerequisiteEdge } from './pathway-ops';

/** The shortest chain of prerequisites from `from` to `to` (both included), or null when there is none. */
function chain(edges: readonly PrerequisiteEdge[], from: string, to: string): string[] | null {
  const cameFrom = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as string;
    if (node === to) {
      const path = [to];
      for (let at = to; at !== from; at = cameFrom.get(at) as string)
        path.unshift(cameFrom.get(at) as string);
      return path;
    }
    for (const edge of edges) {
      if (edge.before === node && !cameFrom.has(edge.after)) {
        cameFrom.set(edge.after, node);
        queue.push(edge.after);
      }
    }
  }
  return null;
}

/**
 * Declares that `before` must be completed before `after`. Refuses modules outside the pathway, a module
 * before itself, a repeat, and a cycle; `moduleLabel` renders the ids a refusal names (codes, titles).
 */
export function addPrerequisite(
  p: Pathway,
  edge: PrerequisiteEdge,
  moduleLabel: (id: string) => string = (id) => id,
): Pathway {
  const inPathway = new Set(modulesInPathway(p));
  for (const field of ['before', 'after'] as const) {
    if (!inPathway.has(edge[field])) {
      throw new DomainError('pathway.not-in-pathway', {
        field,
        params: { module: moduleLabel(edge[field]) },
      });
    }
  }
  const before = moduleLabel(edge.before);
  const after = moduleLabel(edge.after);
  if (edge.before === edge.after) {
    throw new DomainError('pathway.self-prerequisite', { field: 'after', params: { module: before } });
  }
  if (p.prerequisites.some((e) => e.before === edge.before && e.after === edge.after)) {
    throw new DomainError('pathway.duplicate-prerequisite', { field: 'after', params: { before, after } });
  }
  const back = chain(p.prerequisites, edge.after, edge.before);
  if (back) {
    // The cycle travels as its labels joined by an arrow: params carry values, and a path is one value.
    const cycle = [edge.before, ...back].map(moduleLabel).join(' → ');
    throw new DomainError('pathway.cycle', { field: 'after', params: { before, after, cycle } });
  }
  return { ...p, prerequisites: [...p.prerequisites, { before: edge.before, after: edge.after }] };
}

export function removePrerequisite(p: Pathway, edge: PrerequisiteEdge): Pathway {
  const index = p.prerequisites.findIndex((e) => e.before === edge.before && e.after === edge.after);
  if (index < 0) {
    throw new DomainError('pathway.prerequisite-not-found', {
      field: 'after',
      params: { before: edge.before, after: edge.after },
    });
  }
  return { ...p, prerequisites: p.prerequisites.filter((_, i) => i !== index) };
}

/**
 * Every prerequisite cycle once (the one cycle engine: QA names them all, tests check none is left): one per strongly connected group of modules, walked from its
 * alphabetically first code with neighbours in code order, so the finding does not depend on edge order.
 */
export function prerequisiteCycles(
  edges: readonly PrerequisiteEdge[],
  codeOf: (id: string) => string = (id) => id,
): string[][] {
  const next = new Map<string, string[]>();
  for (const { before, after } of edges) {
    next.set(before, [...(next.get(before) ?? []), after]);
  }
  for (const list of next.values()) list.sort((a, b) => codeOf(a).localeCompare(codeOf(b)));
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const node = stack.pop() as string;
      for (const n of next.get(node) ?? []) {
        if (n === to) return true;
        if (!seen.has(n)) {
          seen.add(n);
          stack.push(n);
        }
      }
    }
    return false;
  };
  const nodes = [...next.keys()].sort((a, b) => codeOf(a).localeCompare(codeOf(b)));
  const placed = new Set<string>();
  const cycles: string[][] = [];
  for (const start of nodes) {
    if (placed.has(start) || !reaches(start, start)) continue;
    const group = new Set(nodes.filter((n) => n === start || (reaches(start, n) && reaches(n, start))));
    for (const n of group) placed.add(n);
    // Walk inside the group back to the start; every node of a strongly connected group can.
    const path = [start];
    const visited = new Set([start]);
    const walk = (node: string): boolean => {
      for (const n of next.get(node) ?? []) {
        if (n === start) return true;
        if (group.has(n) && !visited.has(n)) {
          visited.add(n);
          path.push(n);
          if (walk(n)) return true;
          path.pop();
        }
      }
      return false;
    };
    walk(start);
    cycles.push([...path, start]);
  }
  return cycles;
}
