import { z } from 'zod';
import { OrganisationId } from '../../shared.schema.ts';

/** Input schemas of the organisation router (what staff of one organisation see of it). */

export const ListMembersInput = z.object({ organisationId: OrganisationId });
