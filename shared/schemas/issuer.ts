import { z } from 'zod';
import { Id, optionalText, requiredText, WebAddress } from './fields';

/** An issuer profile: the awarding body that signs badge definitions (keys arrive with signing). */
export const Issuer = z.object({
  id: Id,
  name: requiredText('issuer.name', 200),
  url: WebAddress.optional(),
  email: z.email({ error: 'issuer.email' }).optional(),
  description: optionalText('issuer.description', 2000),
  /** The issuer's logo or seal: a web address, or an embedded PNG/SVG/JPEG image (data: URI). */
  image: z
    .union(
      [
        WebAddress,
        z
          .string()
          .max(400_000, 'image-too-large')
          .regex(/^data:image\/(png|svg\+xml|jpeg);base64,[A-Za-z0-9+/=]+$/, 'image-type'),
      ],
      { error: 'image-source' },
    )
    .optional(),
  /** EU Annex I "country/region of the issuer": ISO 3166-1 alpha-2, or alpha-2 plus a region code. */
  country: z
    .string({ error: 'issuer.country' })
    .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'country-code')
    .optional(),
  /** The legal awarding body when it differs from the issuer's name (e.g. a faculty of a university). */
  awardingBody: optionalText('issuer.awardingBody', 200),
});

export type Issuer = z.output<typeof Issuer>;
