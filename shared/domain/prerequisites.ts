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

/** One cycle among the edges, as the ids along it with the first repeated at the end, or null when acyclic. */
export function findCycle(edges: readonly PrerequisiteEdge[]): string[] | null {
  const next = new Map<string, string[]>();
  for (const { before, after } of edges) {
    next.set(before, [...(next.get(before) ?? []), after]);
    if (!next.has(after)) next.set(after, []);
  }
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (node: string): string[] | null => {
    const open = onPath.indexOf(node);
    if (open >= 0) return [...onPath.slice(open), node];
    if (done.has(node)) return null;
    onPath.push(node);
    for (const after of next.get(node) ?? []) {
      const cycle = visit(after);
      if (cycle) return cycle;
    }
    onPath.pop();
    done.add(node);
    return null;
  };
  for (const node of next.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}
