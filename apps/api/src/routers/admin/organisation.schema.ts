import { z } from 'zod';
import { Email, LineText, Locale, Name } from '../../shared.schema.ts';

export const CreateOrganisationInput = z.object({
  name: Name,
  /** Lower-case words joined by hyphens: it appears in addresses and exports. */
  slug: LineText.toLowerCase()
    .min(2)
    .max(60)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  defaultLocale: Locale,
  adminEmail: Email,
  adminName: Name,
});
