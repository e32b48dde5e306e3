import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import jsonld from 'jsonld';
import { describeJsonLdError, offlineDocumentLoader, offlineRefusal } from './document-loader';
import { digestSRI } from './ids';
import type { ControllerDocument } from './key-documents';
import { obValidators } from './schemas';
import {
  asArray,
  checkDates,
  checkDigests,
  type FileVerdict,
  finding,
  idOf,
  type Loaded,
  leafErrors,
  proofFinding,
  resolveKey,
  schemaFindings,
  type VerifyContext,
} from './verify-checks';
import { verifyJwt } from './verify-jwt';

export type { FileVerdict } from './verify-checks';

const types = (doc: Record<string, unknown> | undefined) =>
  asArray(doc?.type).filter((t) => typeof t === 'string');

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
      return { file, bytes, readError: finding('read', 'not-object') };
    }
    return { file, bytes, json: json as Record<string, unknown> };
  } catch (e) {
    return { file, bytes, readError: finding('read', 'not-json', { detail: (e as Error).message }) };
  }
}

/** The Data Integrity proof (eddsa-rdfc-2022) of an endorsement, by its issuer's key. */
async function checkProof(
  credential: Record<string, unknown>,
  proof: Record<string, unknown> | undefined,
  context: VerifyContext,
  verdict: FileVerdict,
): Promise<void> {
  if (!proof) {
    verdict.problems.push(finding('proof', 'missing'));
    return;
  }
  if (proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== 'eddsa-rdfc-2022') {
    verdict.problems.push(
      finding('proof', 'unsupported', { type: String(proof.type), cryptosuite: String(proof.cryptosuite) }),
    );
    return;
  }
  const methodId = idOf(proof.verificationMethod) ?? '';
  const key = resolveKey(methodId, idOf(credential.issuer), context.controllers);
  if ('error' in key) {
    verdict.problems.push(key.error);
    return;
  }
  const result = await vc.verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
    documentLoader: offlineDocumentLoader(new Map([[methodId, key.method]])),
    purpose: new vc.CredentialIssuancePurpose({
      controller: key.controller as unknown as Record<string, unknown>,
    }),
    now: context.now,
  });
  if (result.verified) return;
  const errors = [
    ...leafErrors(result.error),
    ...(result.results ?? []).flatMap((r) => [...leafErrors(r.error), ...leafErrors(r.purposeResult?.error)]),
  ];
  if (errors.length === 0) verdict.problems.push(finding('proof', 'not-verified'));
  const seen = new Set<string>();
  for (const error of errors) {
    const detail = describeJsonLdError(error);
    // Date problems are reported once, by the date check.
    if (seen.has(detail) || /validFrom|validUntil|before|after/.test(detail)) continue;
    seen.add(detail);
    verdict.problems.push(proofFinding(error));
  }
}

async function verifyEndorsement(
  loaded: Loaded & { json: Record<string, unknown> },
  context: VerifyContext,
  verdict: FileVerdict,
): Promise<string[]> {
  const credential = loaded.json;
  verdict.summary = {
    code: 'endorsement',
    params: { subject: idOf(credential.credentialSubject), issuer: idOf(credential.issuer) },
  };
  const validate = obValidators().endorsementCredential;
  if (!validate(credential)) verdict.problems.push(...schemaFindings(validate.errors));
  const proof = asArray(credential.proof)[0] as Record<string, unknown> | undefined;
  await checkProof(credential, proof, context, verdict);
  checkDates(credential, context.now, verdict.problems, proof?.created);
  return checkDigests(credential, context.achievements, verdict.problems);
}

/** An Achievement alone: its schema, that its JSON-LD has no undefined term, and that a valid credential covers its bytes. */
async function checkAchievement(
  loaded: Loaded & { json: Record<string, unknown> },
  verdict: FileVerdict,
): Promise<void> {
  verdict.summary = {
    code: 'achievement',
    params: { name: String(loaded.json.name ?? ''), id: idOf(loaded.json) },
  };
  const validate = obValidators().achievement;
  if (!validate(loaded.json)) verdict.problems.push(...schemaFindings(validate.errors));
  try {
    await jsonld.expand(
      loaded.json as jsonld.JsonLdDocument,
      {
        documentLoader: offlineDocumentLoader() as never,
        safe: true,
      } as jsonld.Options.Expand,
    );
  } catch (e) {
    const refusal = offlineRefusal(e);
    verdict.problems.push(
      refusal
        ? finding('json-ld', 'offline', { url: refusal.url })
        : finding('json-ld', 'unsafe', { detail: describeJsonLdError(e) }),
    );
  }
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
 * beside it), dates, and the digest of each achievement file. One verdict per file, its findings as codes.
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
    const verdict: FileVerdict = {
      file,
      kind: kindOf(loaded),
      ok: false,
      summary: { code: 'unreadable', params: {} },
      problems: [],
    };
    verdicts.push(verdict);
    if (loaded.readError) {
      verdict.problems.push(loaded.readError);
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
        verdict.problems.push(finding('digest', 'unvouched', { digest: digestSRI(loaded.bytes) }));
      }
    } else if (verdict.kind === 'controller-document') {
      verdict.summary = { code: 'controller-document', params: { id: String(loaded.json?.id) } };
    } else if (verdict.kind === 'other' && !loaded.readError) {
      verdict.summary = { code: 'not-badge', params: {} };
      if (!single) verdict.skipped = true;
      else verdict.problems.push(finding('read', 'not-badge'));
    }
    verdict.ok = verdict.problems.length === 0;
  }
  return verdicts;
}
