import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { decodeProtectedHeader, importJWK, type JWK, jwtVerify } from 'jose';
import jsonld from 'jsonld';
import { describeJsonLdError, offlineDocumentLoader } from './document-loader';
import { digestSRI } from './ids';
import { type ControllerDocument, didKeyDocument, type VerificationMethod } from './key-documents';
import { describeSchemaErrors, obValidators } from './schemas';

export type CheckName = 'read' | 'schema' | 'json-ld' | 'proof' | 'key' | 'dates' | 'digest' | 'claims';

export interface FileVerdict {
  file: string;
  kind: 'endorsement' | 'endorsement-jwt' | 'achievement' | 'controller-document' | 'other';
  /** false on any failed check; files that are not badge files are `skipped`. */
  ok: boolean;
  skipped?: boolean;
  /** One line for people: what the file is and who signed it. */
  summary: string;
  problems: { check: CheckName; message: string }[];
}

interface Loaded {
  file: string;
  bytes: Buffer;
  json?: Record<string, unknown>;
  readError?: string;
}

const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];
const types = (doc: Record<string, unknown> | undefined) =>
  asArray(doc?.type).filter((t) => typeof t === 'string');
const idOf = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
      ? (value as { id: string }).id
      : undefined;

function kindOf(loaded: Loaded): FileVerdict['kind'] {
  if (loaded.file.endsWith('.jwt')) return 'endorsement-jwt';
  const t = types(loaded.json);
  if (t.includes('EndorsementCredential')) return 'endorsement';
  if (t.includes('Achievement')) return 'achievement';
  if (loaded.json && Array.isArray(loaded.json.verificationMethod) && typeof loaded.json.id === 'string') {
    return 'controller-document';
  }
  return 'other';
}

async function load(file: string): Promise<Loaded> {
  const bytes = await readFile(file);
  if (file.endsWith('.jwt')) return { file, bytes };
  try {
    const text = bytes.toString('utf8');
    const json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      return { file, bytes, readError: 'is JSON but not an object' };
    }
    return { file, bytes, json: json as Record<string, unknown> };
  } catch (e) {
    return { file, bytes, readError: `is not valid JSON: ${(e as Error).message}` };
  }
}

/** The issuer's key behind a verification method id: from the did:key itself or a controller document file. */
function resolveKey(
  methodId: string,
  issuerId: string | undefined,
  controllers: ReadonlyMap<string, ControllerDocument>,
): { controller: ControllerDocument; method: VerificationMethod } | { error: string } {
  const controllerId = methodId.split('#')[0] ?? methodId;
  if (issuerId !== controllerId) {
    return {
      error: `the proof's key ${methodId} is not controlled by the issuer ${issuerId ?? '(none)'}: the issuer must be the key's controller`,
    };
  }
  const controller = controllerId.startsWith('did:key:')
    ? didKeyDocument(controllerId)
    : controllers.get(controllerId);
  if (!controller) {
    return {
      error: `cannot resolve the key ${methodId} offline: put the issuer's controller document (id ${controllerId}) beside the file`,
    };
  }
  const method = controller.verificationMethod.find((m) => m.id === methodId);
  if (!method)
    return { error: `the controller document of ${controllerId} does not list the key ${methodId}` };
  if (!controller.assertionMethod.includes(methodId)) {
    return {
      error: `the controller document of ${controllerId} does not authorise ${methodId} for assertions`,
    };
  }
  return { controller, method };
}

function checkDates(
  doc: Record<string, unknown>,
  now: Date,
  problems: FileVerdict['problems'],
  proofCreated?: unknown,
): void {
  const date = (name: string, value: unknown): number | undefined => {
    if (value === undefined) return undefined;
    const valid =
      typeof value === 'string' && /T.*(Z|[+-]\d\d:\d\d)$/.test(value) && !Number.isNaN(Date.parse(value));
    if (!valid) {
      problems.push({
        check: 'dates',
        message: `${name} ${JSON.stringify(value)} is not a date-time with a timezone`,
      });
      return undefined;
    }
    return Date.parse(value as string);
  };
  const validFrom = date('validFrom', doc.validFrom);
  const validUntil = date('validUntil', doc.validUntil);
  const created = date('proof.created', proofCreated);
  if (validFrom !== undefined && validFrom > now.getTime()) {
    problems.push({ check: 'dates', message: `not valid yet: validFrom is ${doc.validFrom as string}` });
  }
  if (validUntil !== undefined && validUntil < now.getTime()) {
    problems.push({ check: 'dates', message: `expired: validUntil was ${doc.validUntil as string}` });
  }
  if (created !== undefined && created > now.getTime()) {
    problems.push({
      check: 'dates',
      message: `the proof was created in the future (${proofCreated as string})`,
    });
  }
}

