import { FIRST_MEETING_LOCATION_KINDS, VALIDATION_ANSWERS } from '@tandem/domain';
import { z } from 'zod';
import { FreeText, Instant, LineText, OrganisationId } from '../../shared.schema.ts';

/** Input schemas of the first meeting (C3) and of answers staff record for participants (C4). */

const Id = z.uuid();
const OrganisationScope = z.object({ organisationId: OrganisationId });

/** The database's bounds (`first_meetings_duration_check`). */
export const MIN_DURATION_MINUTES = 15;
export const MAX_DURATION_MINUTES = 480;

const Plan = z.object({
  startsAt: Instant,
  durationMinutes: z.number().int().min(MIN_DURATION_MINUTES).max(MAX_DURATION_MINUTES),
  place: LineText.min(1).max(300),
  locationKind: z.enum(FIRST_MEETING_LOCATION_KINDS),
  plannedStaffUserId: Id,
});

export const ListFirstMeetingsInput = OrganisationScope.extend({ programmeId: Id });
export const ScheduleFirstMeetingInput = OrganisationScope.extend({
  matchId: Id,
  ...Plan.shape,
});
export const RescheduleFirstMeetingInput = OrganisationScope.extend({
  firstMeetingId: Id,
  ...Plan.shape,
});
export const CancelFirstMeetingInput = OrganisationScope.extend({ firstMeetingId: Id });
export const RecordFirstMeetingOutcomeInput = OrganisationScope.extend({
  firstMeetingId: Id,
  held: z.boolean(),
  staffPresentUserId: Id.nullable(),
  mentorPresent: z.boolean(),
  menteePresent: z.boolean(),
});

/** An answer that reached staff by phone, e-mail or in person; the portal records its own. */
export const RecordAnswerInput = OrganisationScope.extend({
  matchId: Id,
  role: z.enum(['mentor', 'mentee']),
  answer: z.enum(VALIDATION_ANSWERS),
  channel: z.enum(['phone', 'email', 'in_person']),
  reason: FreeText.max(1000).nullable(),
});
