import { z } from 'zod';
import { DuoEndFields, OrganisationSlug } from '../../shared.schema.ts';

/** Input schemas of the portal's end of a duo (E1) and its closing meeting (E2). */

const PortalDuo = z.object({ organisationSlug: OrganisationSlug, duoId: z.uuid() });

export const PortalDuoEndInput = PortalDuo;
export const PortalEndDuoInput = PortalDuo.extend(DuoEndFields.shape);