/** Each relatedResource's digestSRI against the exact bytes of the achievement file with that id. */
function checkDigests(
  credential: Record<string, unknown>,
  achievements: ReadonlyMap<string, Loaded>,
  problems: FileVerdict['problems'],
): string[] {
  const covered: string[] = [];
  const resources = asArray(credential.relatedResource);
  const subjectId = idOf(credential.credentialSubject);
  if (!resources.some((r) => idOf(r) === subjectId)) {
    problems.push({
      check: 'digest',
      message: `no relatedResource gives the digest of the achievement ${subjectId}`,
    });
  }
  for (const resource of resources) {
    const id = idOf(resource);
    const expected = (resource as { digestSRI?: unknown }).digestSRI;
    if (!id || typeof expected !== 'string') {
      problems.push({ check: 'digest', message: `relatedResource ${id ?? '(no id)'} has no digestSRI` });
      continue;
    }
    const achievement = achievements.get(id);
    if (!achievement) {
      problems.push({ check: 'digest', message: `no achievement file with id ${id} beside the credential` });
      continue;
    }
    const actual = digestSRI(achievement.bytes);
    if (actual !== expected) {
      problems.push({
        check: 'digest',
        message: `${basename(achievement.file)} was changed after signing: its sha384 is ${actual}, the credential's relatedResource says ${expected}`,
      });
    } else {
      covered.push(achievement.file);
    }
  }
  return covered;
}

function errorMessages(error: (Error & { errors?: Error[] }) | undefined): string[] {
  if (!error) return [];
  const nested = error.errors?.flatMap((e) => errorMessages(e)) ?? [];
  return nested.length > 0 ? nested : [describeJsonLdError(error)];
}

/** Why the library refused a proof, in the words of what changed. */
function proofProblem(message: string): { check: CheckName; message: string } {
  if (message === 'Invalid signature.') {
    return {
      check: 'proof',
      message:
        'the signature does not match: a field of the credential or of its proof was changed after signing, or another key signed it',
    };
  }
  if (/safe mode|absolute IRI|relative|does not fetch/i.test(message)) {
    return { check: 'json-ld', message: `the credential is not valid JSON-LD in safe mode: ${message}` };
  }
  if (/issuer must match/i.test(message)) return { check: 'key', message };
  return { check: 'proof', message };
}

async function verifyEndorsement(
  loaded: Loaded & { json: Record<string, unknown> },
  context: {
    controllers: ReadonlyMap<string, ControllerDocument>;
    achievements: ReadonlyMap<string, Loaded>;
    now: Date;
  },
  verdict: FileVerdict,
): Promise<string[]> {
  const credential = loaded.json;
  const validate = obValidators().endorsementCredential;
  if (!validate(credential)) {
    for (const m of describeSchemaErrors(validate.errors))
      verdict.problems.push({ check: 'schema', message: m });
  }
  const proofs = asArray(credential.proof) as Record<string, unknown>[];
  const proof = proofs[0];
  const issuerId = idOf(credential.issuer);
  if (!proof) {
    verdict.problems.push({ check: 'proof', message: 'the credential has no proof' });
  } else if (proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== 'eddsa-rdfc-2022') {
    verdict.problems.push({
      check: 'proof',
      message: `the proof is ${String(proof.type)} / ${String(proof.cryptosuite)}; Stackwise verifies DataIntegrityProof / eddsa-rdfc-2022`,
    });
  } else {
    const methodId = idOf(proof.verificationMethod) ?? '';
    const key = resolveKey(methodId, issuerId, context.controllers);
    if ('error' in key) {
      verdict.problems.push({ check: 'key', message: key.error });
    } else {
      const result = await vc.verifyCredential({
        credential,
        suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
        documentLoader: offlineDocumentLoader(new Map([[methodId, key.method]])),
        purpose: new vc.CredentialIssuancePurpose({
          controller: key.controller as unknown as Record<string, unknown>,
        }),
        now: context.now,
      });
      if (!result.verified) {
        const messages = [
          ...errorMessages(result.error),
          ...(result.results ?? []).flatMap((r) => [
            ...errorMessages(r.error),
            ...errorMessages(r.purposeResult?.error),
          ]),
        ];
        for (const m of new Set(messages.length > 0 ? messages : ['the proof does not verify'])) {
          // Date problems are reported once, by the date check below.
          if (!/validFrom|validUntil|before|after/.test(m)) verdict.problems.push(proofProblem(m));
        }
      }
    }
  }
  checkDates(credential, context.now, verdict.problems, proof?.created);
  const covered = checkDigests(credential, context.achievements, verdict.problems);
  verdict.summary = `EndorsementCredential about ${idOf(credential.credentialSubject) ?? '(no subject)'}, issued by ${issuerId ?? '(no issuer)'}`;
  return covered;
}

