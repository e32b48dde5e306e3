import type { KeyObject } from 'node:crypto';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import type { Issuer } from '@shared/schemas/issuer';
import { SignJWT } from 'jose';
import { describeJsonLdError, offlineDocumentLoader, offlineRefusal } from './document-loader';
import {
  type ControllerDocument,
  controllerDocument,
  didKey,
  didKeyDocument,
  es256MethodId,
  type IssuerPublicKeys,
} from './key-documents';
import type { IssuerKeystore } from './keystore';

/** How verifiers find the issuer's key: a controller document at its web address, or its did:key. */
export type IdentityMode = 'url' | 'did:key';

/** Who signs, under which id, with which key: the issuer must be the key's controller. */
export interface SigningIdentity {
  issuerId: string;
  profileId: string;
  verificationMethod: string;
  /** Its controller document: to publish at `profileId` (url mode); derived from the DID (did:key mode). */
  controller: ControllerDocument;
  mode: IdentityMode;
}

/** The identity an issuer signs with. The url mode needs the issuer's web address. */
export async function signingIdentity(
  issuer: Issuer,
  keys: IssuerPublicKeys,
  mode: IdentityMode = issuer.url ? 'url' : 'did:key',
): Promise<SigningIdentity> {
  const { publicKeyMultibase } = keys.ed25519;
  if (mode === 'url') {
    if (!issuer.url) {
      throw new Error(
        `Issuer ${issuer.name} (${issuer.id}) has no web address to publish its key at: sign with its did:key`,
      );
    }
    return {
      issuerId: issuer.id,
      profileId: issuer.url,
      verificationMethod: `${issuer.url}#${publicKeyMultibase}`,
      controller: await controllerDocument(issuer.url, keys),
      mode,
    };
  }
  const did = didKey(publicKeyMultibase);
  return {
    issuerId: issuer.id,
    profileId: did,
    verificationMethod: `${did}#${publicKeyMultibase}`,
    controller: didKeyDocument(did),
    mode,
  };
}

/**
 * Adds a DataIntegrityProof (eddsa-rdfc-2022) to a credential: RDFC-1.0 over the JSON-LD in safe mode,
 * with only the bundled contexts. The same credential, key and `created` give the same proof value.
 */
export async function signDataIntegrity<T extends object>(
  credential: T,
  keystore: IssuerKeystore,
  identity: SigningIdentity,
  created: string,
): Promise<T & { proof: Record<string, unknown> }> {
  const keyPair = await keystore.ed25519Signer(identity.issuerId, {
    id: identity.verificationMethod,
    controller: identity.profileId,
  });
  const suite = new DataIntegrityProof({
    signer: keyPair.signer(),
    date: created,
    cryptosuite: eddsaRdfc2022,
  });
  try {
    const signed = await vc.issue({
      credential: structuredClone(credential) as Record<string, unknown>,
      suite,
      documentLoader: offlineDocumentLoader(),
    });
    return signed as T & { proof: Record<string, unknown> };
  } catch (e) {
    const refusal = offlineRefusal(e);
    if (refusal) throw refusal;
    // Safe mode: an undefined term would otherwise be silently left out of what the proof covers.
    if ((e as { name?: string }).name === 'jsonld.ValidationError') {
      throw new Error(
        `The credential cannot be signed, it is not valid JSON-LD in safe mode: ${describeJsonLdError(e)}`,
      );
    }
    throw e;
  }
}

/** The VC-JWT claims OB 3.0 asks for beside the credential's own members (§8.2). */
export function jwtClaims(credential: {
  id: string;
  issuer: { id: string };
  validFrom: string;
  validUntil?: string;
  credentialSubject: { id: string };
}): Record<string, string | number> {
  return {
    iss: credential.issuer.id,
    jti: credential.id,
    sub: credential.credentialSubject.id,
    nbf: Math.floor(Date.parse(credential.validFrom) / 1000),
    ...(credential.validUntil ? { exp: Math.floor(Date.parse(credential.validUntil) / 1000) } : {}),
  };
}

/** The credential as a VC-JWT (ES256), its key named by `kid` in the issuer's controller document. */
export async function signVcJwt(
  credential: Parameters<typeof jwtClaims>[0],
  keystore: IssuerKeystore,
  identity: SigningIdentity,
  keys: IssuerPublicKeys,
): Promise<string> {
  if (!keys.es256) {
    throw new Error(
      `Issuer ${identity.issuerId} has no P-256 key for VC-JWT: generate its keys again with ES256 or import a P-256 key`,
    );
  }
  if (identity.mode !== 'url') {
    throw new Error(
      `VC-JWT needs the issuer's controller document at its web address to name the ES256 key: issuer ${identity.issuerId} signs with a did:key`,
    );
  }
  const privateKey: KeyObject = await keystore.es256PrivateKey(identity.issuerId);
  return new SignJWT({ ...credential, ...jwtClaims(credential) })
    .setProtectedHeader({
      alg: 'ES256',
      typ: 'JWT',
      kid: await es256MethodId(identity.profileId, keys.es256.publicKeyJwk),
    })
    .sign(privateKey);
}
