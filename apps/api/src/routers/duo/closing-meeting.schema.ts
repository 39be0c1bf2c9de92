import { CLOSING_MEETING_MODES } from '@tandem/domain';
import { z } from 'zod';
import { CalendarDay, Instant, LineText, OrganisationId, WebAddress } from '../../shared.schema.ts';
import { MAX_DURATION_MINUTES, MIN_DURATION_MINUTES } from './first-meeting.schema.ts';

/** Input schemas of the closing meeting (E2), planned and recorded by staff. */

const Id = z.uuid();
const OrganisationScope = z.object({ organisationId: OrganisationId });

const Plan = z.object({
  startsAt: Instant,
  durationMinutes: z.number().int().min(MIN_DURATION_MINUTES).max(MAX_DURATION_MINUTES),
  mode: z.enum(CLOSING_MEETING_MODES),
  place: LineText.max(300).nullable(),
  onlineUrl: WebAddress.or(z.literal('')).nullable(),
});

/** In person needs a place, online a link; the other one is not kept. */
function whereItTakesPlace(plan: z.infer<typeof Plan>, ctx: z.RefinementCtx) {
  if (plan.mode === 'in_person' && !plan.place)
    ctx.addIssue({ code: 'custom', path: ['place'], message: 'validation.required' });
  if (plan.mode === 'online' && !plan.onlineUrl)
    ctx.addIssue({ code: 'custom', path: ['onlineUrl'], message: 'validation.required' });
}

export const ClosingMeetingsInput = OrganisationScope.extend({ duoId: Id });
export const PlanClosingMeetingInput = OrganisationScope.extend({
  duoId: Id,
  ...Plan.shape,
}).superRefine(whereItTakesPlace);
export const RescheduleClosingMeetingInput = OrganisationScope.extend({
  closingMeetingId: Id,
  ...Plan.shape,
}).superRefine(whereItTakesPlace);
export const CancelClosingMeetingInput = OrganisationScope.extend({ closingMeetingId: Id });
/** Afterwards: held on a day, or it did not take place (`heldOn` null). */
export const RecordClosingMeetingInput = OrganisationScope.extend({
  closingMeetingId: Id,
  heldOn: CalendarDay.nullable(),
});
