import { z } from 'zod';
import { Id, optionalText, requiredText, WebAddress } from './fields';

/** An issuer profile: the awarding body that signs badge definitions (keys arrive with signing). */
export const Issuer = z.object({
  id: Id,
  name: requiredText('Issuer name', 200),
  url: WebAddress.optional(),
  email: z.email({ error: 'Email must be an email address' }).optional(),
  description: optionalText('Issuer description', 2000),
  /** The issuer's logo or seal: a web address, or an embedded PNG/SVG/JPEG image (data: URI). */
  image: z
    .union(
      [
        WebAddress,
        z
          .string()
          .max(400_000, 'Image must be at most 300 kB')
          .regex(
            /^data:image\/(png|svg\+xml|jpeg);base64,[A-Za-z0-9+/=]+$/,
            'Image must be a PNG, SVG or JPEG',
          ),
      ],
      { error: 'Image must be a web address or an embedded PNG, SVG or JPEG image' },
    )
    .optional(),
  /** EU Annex I "country/region of the issuer": ISO 3166-1 alpha-2, or alpha-2 plus a region code. */
  country: z
    .string({ error: 'Country must be text' })
    .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'Country must be an ISO 3166 code such as GB, UA or KZ-ALA')
    .optional(),
  /** The legal awarding body when it differs from the issuer's name (e.g. a faculty of a university). */
  awardingBody: optionalText('Awarding body', 200),
});

export type Issuer = z.output<typeof Issuer>;
