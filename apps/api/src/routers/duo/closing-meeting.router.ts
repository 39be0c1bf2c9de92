import { randomUUID } from 'node:crypto';
import { closingMeetings, type duos, type Transaction } from '@tandem/db';
import { and, asc, eq } from 'drizzle-orm';
import type { ApiConfig } from '../../config.ts';
import { brusselsToday, lockDuo } from '../../duos/contact-log.ts';
import { type MeetingNotice, queueMeetingNotices } from '../../duos/meeting-notices.ts';
import { AppError } from '../../errors.ts';
import { domainOf } from '../../jobs/mailer.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import {
  CancelClosingMeetingInput,
  ClosingMeetingsInput,
  PlanClosingMeetingInput,
  RecordClosingMeetingInput,
  RescheduleClosingMeetingInput,
} from './closing-meeting.schema.ts';

type Meeting = typeof closingMeetings.$inferSelect;
type Duo = typeof duos.$inferSelect;

export const toClosingMeeting = (m: Meeting) => ({
  id: m.id,
  duoId: m.duoId,
  startsAt: m.startsAt.toISOString(),
  durationMinutes: m.durationMinutes,
  mode: m.mode,
  place: m.place,
  onlineUrl: m.onlineUrl,
  status: m.status,
  heldOn: m.heldOn,
  icsUid: m.icsUid,
  icsSequence: m.icsSequence,
});

/** Everyone's calendar gets the same event: the meeting's UID, its SEQUENCE, its place. */
function queueClosingMeetingNotices(
  tx: Transaction,
  config: ApiConfig,
  duo: Duo,
  meeting: Meeting,
  notice: MeetingNotice,
) {
  return queueMeetingNotices(
    tx,
    config,
    {
      tenantId: duo.tenantId,
      mentorApplicationId: duo.mentorApplicationId,
      menteeApplicationId: duo.menteeApplicationId,
      staffUserId: meeting.recordedBy,
      icsUid: meeting.icsUid,
      icsSequence: meeting.icsSequence,
      startsAt: meeting.startsAt,
      durationMinutes: meeting.durationMinutes,
      location: (meeting.mode === 'online' ? meeting.onlineUrl : meeting.place) ?? '',
    },
    {
      texts: 'closingMeeting',
      kind: (n) =>
        n === 'cancellation' ? 'closing_meeting_cancellation' : 'closing_meeting_invitation',
      link: { duoId: duo.id },
    },
    notice,
  );
}

/** The meeting, locked for the rest of the unit, while it is still planned. */
async function lockPlannedMeeting(tx: Transaction, tenantId: string, id: string) {
  const [meeting] = await tx
    .select()
    .from(closingMeetings)
    .where(and(eq(closingMeetings.tenantId, tenantId), eq(closingMeetings.id, id)))
    .for('update');
  if (!meeting) throw new AppError('not_found');
  if (meeting.status !== 'planned') throw new AppError('closingMeeting.not_planned');
  return meeting;
}

/** Only the field of the chosen mode is kept, so a switch leaves no stale place or link. */
const where = (input: { mode: Meeting['mode']; place: string | null; onlineUrl: string | null }) =>
  input.mode === 'online'
    ? { mode: input.mode, place: null, onlineUrl: input.onlineUrl || null }
    : { mode: input.mode, place: input.place || null, onlineUrl: null };

/**
 * E2: the closing meeting of mentor and mentee, planned by staff with a calendar invitation
 * to both and to the staff member who plans it (one UID, a rising SEQUENCE, CANCEL when
 * called off), then recorded as held on a day or not held. It may come before the duo's
 * last day or after it: closing meetings often precede the end.
 */
