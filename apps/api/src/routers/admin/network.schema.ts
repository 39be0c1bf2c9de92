import { z } from 'zod';
import { Name, OrganisationId } from '../../shared.schema.ts';

export const CreateNetworkInput = z.object({ name: Name });

export const NetworkMemberInput = z.object({ networkId: z.uuid(), organisationId: OrganisationId });
