import { z } from 'zod';
import { OrganisationSlug } from '../../shared.schema.ts';
import { WORKSHOP_ANSWERS } from './workshop.schema.ts';

/** Input schemas of a mentor's workshop invitations in the portal. */

export const PortalWorkshopsInput = z.object({ organisationSlug: OrganisationSlug });
export const PortalInvitationInput = PortalWorkshopsInput.extend({ invitationId: z.uuid() });
export const PortalAnswerInvitationInput = PortalInvitationInput.extend({
  answer: z.enum(WORKSHOP_ANSWERS),
});
