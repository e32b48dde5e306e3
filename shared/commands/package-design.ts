import { canonicalJson } from '../domain/review';
import type { Issuer } from '../schemas/issuer';
import type { Module } from '../schemas/module';
import type { Pathway } from '../schemas/pathway';
import type { Review } from '../schemas/review';
import { Workspace } from '../schemas/workspace';

export type ImportedKind = 'issuer' | 'module' | 'pathway';

/** What an import did with each issuer, module and pathway of the package. */
export interface ImportOutcome {
  kind: ImportedKind;
  /** Its id in the package. */
  packageId: string;
  /** Its id in the resulting workspace. */
  id: string;
  /** added: new here; same: identical content already here, not duplicated; copy: the id was taken by different content, so it was added under a new id with "(imported)" in its name. */
  action: 'added' | 'same' | 'copy';
}

export interface DesignMerge {
  workspace: Workspace;
  /** The pathway's id in the resulting workspace. */
  pathwayId: string;
  outcomes: ImportOutcome[];
}

const IMPORTED = ' (imported)';

/**
 * Fields that change on every save or review step without changing what was designed (as for a review's
 * content hash), and a module's code, which an earlier import of the same package may have made its own.
 */
const volatileFields = new Set(['createdAt', 'updatedAt', 'status', 'code']);

function sameContent(a: object, b: object): boolean {
  const strip = (entity: object) =>
    Object.fromEntries(Object.entries(entity).filter(([key]) => !volatileFields.has(key)));
  return canonicalJson(strip(a)) === canonicalJson(strip(b));
}

/** The n-th name of an imported copy: `NAME-imported`, `NAME-imported-2`…, at most `max` characters. */
function copyName(name: string, n: number, max: number): string {
  const suffix = n === 1 ? '-imported' : `-imported-${n}`;
  return `${name.slice(0, max - suffix.length)}${suffix}`;
}

/** The first copy name (an id of at most 64 characters, a module code of at most 40) not taken here. */
function freshName(name: string, taken: ReadonlySet<string>, max: number): string {
  for (let n = 1; ; n++) {
    const candidate = copyName(name, n, max);
    if (!taken.has(candidate)) return candidate;
  }
}

const freshId = (id: string, taken: ReadonlySet<string>) => freshName(id, taken, 64);
const freshCode = (code: string, taken: ReadonlySet<string>) => freshName(code, taken, 40);

const marked = (text: string, max: number) => `${text.slice(0, max - IMPORTED.length)}${IMPORTED}`;

/**
 * Places each entity of the package: identical content under the same id is recognised and kept once;
 * an id that holds different content here gets the package's version as a new copy (new id, marked
 * "(imported)"), so a local design is never overwritten.
 */
function place<T extends { id: string }>(
  kind: ImportedKind,
  incoming: T,
  existing: readonly T[],
  rename: (entity: T, id: string) => T,
  outcomes: ImportOutcome[],
): { entity: T; isNew: boolean } {
  const local = existing.find((e) => e.id === incoming.id);
  if (!local) {
    outcomes.push({ kind, packageId: incoming.id, id: incoming.id, action: 'added' });
    return { entity: incoming, isNew: true };
  }
  if (sameContent(local, incoming)) {
    outcomes.push({ kind, packageId: incoming.id, id: incoming.id, action: 'same' });
    return { entity: local, isNew: false };
  }
  const taken = new Set(existing.map((e) => e.id));
  // The same package imported before left its copy here: recognise it rather than copy again.
  for (const id of copyIds(incoming.id, taken)) {
    const earlier = existing.find((e) => e.id === id);
    if (earlier && sameContent(earlier, rename(incoming, id))) {
      outcomes.push({ kind, packageId: incoming.id, id, action: 'same' });
      return { entity: earlier, isNew: false };
    }
  }
  const id = freshId(incoming.id, taken);
  outcomes.push({ kind, packageId: incoming.id, id, action: 'copy' });
  return { entity: rename(incoming, id), isNew: true };
}

/** The ids earlier imports may have given copies of `id` (`freshId`'s names), those present here. */
function copyIds(id: string, taken: ReadonlySet<string>): string[] {
  const ids: string[] = [];
  for (let n = 1; n <= taken.size; n++) {
    const candidate = copyName(id, n, 64);
    if (!taken.has(candidate)) break;
    ids.push(candidate);
  }
  return ids;
}

