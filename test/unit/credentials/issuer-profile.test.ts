import { sayIn } from '@locales/say';
import { issuerProfile } from '@shared/credentials/issuer-profile';
import { Issuer } from '@shared/schemas/issuer';
import { describe, expect, it } from 'vitest';

const base = { id: 'iss', name: 'Riverside University', description: '', awardingBody: '' };

describe('issuer profile', () => {
  it('carries the issuer logo as an OB 3.0 Image', () => {
    const image = 'data:image/png;base64,iVBORw0KGgo=';
    expect(
      issuerProfile(Issuer.parse({ ...base, image }), 'https://riverside.example', sayIn('en')).image,
    ).toEqual({
      id: image,
      type: 'Image',
      caption: 'Logo of Riverside University',
    });
  });

  it('accepts a web address or an embedded PNG/SVG/JPEG, and names the field otherwise', () => {
    expect(Issuer.safeParse({ ...base, image: 'https://riverside.example/logo.png' }).success).toBe(true);
    const bad = Issuer.safeParse({ ...base, image: 'data:text/html;base64,PGgxPg==' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['image']);
    expect(bad.error?.issues[0]?.message).toBe('image-source');
  });
});
