import { createHash } from 'node:crypto';
import type { AchievementRef } from '@shared/credentials/definitions';

/** Stackwise's UUID namespace: ids derived in it are the same on every machine for the same input. */
const STACKWISE_NAMESPACE = '22dd9ddb-f8c8-4276-8534-868996da4364';

/** An RFC 9562 version 5 (name-based, SHA-1) UUID URN. */
export function nameBasedUrn(name: string, namespace = STACKWISE_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One version of a module's or pathway's definition always gets the same id; a new version a new one. */
export function achievementUrn(ref: AchievementRef): string {
  return nameBasedUrn(`achievement/${ref.workspaceId}/${ref.kind}/${ref.entityId}/${ref.version}`);
}

export function endorsementUrn(achievementId: string, issuerId: string): string {
  return nameBasedUrn(`endorsement/${achievementId}/${issuerId}`);
}

/** The Subresource Integrity digest of exact bytes: sha384, standard padded base64. */
export function digestSRI(bytes: string | Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
