import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import type { ManifestFinding } from '@shared/contract/verdicts';
import { OB_V3P0_CONTEXT, VC_V2_CONTEXT } from '@shared/credentials/contexts';
import type { ObProfile } from '@shared/credentials/types';
import type { ReviewDecision } from '@shared/schemas/review';
import { describeJsonLdError, offlineDocumentLoader } from '../signing/document-loader';
import { digestSRI, nameBasedUrn } from '../signing/ids';
import { type ControllerDocument, didKeyDocument } from '../signing/key-documents';
import { STACKWISE_PACKAGE_CONTEXT } from './context';
import { mediaTypeOf } from './layout';

export const MANIFEST_TYPE = 'ProgrammePackageManifest';
export const MANIFEST_CONTEXT = [VC_V2_CONTEXT, OB_V3P0_CONTEXT, STACKWISE_PACKAGE_CONTEXT] as const;

/** One file of the package as the manifest lists it: `name` is its path inside the zip. */
export interface ManifestResource {
  id: string;
  name: string;
  mediaType: string;
  digestSRI: string;
}

/** The approval a package carries: the latest approval decision of the pathway's review. */
export interface ManifestApproval {
  decisionId: string;
  decision: 'approved';
  reviewer: string;
  reviewerRole?: string;
  decidedAt: string;
  designVersion: string;
  contentHash?: string;
  profileVersions: Record<string, string>;
}

export interface ManifestSubject {
  /** The id of the pathway award's badge definition (one per pathway version). */
  id: string;
  type: ['ProgrammePackage'];
  name: string;
  pathwayId: string;
  designVersion: string;
  /** SHA-256 (hex) of the design's canonical content: what an approval's contentHash is compared with. */
  contentHash: string;
  stackwiseVersion: string;
  qaProfile: { profileId: string; name: string; profileVersion: string }[];
  qaErrors: number;
  qaWarnings: number;
  approval?: ManifestApproval;
}

export interface PackageManifest {
  '@context': readonly string[];
  id: string;
  type: ['VerifiableCredential', typeof MANIFEST_TYPE];
  name: string;
  issuer: ObProfile;
  validFrom: string;
  credentialSubject: ManifestSubject;
  relatedResource: ManifestResource[];
}

/** The approval record of the latest approval decision, without its frozen snapshot (the design travels beside it). */
export function manifestApproval(decisions: readonly ReviewDecision[]): ManifestApproval | undefined {
  const latest = decisions
    .filter((d) => d.decision === 'approved')
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  if (!latest) return undefined;
  return {
    decisionId: latest.id,
    decision: 'approved',
    reviewer: latest.reviewer,
    ...(latest.role ? { reviewerRole: latest.role } : {}),
    decidedAt: latest.date,
    designVersion: latest.designVersion,
    ...(latest.contentHash ? { contentHash: latest.contentHash } : {}),
    profileVersions: latest.profileVersions,
  };
}

/** The unsigned manifest: every file of the package (all but the manifest itself) with its digest. */
export function packageManifest(input: {
  issuer: ObProfile;
  validFrom: string;
  subject: ManifestSubject;
  files: ReadonlyMap<string, Uint8Array>;
}): PackageManifest {
  const id = nameBasedUrn(`package/${input.subject.id}/${input.subject.contentHash}/${input.validFrom}`);
  return {
    '@context': MANIFEST_CONTEXT,
    id,
    type: ['VerifiableCredential', MANIFEST_TYPE],
    name: `Programme package of ${input.subject.name}, version ${input.subject.designVersion}`,
    issuer: input.issuer,
    validFrom: input.validFrom,
    credentialSubject: input.subject,
    // A path is not an IRI, so each file gets a URN of its own and its path as its name.
    relatedResource: [...input.files].map(([name, bytes]) => ({
      id: nameBasedUrn(`package-file/${id}/${name}`),
      name,
      mediaType: mediaTypeOf(name),
      digestSRI: digestSRI(bytes),
    })),
  };
}

