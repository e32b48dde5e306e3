import { basename } from 'node:path';
import type {
  FindingParams,
  VerdictSummary,
  VerifyCheck,
  VerifyFinding,
  verifyFindings,
} from '@shared/contract/verdicts';
import { describeJsonLdError, offlineRefusal } from './document-loader';
import { digestSRI } from './ids';
import { type ControllerDocument, didKeyDocument, type VerificationMethod } from './key-documents';
import { schemaViolations } from './schemas';

/*
 * The checks the badge verifier runs on every kind of signed file (Data Integrity and VC-JWT): whose key
 * signed, the dates, the digests of the achievements, the schema. Each finding is a code and the facts it
 * names; the catalogue words it for the app and the CLI.
 */

export interface FileVerdict {
  file: string;
  kind: 'endorsement' | 'endorsement-jwt' | 'achievement' | 'controller-document' | 'other';
  /** false on any failed check; files that are not badge files are `skipped`. */
  ok: boolean;
  skipped?: boolean;
  /** What the file is and who signed it, for the verdict's first line. */
  summary: VerdictSummary;
  problems: VerifyFinding[];
}

export interface Loaded {
  file: string;
  bytes: Buffer;
  json?: Record<string, unknown>;
  readError?: VerifyFinding;
}

export interface VerifyContext {
  controllers: ReadonlyMap<string, ControllerDocument>;
  achievements: ReadonlyMap<string, Loaded>;
  now: Date;
}

export function finding<C extends VerifyCheck>(
  check: C,
  code: (typeof verifyFindings)[C][number],
  params: FindingParams = {},
): VerifyFinding {
  return { check, code, params } as VerifyFinding;
}

export const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];
export const idOf = (value: unknown): string | null =>
  typeof value === 'string'
    ? value
    : typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
      ? (value as { id: string }).id
      : null;

/** The issuer's key behind a verification method id: from the did:key itself or a controller document file. */
export function resolveKey(
  methodId: string,
  issuerId: string | null,
  controllers: ReadonlyMap<string, ControllerDocument>,
): { controller: ControllerDocument; method: VerificationMethod } | { error: VerifyFinding } {
  const controllerId = methodId.split('#')[0] ?? methodId;
  if (issuerId === null) return { error: finding('key', 'no-issuer', { key: methodId }) };
  if (issuerId !== controllerId) {
    return { error: finding('key', 'not-issuers', { key: methodId, issuer: issuerId }) };
  }
  const controller = controllerId.startsWith('did:key:')
    ? didKeyDocument(controllerId)
    : controllers.get(controllerId);
  if (!controller) {
    return { error: finding('key', 'unresolved', { key: methodId, controller: controllerId }) };
  }
  const method = controller.verificationMethod.find((m) => m.id === methodId);
  if (!method) return { error: finding('key', 'not-listed', { key: methodId, controller: controllerId }) };
  if (!controller.assertionMethod.includes(methodId)) {
    return { error: finding('key', 'not-authorised', { key: methodId, controller: controllerId }) };
  }
  return { controller, method };
}

export function checkDates(
  doc: Record<string, unknown>,
  now: Date,
  problems: VerifyFinding[],
  proofCreated?: unknown,
): void {
  const date = (name: string, value: unknown): number | undefined => {
    if (value === undefined) return undefined;
    const valid =
      typeof value === 'string' && /T.*(Z|[+-]\d\d:\d\d)$/.test(value) && !Number.isNaN(Date.parse(value));
    if (!valid) {
      problems.push(finding('dates', 'not-date-time', { name, value: JSON.stringify(value) }));
      return undefined;
    }
    return Date.parse(value as string);
  };
  const validFrom = date('validFrom', doc.validFrom);
  const validUntil = date('validUntil', doc.validUntil);
  const created = date('proof.created', proofCreated);
  if (validFrom !== undefined && validFrom > now.getTime()) {
    problems.push(finding('dates', 'not-yet-valid', { validFrom: doc.validFrom as string }));
  }
  if (validUntil !== undefined && validUntil < now.getTime()) {
    problems.push(finding('dates', 'expired', { validUntil: doc.validUntil as string }));
  }
  if (created !== undefined && created > now.getTime()) {
    problems.push(finding('dates', 'proof-in-future', { created: proofCreated as string }));
  }
}

/** Each relatedResource's digestSRI against the exact bytes of the achievement file with that id. */
export function checkDigests(
  credential: Record<string, unknown>,
  achievements: ReadonlyMap<string, Loaded>,
  problems: VerifyFinding[],
): string[] {
  const covered: string[] = [];
  const resources = asArray(credential.relatedResource);
  const subjectId = idOf(credential.credentialSubject);
  if (!resources.some((r) => idOf(r) === subjectId)) {
    problems.push(finding('digest', 'not-covered', { achievement: subjectId }));
  }
  for (const resource of resources) {
    const id = idOf(resource);
    const expected = (resource as { digestSRI?: unknown }).digestSRI;
    if (!id || typeof expected !== 'string') {
      problems.push(finding('digest', 'no-digest', { resource: id }));
      continue;
    }
    const achievement = achievements.get(id);
    if (!achievement) {
      problems.push(finding('digest', 'no-file', { id }));
      continue;
    }
    const actual = digestSRI(achievement.bytes);
    if (actual !== expected) {
      problems.push(finding('digest', 'changed', { file: basename(achievement.file), actual, expected }));
    } else {
      covered.push(achievement.file);
    }
  }
  return covered;
}

/** Each place a document breaks its official schema. */
export function schemaFindings(errors: Parameters<typeof schemaViolations>[0]): VerifyFinding[] {
  return schemaViolations(errors).map(({ path, detail }) =>
    // An empty pointer is the document itself.
    path === ''
      ? finding('schema', 'violation-of-document', { detail })
      : finding('schema', 'violation', { path, detail }),
  );
}

/** The innermost errors a library reports (vc and jsonld nest them). */
export function leafErrors(error: (Error & { errors?: Error[] }) | undefined): Error[] {
  if (!error) return [];
  const nested = error.errors?.flatMap((e) => leafErrors(e)) ?? [];
  return nested.length > 0 ? nested : [error];
}

/** Why the library refused a proof, in the words of what changed. */
export function proofFinding(error: Error): VerifyFinding {
  const refusal = offlineRefusal(error);
  if (refusal) return finding('json-ld', 'offline', { url: refusal.url });
  const detail = describeJsonLdError(error);
  if (detail === 'Invalid signature.') return finding('proof', 'mismatch');
  if (/safe mode|absolute IRI|relative/i.test(detail)) return finding('json-ld', 'unsafe', { detail });
  if (/issuer must match/i.test(detail)) return finding('key', 'detail', { detail });
  return finding('proof', 'detail', { detail });
}