function remapPathway(pathway: Pathway, moduleIds: ReadonlyMap<string, string>): Pathway {
  const to = (id: string) => moduleIds.get(id) ?? id;
  return {
    ...pathway,
    stages: pathway.stages.map((stage) => ({
      ...stage,
      items: stage.items.map((item) =>
        item.kind === 'module'
          ? { ...item, moduleId: to(item.moduleId) }
          : { ...item, moduleIds: item.moduleIds.map(to) },
      ),
    })),
    prerequisites: pathway.prerequisites.map((p) => ({ before: to(p.before), after: to(p.after) })),
  };
}

/**
 * A package signed with a key this workspace does not hold proves only that its files match that key:
 * its review and approval stay behind and the pathway and its modules arrive as drafts.
 */
function untrusted(design: Workspace, pathwayId: string): Workspace {
  return {
    ...design,
    reviews: design.reviews.filter((r) => r.pathwayId !== pathwayId),
    pathways: design.pathways.map((p) => (p.id === pathwayId ? { ...p, status: 'draft' as const } : p)),
    // A module's status claims approval too: it arrives as a draft like its pathway.
    modules: design.modules.map((m) => (m.status === 'draft' ? m : { ...m, status: 'draft' as const })),
  };
}

/**
 * Adds a packaged design (a workspace holding one pathway) to `into`: its issuers, modules, pathway and,
 * when the pathway is new here and the package is trusted, its review. Pure: returns a new workspace
 * (`into` itself when the design does not hold the pathway). The renderer applies it to the workspace it
 * edits, as one undoable step.
 */
export function mergeDesign(
  into: Workspace,
  packaged: Workspace,
  pathwayId: string,
  { trusted }: { trusted: boolean },
): DesignMerge {
  const design = trusted ? packaged : untrusted(packaged, pathwayId);
  const pathway = design.pathways.find((p) => p.id === pathwayId);
  if (!pathway) return { workspace: into, pathwayId, outcomes: [] };
  const outcomes: ImportOutcome[] = [];
  const issuers = [...into.issuers];
  const issuerIds = new Map<string, string>();
  for (const incoming of design.issuers) {
    const placed = place<Issuer>(
      'issuer',
      incoming,
      issuers,
      (issuer, id) => ({ ...issuer, id, name: marked(issuer.name, 200) }),
      outcomes,
    );
    issuerIds.set(incoming.id, placed.entity.id);
    if (placed.isNew) issuers.push(placed.entity);
  }
  // A module without an issuer is awarded by the first issuer: name it when the first one here is another.
  const packageFirst = design.issuers[0] && issuerIds.get(design.issuers[0].id);
  const implicitIssuer = packageFirst !== issuers[0]?.id ? packageFirst : undefined;
  const modules = [...into.modules];
  const moduleIds = new Map<string, string>();
  for (const original of design.modules) {
    const issuerId =
      original.issuerId === undefined
        ? implicitIssuer
        : (issuerIds.get(original.issuerId) ?? original.issuerId);
    const incoming: Module = issuerId === original.issuerId ? original : { ...original, issuerId };
    const placed = place<Module>(
      'module',
      incoming,
      modules,
      (module, id) => ({ ...module, id, title: marked(module.title, 200) }),
      outcomes,
    );
    moduleIds.set(original.id, placed.entity.id);
    if (placed.isNew) {
      // A module code names one module in a workspace: an incoming module whose code is taken gets its own.
      const codes = new Set(modules.map((m) => m.code));
      const entity = codes.has(placed.entity.code)
        ? { ...placed.entity, code: freshCode(placed.entity.code, codes) }
        : placed.entity;
      modules.push(entity);
    }
  }
  const pathways = [...into.pathways];
  const placed = place<Pathway>(
    'pathway',
    remapPathway(pathway, moduleIds),
    pathways,
    (p, id) => ({ ...p, id, title: marked(p.title, 200) }),
    outcomes,
  );
  const reviews = [...into.reviews];
  if (placed.isNew) {
    pathways.push(placed.entity);
    const review = design.reviews.find((r) => r.pathwayId === pathwayId);
    if (review) {
      const taken = new Set(reviews.map((r) => r.id));
      const moved: Review = {
        ...review,
        id: taken.has(review.id) ? freshId(review.id, taken) : review.id,
        pathwayId: placed.entity.id,
        comments: review.comments.map((c) =>
          c.moduleId ? { ...c, moduleId: moduleIds.get(c.moduleId) ?? c.moduleId } : c,
        ),
      };
      reviews.push(moved);
    }
  }
  return {
    workspace: Workspace.parse({ ...into, issuers, modules, pathways, reviews }),
    pathwayId: placed.entity.id,
    outcomes,
  };
}
