import { z } from 'zod';
import { DuoEndFields, OrganisationId } from '../../shared.schema.ts';

/** Input schemas of the end of a duo on the staff duo page (E1). */

const DuoScope = z.object({ organisationId: OrganisationId, duoId: z.uuid() });

export const DuoEndSummaryInput = DuoScope;
export const EndDuoInput = DuoScope.extend(DuoEndFields.shape);
/** The coach's duos to close: ended, with no closing meeting planned or held yet. */
export const ToCloseInput = z.object({
  organisationId: OrganisationId,
  coachUserId: z.uuid().optional(),
});
