import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { FindingParams } from '@shared/contract/verdicts';
import { digestSRI } from '../signing/ids';
import type { ControllerDocument } from '../signing/key-documents';
import { type FileVerdict, verifyBadgeFiles } from '../signing/verify';
import { type ArchiveLimits, DEFAULT_ARCHIVE_LIMITS, readArchive } from './archive-read';
import { PackageError } from './errors';
import { BADGES_FOLDER, badgeFileName, ISSUERS_FOLDER, MANIFEST_ENTRY } from './layout';
import {
  MANIFEST_TYPE,
  type ManifestSignature,
  type ManifestSubject,
  verifyManifestSignature,
} from './manifest';

export type PackageFileStatus = 'intact' | 'changed' | 'missing' | 'unexpected';

/** One file of the package: whether its bytes are the ones the manifest gives the digest of. */
export interface PackageFileVerdict {
  path: string;
  status: PackageFileStatus;
  /** From the manifest; null for an unexpected file. */
  mediaType: string | null;
  /** For a changed file, its digest (`actual`) and the manifest's (`expected`); the catalogue words the status. */
  params: FindingParams;
}

export interface PackageReport {
  /** The zip, as an absolute path. */
  file: string;
  /** true only if the signature is valid, every listed file is intact, nothing unexpected is there and every badge file verifies. */
  ok: boolean;
  manifest: ManifestSignature & {
    /** What the manifest says it packages (as signed, so trust it only when `valid`). */
    subject: ManifestSubject | null;
    validFrom: string | null;
  };
  /** Every file the manifest lists, then every file it does not, by path. */
  files: PackageFileVerdict[];
  /** The badge files' own verification (schema, proof, key, dates, digests); `file` is their path in the package. */
  badges: FileVerdict[];
}

export interface VerifyPackageOptions {
  /** When the dates are checked against; now by default. */
  now?: Date;
  limits?: ArchiveLimits;
}

function parseManifest(file: string, bytes: Buffer | undefined): Record<string, unknown> {
  if (!bytes) {
    throw new PackageError(
      'package.not-a-package',
      file,
      `${file} is not a Stackwise programme package: it has no ${MANIFEST_ENTRY}`,
    );
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new PackageError(
      'package.not-a-package',
      file,
      `${file}: ${MANIFEST_ENTRY} is not valid JSON (${(e as Error).message}), so nothing in the package can be checked`,
    );
  }
  const types = (manifest as { type?: unknown } | null)?.type;
  if (!Array.isArray(types) || !types.includes(MANIFEST_TYPE)) {
    throw new PackageError(
      'package.not-a-package',
      file,
      `${file}: ${MANIFEST_ENTRY} is not a Stackwise package manifest (its type does not include ${MANIFEST_TYPE})`,
    );
  }
  return manifest as Record<string, unknown>;
}

function listedResources(file: string, manifest: Record<string, unknown>) {
  const resources = manifest.relatedResource;
  const listed: { name: string; mediaType: string | null; digestSRI: string }[] = [];
  for (const resource of Array.isArray(resources) ? resources : []) {
    const { name, mediaType, digestSRI: digest } = (resource ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || typeof digest !== 'string') {
      throw new PackageError(
        'package.not-a-package',
        file,
        `${file}: ${MANIFEST_ENTRY} lists a file without a name or a digestSRI`,
      );
    }
    listed.push({ name, mediaType: typeof mediaType === 'string' ? mediaType : null, digestSRI: digest });
  }
  return listed;
}

/** Controller documents the package carries, by their id: where a web-address issuer's key is found offline. */
function controllerDocuments(entries: ReadonlyMap<string, Buffer>): Map<string, ControllerDocument> {
  const controllers = new Map<string, ControllerDocument>();
  for (const [path, bytes] of entries) {
    if (!path.startsWith(ISSUERS_FOLDER) || !path.endsWith('.controller.json')) continue;
    try {
      const doc = JSON.parse(bytes.toString('utf8')) as ControllerDocument;
      if (
        typeof doc.id === 'string' &&
        Array.isArray(doc.verificationMethod) &&
        Array.isArray(doc.assertionMethod)
      ) {
        controllers.set(doc.id, doc);
      }
    } catch {
      // A damaged controller document is reported by its digest; it simply resolves no key.
    }
  }
  return controllers;
}

function compareFiles(
  entries: ReadonlyMap<string, Buffer>,
  listed: ReturnType<typeof listedResources>,
): PackageFileVerdict[] {
  const verdicts: PackageFileVerdict[] = listed.map(
    ({ name, mediaType, digestSRI: expected }): PackageFileVerdict => {
      const bytes = entries.get(name);
      if (!bytes) {
        return { path: name, status: 'missing', mediaType, params: {} };
      }
      const actual = digestSRI(bytes);
      return actual === expected
        ? { path: name, status: 'intact', mediaType, params: {} }
        : { path: name, status: 'changed', mediaType, params: { actual, expected } };
    },
  );
  const names = new Set(listed.map((l) => l.name));
  for (const path of [...entries.keys()].sort()) {
    if (path === MANIFEST_ENTRY || names.has(path)) continue;
    verdicts.push({ path, status: 'unexpected', mediaType: null, params: {} });
  }
  return verdicts;
}

/**
 * The badge verifier reads files from a folder: the badge files (plain names, already read within the
 * limits) are copied into a private temporary folder for it and removed straight after.
 */
async function verifyBadges(entries: ReadonlyMap<string, Buffer>, now: Date): Promise<FileVerdict[]> {
  const badges = [...entries].flatMap(([path, bytes]) => {
    const name = badgeFileName(path);
    return name ? [{ name, bytes }] : [];
  });
  if (badges.length === 0) return [];
  const scratch = await mkdtemp(join(tmpdir(), 'stackwise-verify-'));
  try {
    for (const { name, bytes } of badges) await writeFile(join(scratch, name), bytes, { flag: 'wx' });
    const verdicts = await verifyBadgeFiles(scratch, { now });
    return verdicts.map((v) => ({ ...v, file: `${BADGES_FOLDER}${basename(v.file)}` }));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The checks of `verifyPackage` over entries already read (within the limits) from `file`. */
export async function verifyPackageEntries(
  file: string,
  entries: ReadonlyMap<string, Buffer>,
  now: Date,
): Promise<PackageReport> {
  const manifest = parseManifest(file, entries.get(MANIFEST_ENTRY));
  const signature = await verifyManifestSignature(manifest, controllerDocuments(entries), now);
  const files = compareFiles(entries, listedResources(file, manifest));
  const badges = await verifyBadges(entries, now);
  return {
    file,
    ok:
      signature.valid &&
      files.every((f) => f.status === 'intact') &&
      badges.every((b) => b.ok || b.skipped === true),
    manifest: {
      ...signature,
      subject: (manifest.credentialSubject as ManifestSubject | undefined) ?? null,
      validFrom: typeof manifest.validFrom === 'string' ? manifest.validFrom : null,
    },
    files,
    badges,
  };
}

/**
 * Verifies a programme package offline: the manifest's signature (and by which key), then file by file
 * whether each is intact, changed, missing or unexpected, and every badge file's own verification.
 * Throws a PackageError when the file is not a safe, readable package at all (not a zip, truncated,
 * hostile entries, a zip bomb, no manifest).
 */
export async function verifyPackage(
  zipFile: string,
  options: VerifyPackageOptions = {},
): Promise<PackageReport> {
  const file = resolve(zipFile);
  const entries = await readArchive(file, options.limits ?? DEFAULT_ARCHIVE_LIMITS);
  return verifyPackageEntries(file, entries, options.now ?? new Date());
}
