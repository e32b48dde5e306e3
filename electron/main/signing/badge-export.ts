import { resolve } from 'node:path';
import { sayIn } from '@locales/say';
import { buildPathwayDefinitions, encodeAchievement } from '@shared/credentials/definitions';
import { definitionEndorsement } from '@shared/credentials/endorsement';
import { achievementLanguage } from '@shared/credentials/language';
import type { Workspace } from '@shared/schemas/workspace';
import { type AtomicFs, writeFolderAtomically } from '../storage/atomic-write';
import { achievementUrn, digestSRI, endorsementUrn } from './ids';
import type { IssuerKeystore } from './keystore';
import {
  type IdentityMode,
  type SigningIdentity,
  signDataIntegrity,
  signingIdentity,
  signVcJwt,
} from './sign';

export interface BadgeExportOptions {
  workspace: Workspace;
  pathwayId: string;
  keystore: IssuerKeystore;
  /** The folder to create; it must not exist yet unless `replace` is set. */
  outDir: string;
  /** validFrom and proof `created`; now by default. */
  now?: Date;
  /** Force how verifiers find the keys; by default the web address when the issuer has one, else did:key. */
  identity?: IdentityMode;
  /** Also write each credential as a VC-JWT (ES256). */
  vcJwt?: boolean;
  replace?: boolean;
  /** The file-system calls of the atomic folder write (tests inject failures here). */
  fs?: AtomicFs;
}

export interface BadgeExportResult {
  outDir: string;
  /** File names written, relative to outDir. */
  files: string[];
  notes: string[];
}

/** Seconds precision with Z: what VC 2.0 and the OB schema accept for validFrom and created. */
function xsdDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * Builds, signs and writes a pathway's badge definitions: per definition the Achievement file and an
 * EndorsementCredential covering its bytes (optionally also as VC-JWT), plus each url-mode issuer's
 * controller document, all at once or not at all (writeFolderAtomically).
 */
export async function exportPathwayBadges(options: BadgeExportOptions): Promise<BadgeExportResult> {
  const { workspace, keystore } = options;
  const validFrom = xsdDateTime(options.now ?? new Date());
  const identities = new Map<string, SigningIdentity>();
  const publicKeys = new Map<string, NonNullable<Awaited<ReturnType<IssuerKeystore['publicKeys']>>>>();
  for (const issuer of workspace.issuers) {
    const keys = await keystore.publicKeys(issuer.id);
    if (!keys) continue;
    publicKeys.set(issuer.id, keys);
    identities.set(issuer.id, await signingIdentity(issuer, keys, options.identity));
  }
  const built = buildPathwayDefinitions(workspace, options.pathwayId, {
    achievementId: achievementUrn,
    issuerProfileId: (issuer) => {
      const identity = identities.get(issuer.id);
      if (!identity) {
        throw new Error(
          `Issuer ${issuer.name} (${issuer.id}) has no signing key in ${keystore.dir}: run stackwise keys generate --issuer ${issuer.id}`,
        );
      }
      return identity.profileId;
    },
    words: sayIn,
  });
  const files = new Map<string, string>();
  for (const definition of built.definitions) {
    const identity = identities.get(definition.issuerId) as SigningIdentity;
    const achievementText = encodeAchievement(definition.achievement);
    const endorsement = definitionEndorsement(
      {
        id: endorsementUrn(definition.achievement.id, identity.profileId),
        achievement: definition.achievement,
        status: definition.status,
        issuer: definition.achievement.creator,
        validFrom,
        achievementDigestSRI: digestSRI(achievementText),
      },
      sayIn(achievementLanguage(definition.achievement)),
    );
    const signed = await signDataIntegrity(endorsement, keystore, identity, validFrom);
    files.set(`${definition.fileStem}.achievement.json`, achievementText);
    files.set(`${definition.fileStem}.endorsement.json`, `${JSON.stringify(signed, null, 2)}\n`);
    if (options.vcJwt) {
      const keys = publicKeys.get(definition.issuerId);
      if (keys) {
        const jwt = await signVcJwt(endorsement, keystore, identity, keys);
        files.set(`${definition.fileStem}.endorsement.jwt`, `${jwt}\n`);
      }
    }
  }
  for (const issuerId of new Set(built.definitions.map((d) => d.issuerId))) {
    const identity = identities.get(issuerId) as SigningIdentity;
    if (identity.mode === 'url') {
      files.set(`issuer-${issuerId}.controller.json`, `${JSON.stringify(identity.controller, null, 2)}\n`);
    }
  }
  const outDir = resolve(options.outDir);
  await writeFolderAtomically(outDir, files, {
    replace: options.replace ?? false,
    fs: options.fs,
  });
  return { outDir, files: [...files.keys()], notes: built.notes };
}