async function verifyJwt(
  loaded: Loaded,
  context: {
    controllers: ReadonlyMap<string, ControllerDocument>;
    achievements: ReadonlyMap<string, Loaded>;
    now: Date;
  },
  verdict: FileVerdict,
): Promise<string[]> {
  const token = loaded.bytes.toString('utf8').trim();
  let header: ReturnType<typeof decodeProtectedHeader>;
  let claims: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(token);
    const payload = token.split('.')[1] ?? '';
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch (e) {
    verdict.problems.push({ check: 'read', message: `is not a JWT: ${(e as Error).message}` });
    return [];
  }
  if (header.alg !== 'ES256') {
    verdict.problems.push({
      check: 'proof',
      message: `the JWT is signed with ${String(header.alg)}; Stackwise verifies ES256`,
    });
    return [];
  }
  const key = resolveKey(header.kid ?? '', idOf(claims.issuer), context.controllers);
  if ('error' in key) {
    verdict.problems.push({ check: 'key', message: key.error });
  } else if (!key.method.publicKeyJwk) {
    verdict.problems.push({ check: 'key', message: `${header.kid} is not a JSON Web Key` });
  } else {
    try {
      await jwtVerify(token, await importJWK(key.method.publicKeyJwk as JWK, 'ES256'), {
        algorithms: ['ES256'],
        currentDate: context.now,
      });
    } catch (e) {
      const code = (e as { code?: string }).code;
      verdict.problems.push(
        code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'
          ? {
              check: 'proof',
              message:
                'the JWT signature does not match: the token was changed after signing, or another key signed it',
            }
          : { check: code?.startsWith('ERR_JWT_') ? 'dates' : 'proof', message: (e as Error).message },
      );
    }
  }
  const validate = obValidators().endorsementCredential;
  if (!validate(claims)) {
    for (const m of describeSchemaErrors(validate.errors))
      verdict.problems.push({ check: 'schema', message: m });
  }
  const expect = (claim: string, value: unknown) => {
    if (claims[claim] !== value) {
      verdict.problems.push({
        check: 'claims',
        message: `${claim} is ${JSON.stringify(claims[claim])}, the credential says ${JSON.stringify(value)}`,
      });
    }
  };
  expect('iss', idOf(claims.issuer));
  expect('jti', claims.id);
  expect('sub', idOf(claims.credentialSubject));
  if (typeof claims.validFrom === 'string') expect('nbf', Math.floor(Date.parse(claims.validFrom) / 1000));
  checkDates(claims, context.now, verdict.problems);
  verdict.summary = `EndorsementCredential (VC-JWT) about ${idOf(claims.credentialSubject) ?? '(no subject)'}, issued by ${idOf(claims.issuer) ?? '(no issuer)'}`;
  return verdict.problems.length === 0 ? checkDigests(claims, context.achievements, verdict.problems) : [];
}

