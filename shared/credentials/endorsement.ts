import type { Say } from '../i18n/say';
import { CREDENTIAL_CONTEXT } from './contexts';
import type { ObAchievement, ObEndorsementCredential, ObProfile } from './types';

export const ACHIEVEMENT_MEDIA_TYPE = 'application/ld+json';

/**
 * The issuer's signed statement about one badge definition (unsigned here): its subject is the
 * achievement, and its relatedResource carries the digest of the achievement file's exact bytes, so the
 * proof covers every byte of the definition.
 */
export function definitionEndorsement(
  input: {
    id: string;
    achievement: ObAchievement;
    status: string;
    issuer: ObProfile;
    validFrom: string;
    achievementDigestSRI: string;
  },
  say: Say,
): ObEndorsementCredential {
  const { achievement } = input;
  return {
    '@context': CREDENTIAL_CONTEXT,
    id: input.id,
    type: ['VerifiableCredential', 'EndorsementCredential'],
    name: say('credentials.endorsement.name', { name: achievement.name }),
    issuer: input.issuer,
    validFrom: input.validFrom,
    credentialSubject: {
      id: achievement.id,
      type: ['EndorsementSubject'],
      endorsementComment: say('credentials.endorsement.comment', {
        name: achievement.name,
        version: achievement.version ?? '',
        status: say(`values.designStatus.${input.status}`),
      }),
    },
    relatedResource: [
      { id: achievement.id, mediaType: ACHIEVEMENT_MEDIA_TYPE, digestSRI: input.achievementDigestSRI },
    ],
  };
}
