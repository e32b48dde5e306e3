import type { FieldSpec } from './types';

/** Every field of an issuer profile (shared/schemas/issuer.ts), in the order its form shows them. */
export const issuerFieldTable = [
  { path: 'name', kind: 'text', required: true, frameworks: { euAnnexI: 'd', openBadges: 'name' } },
  { path: 'url', kind: 'text', absentWhenBlank: true, help: true, frameworks: { openBadges: 'url' } },
  { path: 'email', kind: 'text', absentWhenBlank: true, frameworks: { openBadges: 'email' } },
  {
    path: 'country',
    kind: 'text',
    absentWhenBlank: true,
    help: true,
    frameworks: { euAnnexI: 'c', openBadges: 'address' },
  },
  { path: 'awardingBody', kind: 'text', help: true, frameworks: { euAnnexI: 'd' } },
  { path: 'description', kind: 'text', multiline: true, frameworks: { openBadges: 'description' } },
  { path: 'image', kind: 'text', absentWhenBlank: true, help: true, frameworks: { openBadges: 'image' } },
] as const satisfies readonly FieldSpec[];

export type IssuerField = (typeof issuerFieldTable)[number]['path'];
