import type { Say } from '../i18n/say';
import type { Issuer } from '../schemas/issuer';
import type { ObProfile } from './types';

/**
 * The OB 3.0 Profile of an issuer. `profileId` is decided by its key: the issuer's web address (where it
 * publishes its controller document) or its did:key.
 */
export function issuerProfile(issuer: Issuer, profileId: string, say: Say): ObProfile {
  const profile: ObProfile = { id: profileId, type: ['Profile'], name: issuer.name };
  if (issuer.url) profile.url = issuer.url;
  if (issuer.email) profile.email = issuer.email;
  if (issuer.description) profile.description = issuer.description;
  if (issuer.image)
    profile.image = {
      id: issuer.image,
      type: 'Image',
      caption: say('credentials.issuer.logo', { name: issuer.name }),
    };
  if (issuer.country) {
    const [countryCode = issuer.country] = issuer.country.split('-');
    profile.address = {
      type: ['Address'],
      addressCountryCode: countryCode,
      ...(issuer.country.includes('-') ? { addressRegion: issuer.country } : {}),
    };
  }
  // EU Annex I names the awarding body; when it is not the issuer itself it is the issuer's parent.
  if (issuer.awardingBody && issuer.awardingBody !== issuer.name) {
    profile.parentOrg = { id: `${profileId}#awarding-body`, type: ['Profile'], name: issuer.awardingBody };
  }
  return profile;
}
