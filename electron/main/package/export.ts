import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { sayIn } from '@locales/say';
import { translator } from '@locales/translate';
import { CREDENTIAL_CONTEXT } from '@shared/credentials/contexts';
import { buildPathwayDefinitions } from '@shared/credentials/definitions';
import { issuerProfile } from '@shared/credentials/issuer-profile';
import { designContent, sha256Hex } from '@shared/domain/review';
import { documentLanguage } from '@shared/i18n/document-language';
import { checkDesignForExport } from '@shared/qa/design-check';
import { countBySeverity } from '@shared/qa/engine';
import { encodeWorkspace } from '@shared/schemas/decode';
import { CURRENT_SCHEMA_VERSION, WORKSPACE_FORMAT, Workspace } from '@shared/schemas/workspace';
import yazl from 'yazl';
import { version as stackwiseVersion } from '../../../package.json';
import { renderSpecificationPdf } from '../export/spec-pdf';
import { specificationRefusal } from '../export/spec-words';
import { type SpecificationRequest, specificationOf } from '../export/specification';
import { reportJson } from '../qa-report';
import { exportPathwayBadges } from '../signing/badge-export';
import { achievementUrn } from '../signing/ids';
import type { IssuerKeystore } from '../signing/keystore';
import { type SigningIdentity, signDataIntegrity, signingIdentity } from '../signing/sign';
import { writeFileAtomically } from '../storage/atomic-write';
import { PackageError } from './errors';
import {
  BADGES_FOLDER,
  DESIGN_ENTRY,
  issuerControllerEntry,
  issuerProfileEntry,
  MANIFEST_ENTRY,
  mediaTypeOf,
  QA_REPORT_ENTRY,
  SPECIFICATION_ENTRY,
} from './layout';
import { manifestApproval, packageManifest } from './manifest';

export interface PackageExportOptions {
  workspace: Workspace;
  pathwayId: string;
  keystore: IssuerKeystore;
  /** The .zip to write; an existing file is replaced only once the new one is complete. */
  outFile: string;
  /** validFrom of every credential, the proofs' `created`, the specification's date; now by default. */
  now?: Date;
}

export interface PackageExportResult {
  outFile: string;
  /** Every file of the package but the manifest, as the manifest lists it. */
  files: { path: string; mediaType: string; digestSRI: string; bytes: number }[];
  manifestId: string;
  /** Who signed the manifest: the issuer of the pathway's award. */
  signedBy: { issuerId: string; profileId: string; verificationMethod: string };
  /** Things the designer should know (from the badge definitions), not errors. */
  notes: string[];
}

/** Seconds precision with Z: what VC 2.0 and the OB schema accept for validFrom and created. */
const xsdDateTime = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

const jsonBytes = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');

/** The pathway as a workspace file of its own: its issuers, modules, review and the workspace's QA profiles. */
function designWorkspace(workspace: Workspace, pathwayId: string, issuerIds: ReadonlySet<string>) {
  const pathway = workspace.pathways.find((p) => p.id === pathwayId);
  const moduleIds = new Set(
    pathway?.stages.flatMap((s) =>
      s.items.flatMap((i) => (i.kind === 'module' ? [i.moduleId] : i.moduleIds)),
    ),
  );
  // Kept in workspace order, so a module without an issuer resolves to the same first issuer.
  return Workspace.parse({
    format: WORKSPACE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: workspace.id,
    title: workspace.title,
    // The packaged pathway's documents stay in the language they were written in.
    ...(workspace.language && { language: workspace.language }),
    revision: 0,
    createdAt: workspace.createdAt,
    updatedAt: workspace.updatedAt,
    issuers: workspace.issuers.filter((i) => issuerIds.has(i.id)),
    modules: workspace.modules.filter((m) => moduleIds.has(m.id)),
    pathways: pathway ? [pathway] : [],
    qaProfiles: workspace.qaProfiles,
    reviews: workspace.reviews.filter((r) => r.pathwayId === pathwayId),
  });
}

/** The signed badge definitions exactly as `exportPathwayBadges` writes them, by file name. */
async function signedBadges(
  options: PackageExportOptions,
): Promise<{ files: Map<string, Buffer>; notes: string[] }> {
  const scratch = await mkdtemp(join(tmpdir(), 'stackwise-package-'));
  try {
    const outDir = join(scratch, 'badges');
    const result = await exportPathwayBadges({
      workspace: options.workspace,
      pathwayId: options.pathwayId,
      keystore: options.keystore,
      outDir,
      ...(options.now ? { now: options.now } : {}),
    });
    const files = new Map<string, Buffer>();
    for (const name of [...result.files].sort()) files.set(name, await readFile(join(outDir, name)));
    return { files, notes: result.notes };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The PDF specification, in the pathway's language, with the QA run the package is made from. */
async function specificationPdf(
  workspace: Workspace,
  pathwayId: string,
  request: { generatedAt: string; qa: SpecificationRequest['qa'] },
  file: string,
) {
  const built = specificationOf(workspace, pathwayId, request);
  if (!built.ok) {
    const tr = translator(documentLanguage(workspace, undefined));
    throw new PackageError('package.cannot-build', file, `${file}: ${specificationRefusal(built, tr)}`);
  }
  const chunks: Buffer[] = [];
  await renderSpecificationPdf(
    built.specification,
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    }),
  );
  return Buffer.concat(chunks);
}

async function writeZip(outFile: string, entries: ReadonlyMap<string, Buffer>, mtime: Date): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [path, bytes] of entries) {
    // PDF streams are compressed already; deflating them again only costs time.
    zip.addBuffer(bytes, path, { mtime, mode: 0o100644, compress: !path.endsWith('.pdf') });
  }
  zip.end();
  await writeFileAtomically(outFile, async (handle) => {
    for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) await handle.write(chunk);
  });
}