export const closingMeetingRouter = router({
  list: organisationProcedure('duo.read')
    .input(ClosingMeetingsInput)
    .query(async ({ ctx, input }) => {
      const rows = await ctx.tx
        .select()
        .from(closingMeetings)
        .where(
          and(
            eq(closingMeetings.tenantId, ctx.organisationId),
            eq(closingMeetings.duoId, input.duoId),
          ),
        )
        .orderBy(asc(closingMeetings.createdAt), asc(closingMeetings.id));
      return rows.map(toClosingMeeting);
    }),

  plan: organisationProcedure('duo.manage')
    .input(PlanClosingMeetingInput)
    .mutation(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      const duo = await lockDuo(ctx.tx, tenantId, input.duoId);
      const [planned] = await ctx.tx
        .select({ id: closingMeetings.id })
        .from(closingMeetings)
        .where(
          and(
            eq(closingMeetings.tenantId, tenantId),
            eq(closingMeetings.duoId, duo.id),
            eq(closingMeetings.status, 'planned'),
          ),
        );
      if (planned) throw new AppError('closingMeeting.already_planned');
      const [meeting] = await ctx.tx
        .insert(closingMeetings)
        .values({
          tenantId,
          duoId: duo.id,
          startsAt: input.startsAt,
          durationMinutes: input.durationMinutes,
          ...where(input),
          icsUid: `${randomUUID()}@${domainOf(ctx.config.mailFrom)}`,
          recordedBy: ctx.user.id,
        })
        .returning();
      if (!meeting) throw new AppError('internal');
      await queueClosingMeetingNotices(ctx.tx, ctx.config, duo, meeting, 'invitation');
      return toClosingMeeting(meeting);
    }),

  /** The same event moved: same UID, a higher SEQUENCE. */
  reschedule: organisationProcedure('duo.manage')
    .input(RescheduleClosingMeetingInput)
    .mutation(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      const existing = await lockPlannedMeeting(ctx.tx, tenantId, input.closingMeetingId);
      const duo = await lockDuo(ctx.tx, tenantId, existing.duoId);
      const [meeting] = await ctx.tx
        .update(closingMeetings)
        .set({
          startsAt: input.startsAt,
          durationMinutes: input.durationMinutes,
          ...where(input),
          icsSequence: existing.icsSequence + 1,
          updatedAt: new Date(),
        })
        .where(and(eq(closingMeetings.tenantId, tenantId), eq(closingMeetings.id, existing.id)))
        .returning();
      if (!meeting) throw new AppError('internal');
      await queueClosingMeetingNotices(ctx.tx, ctx.config, duo, meeting, 'update');
      return toClosingMeeting(meeting);
    }),

  /** Called off: METHOD:CANCEL with the same UID and a higher SEQUENCE. */
  cancel: organisationProcedure('duo.manage')
    .input(CancelClosingMeetingInput)
    .mutation(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      const existing = await lockPlannedMeeting(ctx.tx, tenantId, input.closingMeetingId);
      const duo = await lockDuo(ctx.tx, tenantId, existing.duoId);
      const [meeting] = await ctx.tx
        .update(closingMeetings)
        .set({ status: 'cancelled', icsSequence: existing.icsSequence + 1, updatedAt: new Date() })
        .where(and(eq(closingMeetings.tenantId, tenantId), eq(closingMeetings.id, existing.id)))
        .returning();
      if (!meeting) throw new AppError('internal');
      await queueClosingMeetingNotices(ctx.tx, ctx.config, duo, meeting, 'cancellation');
      return toClosingMeeting(meeting);
    }),

  /** Afterwards: held on a day of the duo's life or after it, never in the future; or not held. */
  record: organisationProcedure('duo.manage')
    .input(RecordClosingMeetingInput)
    .mutation(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      const existing = await lockPlannedMeeting(ctx.tx, tenantId, input.closingMeetingId);
      const duo = await lockDuo(ctx.tx, tenantId, existing.duoId);
      if (input.heldOn !== null) {
        if (input.heldOn > brusselsToday()) throw new AppError('closingMeeting.held_in_future');
        if (input.heldOn < duo.startDate) throw new AppError('closingMeeting.held_before_start');
      }
      const [meeting] = await ctx.tx
        .update(closingMeetings)
        .set({
          status: input.heldOn === null ? 'not_held' : 'held',
          heldOn: input.heldOn,
          updatedAt: new Date(),
        })
        .where(and(eq(closingMeetings.tenantId, tenantId), eq(closingMeetings.id, existing.id)))
        .returning();
      if (!meeting) throw new AppError('internal');
      return toClosingMeeting(meeting);
    }),
});
