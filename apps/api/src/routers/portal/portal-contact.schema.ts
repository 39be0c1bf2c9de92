import { z } from 'zod';
import { ContactFields, OrganisationSlug } from '../../shared.schema.ts';

/** Input schemas of the portal's contact log (D2). */

const PortalScope = z.object({ organisationSlug: OrganisationSlug });

export const PortalDuoInput = PortalScope.extend({ duoId: z.uuid() });

/** A participant logs for their own side; the note stays theirs unless they share it. */
export const PortalLogContactInput = PortalDuoInput.extend({
  ...ContactFields.shape,
  noteSharedWithStaff: z.boolean(),
});
