import { z } from 'zod';
import { OrganisationSlug } from '../../shared.schema.ts';

/** The person is found from one of their applications. */
export const PersonalDataInput = z.object({
  organisationId: z.uuid(),
  applicationId: z.uuid(),
});

export const PortalPersonalDataInput = z.object({ organisationSlug: OrganisationSlug });
