import { z } from 'zod';
import { languages } from '../i18n/languages';
import { Id, IsoDateTime, listOf, oneOf, requiredText } from './fields';
import { Issuer } from './issuer';
import { Module } from './module';
import { Pathway } from './pathway';
import { QaProfile, Review } from './review';

/** Marks a JSON file as a Stackwise workspace, so a foreign file is recognised and left alone. */
export const WORKSPACE_FORMAT = 'stackwise.workspace';
export const CURRENT_SCHEMA_VERSION = 2;

export const Workspace = z
  .object({
    format: z.literal(WORKSPACE_FORMAT, { error: 'workspace-format' }),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION, { error: 'schema-version' }),
    id: Id,
    title: requiredText('workspace.title', 200),
    /** The language its pathways' documents default to; English when absent (files made before it existed). */
    language: oneOf('workspace.language', languages).optional(),
    /** Counts saves; a save based on an older revision is refused as stale. */
    revision: z.number().int().min(0),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    issuers: listOf(Issuer),
    modules: listOf(Module),
    pathways: listOf(Pathway),
    qaProfiles: listOf(QaProfile),
    reviews: listOf(Review),
  })
  .superRefine((workspace, ctx) => {
    const uniqueIds = (kind: 'issuers' | 'modules' | 'pathways' | 'qaProfiles' | 'reviews') => {
      const seen = new Set<string>();
      workspace[kind].forEach((item, index) => {
        if (seen.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [kind, index, 'id'],
            message: 'id-used-twice',
            params: { id: item.id },
          });
        }
        seen.add(item.id);
      });
      return seen;
    };
    const moduleIds = uniqueIds('modules');
    const issuerIds = uniqueIds('issuers');
    const pathwayIds = uniqueIds('pathways');
    uniqueIds('qaProfiles');
    uniqueIds('reviews');
    workspace.modules.forEach((module, index) => {
      if (module.issuerId !== undefined && !issuerIds.has(module.issuerId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['modules', index, 'issuerId'],
          message: 'issuer-missing',
          params: { id: module.issuerId },
        });
      }
    });
    workspace.pathways.forEach((pathway, p) => {
      pathway.stages.forEach((stage, s) => {
        stage.items.forEach((item, i) => {
          const refs = item.kind === 'module' ? [item.moduleId] : item.moduleIds;
          for (const moduleId of refs) {
            if (!moduleIds.has(moduleId)) {
              ctx.addIssue({
                code: 'custom',
                path: ['pathways', p, 'stages', s, 'items', i],
                message: 'module-missing',
                params: { id: moduleId },
              });
            }
          }
        });
      });
    });
    workspace.reviews.forEach((review, index) => {
      if (!pathwayIds.has(review.pathwayId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['reviews', index, 'pathwayId'],
          message: 'pathway-missing',
          params: { id: review.pathwayId },
        });
      }
    });
  });

export type Workspace = z.output<typeof Workspace>;
export type WorkspaceInput = z.input<typeof Workspace>;
