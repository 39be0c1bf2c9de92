import { WORKSHOP_KINDS } from '@tandem/domain';
import { z } from 'zod';
import { Instant, LineText, OrganisationId, WebAddress } from '../../shared.schema.ts';

/** Input schemas of workshops for mentors (D5): planning, invitations, answers, attendance. */

const Id = z.uuid();
const OrganisationScope = z.object({ organisationId: OrganisationId });

/** The database's bounds (`workshops_duration_check`, `workshops_capacity_check`). */
export const MIN_WORKSHOP_MINUTES = 15;
export const MAX_WORKSHOP_MINUTES = 720;

/** Where it takes place: a place, an online link, or both; never neither. */
const PlanFields = {
  startsAt: Instant,
  durationMinutes: z.number().int().min(MIN_WORKSHOP_MINUTES).max(MAX_WORKSHOP_MINUTES),
  theme: LineText.min(1).max(200),
  kind: z.enum(WORKSHOP_KINDS),
  place: LineText.max(300),
  onlineUrl: z.union([z.literal(''), WebAddress]),
  capacity: z.number().int().min(1).max(10_000),
};
const hasWhere = (p: { place: string; onlineUrl: string }) => p.place !== '' || p.onlineUrl !== '';
const WHERE_REQUIRED = { path: ['place'], message: 'workshop.where_required' };

export const ListWorkshopsInput = OrganisationScope.extend({ programmeId: Id });
export const GetWorkshopInput = OrganisationScope.extend({ workshopId: Id });
export const PlanWorkshopInput = OrganisationScope.extend({
  programmeId: Id,
  ...PlanFields,
}).refine(hasWhere, WHERE_REQUIRED);
export const EditWorkshopInput = OrganisationScope.extend({ workshopId: Id, ...PlanFields }).refine(
  hasWhere,
  WHERE_REQUIRED,
);
export const CancelWorkshopInput = GetWorkshopInput;
export const InviteMentorsInput = OrganisationScope.extend({
  workshopId: Id,
  applicationIds: z.array(Id).min(1).max(1000),
});
export const WORKSHOP_ANSWERS = ['registered', 'declined'] as const;
export const AnswerInvitationInput = OrganisationScope.extend({
  invitationId: Id,
  answer: z.enum(WORKSHOP_ANSWERS),
});
export const RecordWorkshopAttendanceInput = OrganisationScope.extend({
  workshopId: Id,
  attendance: z
    .array(z.object({ invitationId: Id, attended: z.boolean().nullable() }))
    .min(1)
    .max(1000),
});
