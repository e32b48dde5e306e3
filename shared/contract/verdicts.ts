import { z } from 'zod';

/*
 * What verifying badge files and programme packages finds, as codes and the data each names: the
 * catalogue words them (export.json `verify.<check>.<code>`, `verify.summary.<code>`,
 * `package.manifest.<code>`, `package.file.<status>`) in the reader's language, for the app and the CLI.
 */

/** The facts a finding names (a file, a key, a date…); null where the file names none. */
const FindingParams = z.record(z.string(), z.string().nullable());
export type FindingParams = z.output<typeof FindingParams>;

export const verifyChecks = [
  'read',
  'schema',
  'json-ld',
  'proof',
  'key',
  'dates',
  'digest',
  'claims',
] as const;
export type VerifyCheck = (typeof verifyChecks)[number];

/** Every finding of the badge verifier, by the check that makes it. */
export const verifyFindings = {
  read: ['not-object', 'not-json', 'not-jwt', 'not-badge'],
  schema: ['violation', 'violation-of-document'],
  'json-ld': ['unsafe', 'offline'],
  proof: ['missing', 'unsupported', 'mismatch', 'not-verified', 'detail', 'jwt-algorithm', 'jwt-mismatch'],
  key: ['no-issuer', 'not-issuers', 'unresolved', 'not-listed', 'not-authorised', 'not-jwk', 'detail'],
  dates: ['not-date-time', 'not-yet-valid', 'expired', 'proof-in-future', 'detail'],
  digest: ['not-covered', 'no-digest', 'no-file', 'changed', 'unvouched'],
  claims: ['mismatch'],
} as const satisfies Record<VerifyCheck, readonly string[]>;

/** One failed check of a badge file: which check, what it found and the facts it names. */
export type VerifyFinding = {
  [C in VerifyCheck]: { check: C; code: (typeof verifyFindings)[C][number]; params: FindingParams };
}[VerifyCheck];

/** What a file is and who signed it, as the verdict's first line says. */
export const verdictSummaries = [
  'endorsement',
  'endorsement-jwt',
  'achievement',
  'controller-document',
  'not-badge',
  'unreadable',
] as const;
export type VerdictSummary = { code: (typeof verdictSummaries)[number]; params: FindingParams };

export const FileVerdict = z.object({
  file: z.string(),
  kind: z.string(),
  ok: z.boolean(),
  skipped: z.boolean().optional(),
  summary: z.object({ code: z.enum(verdictSummaries), params: FindingParams }),
  problems: z.array(z.object({ check: z.enum(verifyChecks), code: z.string(), params: FindingParams })),
});
export type FileVerdict = z.output<typeof FileVerdict>;

/** Why a package manifest's signature does not verify. */
export const manifestFindings = [
  'unsigned',
  'unsupported',
  'not-issuers',
  'unresolved',
  'not-authorised',
  'mismatch',
  'not-verified',
  'detail',
] as const;
export type ManifestFinding = { code: (typeof manifestFindings)[number]; params: FindingParams };

export const packageFileStatuses = ['intact', 'changed', 'missing', 'unexpected'] as const;

export const PackageReport = z.object({
  file: z.string(),
  ok: z.boolean(),
  manifest: z.object({
    valid: z.boolean(),
    issuer: z.string().nullable(),
    issuerName: z.string().nullable(),
    publicKeyMultibase: z.string().nullable(),
    problems: z.array(z.object({ code: z.enum(manifestFindings), params: FindingParams })),
  }),
  files: z.array(
    z.object({
      path: z.string(),
      status: z.enum(packageFileStatuses),
      mediaType: z.string().nullable(),
      /** For a changed file, its digest (`actual`) and the manifest's (`expected`). */
      params: FindingParams,
    }),
  ),
  badges: z.array(FileVerdict),
});
export type PackageReport = z.output<typeof PackageReport>;
