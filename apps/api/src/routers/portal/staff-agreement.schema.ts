import { z } from 'zod';
import { OrganisationId } from '../../shared.schema.ts';

export const ReissueAgreementInput = z.object({
  organisationId: OrganisationId,
  matchId: z.uuid(),
  durationMonths: z.number().int().min(1).max(60),
  contactIntervalDays: z.number().int().min(1).max(31),
});
