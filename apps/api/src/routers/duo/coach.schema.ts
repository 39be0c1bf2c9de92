import { brusselsDate, CHECK_IN_GOING, CHECK_IN_WITH, isCalendarDate } from '@tandem/domain';
import { z } from 'zod';
import { FreeText, LineText, OrganisationId } from '../../shared.schema.ts';

/** Input schemas of coach follow-up (D3): assignments, check-ins, mediation notes, caseload. */

const Id = z.uuid();
const OrganisationScope = z.object({ organisationId: OrganisationId });

/** A Brussels calendar day, `YYYY-MM-DD`, that exists and has begun. */
const PastDay = LineText.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalid_format' })
  .refine(isCalendarDate, { error: 'validation.invalid_format' })
  .refine((day) => day <= brusselsDate(new Date().toISOString()), {
    error: 'coach.date_in_future',
  });

export const CoachesInput = OrganisationScope;
export const DuoFollowUpInput = OrganisationScope.extend({ duoId: Id });
export const AssignCoachInput = OrganisationScope.extend({
  duoId: Id,
  coachUserId: Id,
  /** The day the coach takes over (the previous coach's assignment ends the day before). */
  fromDate: PastDay,
});
export const LogCheckInInput = OrganisationScope.extend({
  duoId: Id,
  checkInOn: PastDay,
  withWhom: z.enum(CHECK_IN_WITH),
  going: z.enum(CHECK_IN_GOING),
  followUpNeeded: z.boolean(),
  note: FreeText.max(4000).nullable(),
});
export const AddMediationNoteInput = OrganisationScope.extend({
  duoId: Id,
  writtenOn: PastDay,
  note: FreeText.min(1).max(8000),
});
/** A coach's own caseload, or (with `duo.coordinate`) any coach's. */
export const CaseloadInput = OrganisationScope.extend({ coachUserId: Id.optional() });
