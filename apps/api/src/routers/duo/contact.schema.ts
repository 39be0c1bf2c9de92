import { CONTACT_LOGGED_BY } from '@tandem/domain';
import { z } from 'zod';
import { CalendarDay, ContactFields, FreeText, OrganisationId } from '../../shared.schema.ts';

/** Input schemas of the contact log and pauses (D2) and the duo's page (D1). */

const Id = z.uuid();
const OrganisationScope = z.object({ organisationId: OrganisationId });

export const DuoInput = OrganisationScope.extend({ duoId: Id });
export const EndingSoonInput = OrganisationScope.extend({ programmeId: Id });

/** Staff log for a side of the duo or for the coach; their own notes are for staff. */
export const StaffLogContactInput = DuoInput.extend({
  ...ContactFields.shape,
  loggedBy: z.enum(CONTACT_LOGGED_BY),
});

export const StartPauseInput = DuoInput.extend({
  fromDate: CalendarDay,
  reason: FreeText.min(1).max(500),
});

export const EndPauseInput = DuoInput.extend({ pauseId: Id, untilDate: CalendarDay });