export interface ManifestSignature {
  valid: boolean;
  /** The issuer's profile id (its web address or did:key) as the manifest names it. */
  issuer: string | null;
  issuerName: string | null;
  verificationMethod: string | null;
  /** The Ed25519 public key that signed, when it could be resolved. */
  publicKeyMultibase: string | null;
  /** Why the signature does not verify, as codes the catalogue words (export.json `package.manifest.*`). */
  problems: ManifestFinding[];
}

const idOf = (value: unknown): string | null =>
  typeof value === 'string'
    ? value
    : typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
      ? (value as { id: string }).id
      : null;

function flatten(error: (Error & { errors?: Error[] }) | undefined): string[] {
  if (!error) return [];
  const nested = error.errors?.flatMap((e) => flatten(e)) ?? [];
  return nested.length > 0 ? nested : [describeJsonLdError(error)];
}

const problem = (code: ManifestFinding['code'], params: ManifestFinding['params'] = {}): ManifestFinding => ({
  code,
  params,
});

/**
 * Checks the manifest's Data Integrity proof (eddsa-rdfc-2022) offline. The key comes from the issuer's
 * did:key or from a controller document the package carries; the issuer must be the key's controller.
 */
export async function verifyManifestSignature(
  manifest: Record<string, unknown>,
  controllers: ReadonlyMap<string, ControllerDocument>,
  now: Date,
): Promise<ManifestSignature> {
  const issuer = idOf(manifest.issuer);
  const issuerName = (manifest.issuer as { name?: unknown } | undefined)?.name;
  const proof = (Array.isArray(manifest.proof) ? manifest.proof[0] : manifest.proof) as
    | Record<string, unknown>
    | undefined;
  const verificationMethod = idOf(proof?.verificationMethod);
  const result: ManifestSignature = {
    valid: false,
    issuer,
    issuerName: typeof issuerName === 'string' ? issuerName : null,
    verificationMethod,
    publicKeyMultibase: null,
    problems: [],
  };
  if (!proof) {
    result.problems.push(problem('unsigned'));
    return result;
  }
  if (proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== 'eddsa-rdfc-2022') {
    result.problems.push(
      problem('unsupported', { type: String(proof.type), cryptosuite: String(proof.cryptosuite) }),
    );
    return result;
  }
  const controllerId = verificationMethod?.split('#')[0];
  if (!verificationMethod || !controllerId || controllerId !== issuer) {
    result.problems.push(problem('not-issuers', { key: verificationMethod, issuer }));
    return result;
  }
  const controller = controllerId.startsWith('did:key:')
    ? didKeyDocument(controllerId)
    : controllers.get(controllerId);
  const method = controller?.verificationMethod.find((m) => m.id === verificationMethod);
  if (!controller || !method) {
    result.problems.push(problem('unresolved', { key: verificationMethod, controller: controllerId }));
    return result;
  }
  if (!controller.assertionMethod.includes(verificationMethod)) {
    result.problems.push(problem('not-authorised', { key: verificationMethod, controller: controllerId }));
    return result;
  }
  result.publicKeyMultibase = method.publicKeyMultibase ?? null;
  const verified = await vc.verifyCredential({
    credential: manifest,
    suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
    documentLoader: offlineDocumentLoader(new Map([[verificationMethod, method]])),
    purpose: new vc.CredentialIssuancePurpose({
      controller: controller as unknown as Record<string, unknown>,
    }),
    now,
  });
  if (!verified.verified) {
    const messages = [
      ...flatten(verified.error),
      ...(verified.results ?? []).flatMap((r) => [...flatten(r.error), ...flatten(r.purposeResult?.error)]),
    ];
    if (messages.length === 0) result.problems.push(problem('not-verified'));
    for (const detail of new Set(messages)) {
      result.problems.push(
        detail === 'Invalid signature.' ? problem('mismatch') : problem('detail', { detail }),
      );
    }
    return result;
  }
  result.valid = true;
  return result;
}
