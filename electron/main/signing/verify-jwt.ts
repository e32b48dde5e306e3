import { decodeProtectedHeader, importJWK, type JWK, jwtVerify } from 'jose';
import { obValidators } from './schemas';
import {
  checkDates,
  checkDigests,
  type FileVerdict,
  finding,
  idOf,
  type Loaded,
  resolveKey,
  schemaFindings,
  type VerifyContext,
} from './verify-checks';

/**
 * An endorsement signed as a VC-JWT (ES256): the signature by the issuer's key, the OB 3.0 schema of its
 * claims, that the registered claims repeat the credential's, the dates and, when all that holds, the
 * digests of the achievements it vouches for.
 */
export async function verifyJwt(
  loaded: Loaded,
  context: VerifyContext,
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
    verdict.problems.push(finding('read', 'not-jwt', { detail: (e as Error).message }));
    verdict.summary = { code: 'unreadable', params: {} };
    return [];
  }
  const about = { subject: idOf(claims.credentialSubject), issuer: idOf(claims.issuer) };
  verdict.summary = { code: 'endorsement-jwt', params: about };
  if (header.alg !== 'ES256') {
    verdict.problems.push(finding('proof', 'jwt-algorithm', { algorithm: String(header.alg) }));
    return [];
  }
  const key = resolveKey(header.kid ?? '', about.issuer, context.controllers);
  if ('error' in key) {
    verdict.problems.push(key.error);
  } else if (!key.method.publicKeyJwk) {
    verdict.problems.push(finding('key', 'not-jwk', { key: header.kid ?? null }));
  } else {
    try {
      await jwtVerify(token, await importJWK(key.method.publicKeyJwk as JWK, 'ES256'), {
        algorithms: ['ES256'],
        currentDate: context.now,
      });
    } catch (e) {
      const code = (e as { code?: string }).code;
      const detail = (e as Error).message;
      verdict.problems.push(
        code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'
          ? finding('proof', 'jwt-mismatch')
          : code?.startsWith('ERR_JWT_')
            ? finding('dates', 'detail', { detail })
            : finding('proof', 'detail', { detail }),
      );
    }
  }
  const validate = obValidators().endorsementCredential;
  if (!validate(claims)) verdict.problems.push(...schemaFindings(validate.errors));
  const expect = (claim: string, value: unknown) => {
    if (claims[claim] !== value) {
      verdict.problems.push(
        finding('claims', 'mismatch', {
          claim,
          actual: JSON.stringify(claims[claim]) ?? null,
          expected: JSON.stringify(value) ?? null,
        }),
      );
    }
  };
  expect('iss', about.issuer ?? undefined);
  expect('jti', claims.id);
  expect('sub', about.subject ?? undefined);
  if (typeof claims.validFrom === 'string') expect('nbf', Math.floor(Date.parse(claims.validFrom) / 1000));
  checkDates(claims, context.now, verdict.problems);
  return verdict.problems.length === 0 ? checkDigests(claims, context.achievements, verdict.problems) : [];
}