/** An Achievement alone: its schema, that its JSON-LD has no undefined term, and that a valid credential covers its bytes. */
async function checkAchievement(
  loaded: Loaded & { json: Record<string, unknown> },
  verdict: FileVerdict,
): Promise<void> {
  const validate = obValidators().achievement;
  if (!validate(loaded.json)) {
    for (const m of describeSchemaErrors(validate.errors))
      verdict.problems.push({ check: 'schema', message: m });
  }
  try {
    await jsonld.expand(
      loaded.json as jsonld.JsonLdDocument,
      {
        documentLoader: offlineDocumentLoader() as never,
        safe: true,
      } as jsonld.Options.Expand,
    );
  } catch (e) {
    verdict.problems.push({
      check: 'json-ld',
      message: `not valid JSON-LD in safe mode: ${(e as Error).message}`,
    });
  }
  verdict.summary = `Achievement ${String(loaded.json.name ?? '')} (${idOf(loaded.json) ?? 'no id'})`;
}

async function filesOf(path: string): Promise<{ files: string[]; folder: string; single: boolean }> {
  const full = resolve(path);
  if ((await stat(full)).isDirectory()) {
    const names = (await readdir(full)).filter((n) => /\.(json|jsonld|jwt)$/.test(n)).sort();
    return { files: names.map((n) => join(full, n)), folder: full, single: false };
  }
  return { files: [full], folder: dirname(full), single: true };
}

/**
 * Verifies a badge file or every badge file of a folder, offline: schema conformance (the official
 * OB 3.0 schemas), the proof, that the key is the issuer's (did:key, or a controller document file
 * beside it), dates, and the digest of each achievement file. One verdict per file.
 */
export async function verifyBadgeFiles(path: string, options: { now?: Date } = {}): Promise<FileVerdict[]> {
  const now = options.now ?? new Date();
  const { files, folder, single } = await filesOf(path);
  const siblings = single
    ? (await readdir(folder)).filter((n) => /\.(json|jsonld)$/.test(n)).map((n) => join(folder, n))
    : files;
  const all = await Promise.all([...new Set([...files, ...siblings])].map(load));
  const byFile = new Map(all.map((l) => [l.file, l]));
  const controllers = new Map<string, ControllerDocument>();
  const achievements = new Map<string, Loaded>();
  for (const l of all) {
    const kind = kindOf(l);
    if (kind === 'controller-document')
      controllers.set(l.json?.id as string, l.json as unknown as ControllerDocument);
    if (kind === 'achievement' && typeof l.json?.id === 'string') achievements.set(l.json.id, l);
  }
  const context = { controllers, achievements, now };
  const verdicts: FileVerdict[] = [];
  const covered = new Set<string>();
  for (const file of files) {
    const loaded = byFile.get(file) as Loaded;
    const verdict: FileVerdict = { file, kind: kindOf(loaded), ok: false, summary: '', problems: [] };
    verdicts.push(verdict);
    if (loaded.readError) {
      verdict.problems.push({ check: 'read', message: loaded.readError });
      verdict.summary = 'unreadable';
      continue;
    }
    if (verdict.kind === 'endorsement' && loaded.json) {
      const ok = await verifyEndorsement({ ...loaded, json: loaded.json }, context, verdict);
      if (verdict.problems.length === 0) for (const f of ok) covered.add(f);
    } else if (verdict.kind === 'endorsement-jwt') {
      const ok = await verifyJwt(loaded, context, verdict);
      if (verdict.problems.length === 0) for (const f of ok) covered.add(f);
    }
  }
  // Whether a valid credential vouches for an achievement is known only once every credential is checked.
  for (const verdict of verdicts) {
    const loaded = byFile.get(verdict.file) as Loaded;
    if (verdict.kind === 'achievement' && loaded.json && !loaded.readError) {
      await checkAchievement({ ...loaded, json: loaded.json }, verdict);
      if (!covered.has(verdict.file)) {
        verdict.problems.push({
          check: 'digest',
          message: `no valid endorsement credential beside it vouches for these exact bytes (${digestSRI(loaded.bytes)})`,
        });
      }
    } else if (verdict.kind === 'controller-document') {
      verdict.summary = `controller document of ${String(loaded.json?.id)}`;
    } else if (verdict.kind === 'other' && !loaded.readError) {
      verdict.summary = 'not a badge file';
      if (!single) verdict.skipped = true;
      else
        verdict.problems.push({
          check: 'read',
          message: 'is not an Achievement, an EndorsementCredential or a VC-JWT',
        });
    }
    verdict.ok = verdict.problems.length === 0;
  }
  return verdicts;
}
