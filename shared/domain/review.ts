import { fieldLabelKey, moduleFieldTable } from '../fields';
import type { Module } from '../schemas/module';
import type { Pathway } from '../schemas/pathway';
import type { FrozenDesign, Review, reviewStates } from '../schemas/review';
import type { Workspace } from '../schemas/workspace';
import { DomainError } from './errors';
import { modulesInPathway } from './pathway-ops';

export type ReviewState = (typeof reviewStates)[number];
export type ReviewAction = 'submit' | 'request-changes' | 'approve';

/**
 * The module fields a comment can be pinned to, by the paths the module form uses for them: every field of
 * the field table but those that change with saves and review steps (its status), with its label's key.
 */
export const reviewableFields: readonly { path: string; labelKey: string }[] = moduleFieldTable
  .filter((field) => !('volatile' in field))
  .map((field) => ({ path: field.path, labelKey: fieldLabelKey('module', field.path) }));

/** The review of a pathway, or a fresh draft one when the pathway has never been reviewed. */
export function reviewOf(workspace: Workspace, pathwayId: string): Review {
  return (
    workspace.reviews.find((r) => r.pathwayId === pathwayId) ?? {
      id: pathwayId,
      pathwayId,
      state: 'draft',
      comments: [],
      decisions: [],
    }
  );
}

/** Which decisions the state admits; an approved design takes none until an edit starts a new version. */
export function allowedActions(state: ReviewState): ReviewAction[] {
  switch (state) {
    case 'draft':
    case 'changes-requested':
      return ['submit'];
    case 'in-review':
      return ['request-changes', 'approve'];
    case 'approved':
      return [];
  }
}

/** The refusal (`review.not-allowed`, with the action, state, title and version) of a decision the state does not admit. */
export function refusalOf(action: ReviewAction, state: ReviewState, pathway: Pathway): DomainError | null {
  if (allowedActions(state).includes(action)) return null;
  return new DomainError('review.not-allowed', {
    field: 'state',
    params: { action, state, pathway: pathway.title, version: pathway.version },
  });
}

/** Fields that change on every save or every review step without changing what was designed. */
const volatileFields = new Set(['createdAt', 'updatedAt', 'status', 'revision']);

function withoutVolatile(entity: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entity).filter(([key]) => !volatileFields.has(key)));
}

/**
 * JSON with object keys sorted at every depth and undefined properties left out, so two designs with the
 * same content serialise to the same text whatever order their keys were written in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const entries = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The design as it would be frozen: the pathway and its modules (by id), without volatile fields. */
export function frozenDesignOf(workspace: Workspace, pathwayId: string): FrozenDesign {
  const pathway = workspace.pathways.find((p) => p.id === pathwayId);
  if (!pathway) {
    throw new DomainError('review.pathway-not-found', { field: 'pathwayId', params: { id: pathwayId } });
  }
  const byId = new Map(workspace.modules.map((m) => [m.id, m]));
  const modules = [...new Set(modulesInPathway(pathway))]
    .sort()
    .map((id) => byId.get(id))
    .filter((m): m is Module => m !== undefined);
  return { pathway: withoutVolatile(pathway), modules: modules.map(withoutVolatile) };
}

/** The canonical JSON of a design: the text its content hash is computed over. */
export function designContent(workspace: Workspace, pathwayId: string): string {
  return canonicalJson(frozenDesignOf(workspace, pathwayId));
}

/** SHA-256 of the text as lowercase hex, with Web Crypto (browsers and Node 20 alike). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** 1.0.0 → 1.1.0, 1.2 → 1.3: an edit after approval is a new minor version of the design. */
export function nextMinorVersion(version: string): string {
  const [major = '1', minor = '0', patch] = version.split('.');
  const next = `${major}.${Number(minor) + 1}`;
  return patch === undefined ? next : `${next}.0`;
}

/**
 * After a command: every approved design whose content it changed becomes a new draft version. The
 * approval and its frozen snapshot stay in the review's history; only the live design moves on. A version
 * the command itself changed (the designer typed a new one) is kept rather than bumped again.
 */
export function reviseApprovedDesigns(before: Workspace, after: Workspace): Workspace {
  if (before === after) return after;
  let pathways = after.pathways;
  let reviews = after.reviews;
  let modules = after.modules;
  after.reviews.forEach((review, reviewIndex) => {
    const was = before.reviews.find((r) => r.pathwayId === review.pathwayId);
    if (review.state !== 'approved' || was?.state !== 'approved') return;
    const index = pathways.findIndex((p) => p.id === review.pathwayId);
    const pathway = pathways[index];
    const old = before.pathways.find((p) => p.id === review.pathwayId);
    if (!pathway || !old) return;
    if (!contentChanged(before, after, review.pathwayId)) return;
    const version = pathway.version === old.version ? nextMinorVersion(old.version) : pathway.version;
    pathways = pathways.with(index, { ...pathway, version, status: 'draft' });
    reviews = reviews.with(reviewIndex, { ...review, state: 'draft' });
    // A changed module is a new version too, so its badge definition never reuses the approved one's id.
    modules = reviseChangedModules(before, modules, modulesInPathway(pathway));
  });
  return pathways === after.pathways ? after : { ...after, pathways, reviews, modules };
}

function reviseChangedModules(before: Workspace, modules: Workspace['modules'], ids: readonly string[]) {
  let revised = modules;
  for (const id of ids) {
    const index = revised.findIndex((m) => m.id === id);
    const now = revised[index];
    const then = before.modules.find((m) => m.id === id);
    if (!now || !then || now.version !== then.version) continue;
    if (canonicalJson(withoutVolatile(now)) === canonicalJson(withoutVolatile(then))) continue;
    revised = revised.with(index, { ...now, version: nextMinorVersion(now.version) });
  }
  return revised;
}

function contentChanged(before: Workspace, after: Workspace, pathwayId: string): boolean {
  // Most commands leave the modules list and this pathway untouched: skip the serialising then.
  const samePathway =
    before.pathways.find((p) => p.id === pathwayId) === after.pathways.find((p) => p.id === pathwayId);
  if (samePathway && before.modules === after.modules) return false;
  return designContent(before, pathwayId) !== designContent(after, pathwayId);
}