/**
 * Writes a pathway's programme package: one zip with the design (a workspace file of its own), the
 * signed badge definitions, each signing issuer's profile and controller document, the PDF
 * specification, the QA report, and a manifest credential signed by the award's issuer that gives the
 * digest of every other file. Refuses a design with QA error findings. Written atomically: on any
 * failure no package (and no temporary file) is left.
 */
export async function exportPackage(options: PackageExportOptions): Promise<PackageExportResult> {
  const { workspace, pathwayId, keystore } = options;
  const outFile = resolve(options.outFile);
  const now = options.now ?? new Date();
  const validFrom = xsdDateTime(now);
  const pathway = workspace.pathways.find((p) => p.id === pathwayId);
  if (!pathway) {
    throw new PackageError(
      'package.cannot-build',
      outFile,
      `The workspace has no pathway ${pathwayId} (it has: ${workspace.pathways.map((p) => p.id).join(', ') || 'none'})`,
    );
  }
  const qa = checkDesignForExport(workspace, pathwayId);
  if (qa.errors > 0) {
    throw new PackageError(
      'package.cannot-build',
      outFile,
      `“${pathway.title}” has ${qa.errors} QA ${qa.errors === 1 ? 'error' : 'errors'}: fix ${qa.errors === 1 ? 'it' : 'them'} (stackwise validate, or the Quality panel) before packaging it for approval`,
    );
  }
  const definitions = buildPathwayDefinitions(workspace, pathwayId, {
    achievementId: achievementUrn,
    issuerProfileId: (issuer) => issuer.id,
    words: sayIn,
  }).definitions;
  const say = sayIn(documentLanguage(workspace, pathway));
  const awardIssuerId = definitions.find((d) => d.kind === 'pathway')?.issuerId as string;
  const signingIssuerIds = new Set(definitions.map((d) => d.issuerId));

  const badges = await signedBadges(options);
  const identities = new Map<string, SigningIdentity>();
  for (const issuer of workspace.issuers.filter((i) => signingIssuerIds.has(i.id))) {
    // The badge export has just signed with every one of these keys, so each issuer has them.
    const keys = await keystore.publicKeys(issuer.id);
    if (keys) identities.set(issuer.id, await signingIdentity(issuer, keys));
  }

  const files = new Map<string, Buffer>();
  files.set(
    DESIGN_ENTRY,
    Buffer.from(encodeWorkspace(designWorkspace(workspace, pathwayId, signingIssuerIds))),
  );
  files.set(
    SPECIFICATION_ENTRY,
    await specificationPdf(workspace, pathwayId, { generatedAt: now.toISOString(), qa }, outFile),
  );
  files.set(
    QA_REPORT_ENTRY,
    Buffer.from(
      `${reportJson(
        { file: DESIGN_ENTRY, workspace, profiles: qa.profiles, pathwayId },
        qa.report,
        translator(documentLanguage(workspace, pathway)),
      )}\n`,
    ),
  );
  for (const [issuerId, identity] of identities) {
    const issuer = workspace.issuers.find((i) => i.id === issuerId);
    if (!issuer) continue;
    files.set(
      issuerProfileEntry(issuerId),
      jsonBytes({ '@context': CREDENTIAL_CONTEXT, ...issuerProfile(issuer, identity.profileId, say) }),
    );
    files.set(issuerControllerEntry(issuerId), jsonBytes(identity.controller));
  }
  for (const [name, bytes] of badges.files) files.set(`${BADGES_FOLDER}${name}`, bytes);

  const signer = identities.get(awardIssuerId) as SigningIdentity;
  const awardIssuer = workspace.issuers.find((i) => i.id === awardIssuerId);
  if (!awardIssuer) throw new Error(`Issuer ${awardIssuerId} vanished from the workspace`);
  const counts = countBySeverity(qa.report.findings);
  const approval = manifestApproval(
    workspace.reviews.find((r) => r.pathwayId === pathwayId)?.decisions ?? [],
  );
  const unsigned = packageManifest({
    issuer: issuerProfile(awardIssuer, signer.profileId, say),
    validFrom,
    subject: {
      id: achievementUrn({
        workspaceId: workspace.id,
        kind: 'pathway',
        entityId: pathway.id,
        version: pathway.version,
      }),
      type: ['ProgrammePackage'],
      name: pathway.title,
      pathwayId: pathway.id,
      designVersion: pathway.version,
      contentHash: await sha256Hex(designContent(workspace, pathwayId)),
      stackwiseVersion,
      qaProfile: qa.profiles.map((p) => ({ profileId: p.id, name: p.title, profileVersion: p.version })),
      qaErrors: counts.error,
      qaWarnings: counts.warning,
      ...(approval ? { approval } : {}),
    },
    files,
  });
  const manifest = await signDataIntegrity(unsigned, keystore, signer, validFrom);

  await writeZip(outFile, new Map([[MANIFEST_ENTRY, jsonBytes(manifest)], ...files]), now);
  return {
    outFile,
    files: [...files].map(([path, bytes]) => ({
      path,
      mediaType: mediaTypeOf(path),
      digestSRI: unsigned.relatedResource.find((r) => r.name === path)?.digestSRI as string,
      bytes: bytes.length,
    })),
    manifestId: manifest.id,
    signedBy: {
      issuerId: awardIssuerId,
      profileId: signer.profileId,
      verificationMethod: signer.verificationMethod,
    },
    notes: badges.notes,
  };
}
