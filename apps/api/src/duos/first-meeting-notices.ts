import { firstMeetings, type matches, type Transaction } from '@tandem/db';
import { and, eq, sql } from 'drizzle-orm';
import type { ApiConfig } from '../config.ts';
import { type MeetingNotice, queueMeetingNotices } from './meeting-notices.ts';

type Meeting = typeof firstMeetings.$inferSelect;
type Match = typeof matches.$inferSelect;

/**
 * Queues the e-mail with its calendar object to the mentor, the mentee and the planned staff
 * member, as every meeting of a duo is announced.
 */
export async function queueFirstMeetingNotices(
  tx: Transaction,
  config: ApiConfig,
  match: Match,
  meeting: Meeting,
  notice: MeetingNotice,
) {
  await queueMeetingNotices(
    tx,
    config,
    {
      tenantId: match.tenantId,
      mentorApplicationId: match.mentorApplicationId,
      menteeApplicationId: match.menteeApplicationId,
      staffUserId: meeting.plannedStaffUserId,
      icsUid: meeting.icsUid,
      icsSequence: meeting.icsSequence,
      startsAt: meeting.startsAt,
      durationMinutes: meeting.durationMinutes,
      location: meeting.place,
    },
    {
      texts: 'firstMeeting',
      kind: (n) =>
        n === 'cancellation' ? 'first_meeting_cancellation' : 'first_meeting_invitation',
      link: { firstMeetingId: meeting.id },
    },
    notice,
  );
}

/**
 * When a match closes before its duo starts, a first meeting still planned is called off in
 * the same unit: everyone's calendar gets METHOD:CANCEL with the meeting's UID, so nobody
 * turns up for a match that no longer exists. Returns how many were called off.
 */
export async function callOffPlannedFirstMeetings(
  tx: Transaction,
  config: ApiConfig,
  match: Match,
) {
  const planned = await tx
    .update(firstMeetings)
    .set({
      status: 'cancelled',
      icsSequence: sql`${firstMeetings.icsSequence} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(firstMeetings.tenantId, match.tenantId),
        eq(firstMeetings.matchId, match.id),
        eq(firstMeetings.status, 'planned'),
      ),
    )
    .returning();
  for (const meeting of planned)
    await queueFirstMeetingNotices(tx, config, match, meeting, 'cancellation');
  return planned.length;
}
