import { calculateJwkThumbprint, type JWK } from 'jose';

/** What an issuer may show and publish: its public keys only. */
export interface IssuerPublicKeys {
  issuerId: string;
  /** Ed25519 for Data Integrity proofs (eddsa-rdfc-2022), as a Multikey (z6Mk…). */
  ed25519: { publicKeyMultibase: string };
  /** P-256 for VC-JWT (ES256), when the issuer has one. */
  es256?: { publicKeyJwk: JWK };
}

export const CONTROLLED_IDENTIFIER_CONTEXT = 'https://www.w3.org/ns/cid/v1';
export const DID_CONTEXT = 'https://www.w3.org/ns/did/v1';
export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';

export interface VerificationMethod {
  id: string;
  type: 'Multikey' | 'JsonWebKey';
  controller: string;
  publicKeyMultibase?: string;
  publicKeyJwk?: JWK;
}

export interface ControllerDocument {
  '@context': string[];
  id: string;
  verificationMethod: VerificationMethod[];
  assertionMethod: string[];
}

export function didKey(publicKeyMultibase: string): string {
  return `did:key:${publicKeyMultibase}`;
}

/** The DID document a did:key stands for (derived from the identifier itself, nothing is fetched). */
export function didKeyDocument(did: string): ControllerDocument {
  const publicKeyMultibase = did.slice('did:key:'.length);
  const id = `${did}#${publicKeyMultibase}`;
  return {
    '@context': [DID_CONTEXT, MULTIKEY_CONTEXT],
    id: did,
    verificationMethod: [{ id, type: 'Multikey', controller: did, publicKeyMultibase }],
    assertionMethod: [id],
  };
}

/** The id of the ES256 key inside a controller document: its JWK thumbprint (RFC 7638) as fragment. */
export async function es256MethodId(controllerId: string, jwk: JWK): Promise<string> {
  return `${controllerId}#${await calculateJwkThumbprint(jwk, 'sha256')}`;
}

/**
 * The controller document an issuer publishes at its web address (its profile id): it lists the
 * issuer's keys and authorises them to sign assertions (badge definitions, credentials).
 */
export async function controllerDocument(
  controllerId: string,
  keys: IssuerPublicKeys,
): Promise<ControllerDocument> {
  const { publicKeyMultibase } = keys.ed25519;
  const methods: VerificationMethod[] = [
    {
      id: `${controllerId}#${publicKeyMultibase}`,
      type: 'Multikey',
      controller: controllerId,
      publicKeyMultibase,
    },
  ];
  if (keys.es256) {
    methods.push({
      id: await es256MethodId(controllerId, keys.es256.publicKeyJwk),
      type: 'JsonWebKey',
      controller: controllerId,
      publicKeyJwk: keys.es256.publicKeyJwk,
    });
  }
  return {
    '@context': [CONTROLLED_IDENTIFIER_CONTEXT],
    id: controllerId,
    verificationMethod: methods,
    assertionMethod: methods.map((m) => m.id),
  };
}
