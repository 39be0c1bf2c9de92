import { queryRows } from '@tandem/db';
import type { FirstMeetingLocationKind } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { FIRST_MEETINGS } from '../first-meeting.sql.ts';
import { uuidList } from '../sql-fragments.ts';
import { iso, type RecordLister } from './record-lister.ts';

interface DuoRow extends Record<string, unknown> {
  id: string;
  mentor_application_id: string;
  mentor_name: string;
  mentee_application_id: string;
  mentee_name: string;
  start_date: string;
  meeting_on: string | null;
  meeting_location_kind: FirstMeetingLocationKind | null;
  meeting_staff_present: string | null;
  mentor_answer: 'confirmed' | 'declined' | null;
  mentor_answered_at: Date | string | null;
  mentee_answer: 'confirmed' | 'declined' | null;
  mentee_answered_at: Date | string | null;
  agreement_version: number | null;
  mentor_accepted_at: Date | string | null;
  mentee_accepted_at: Date | string | null;
  reference_day: string;
  coach_name: string | null;
  last_check_in_on: string | null;
}

const answer = (value: DuoRow['mentor_answer'], at: DuoRow['mentor_answered_at']) =>
  value === null ? null : { answer: value, at: iso(at) };

const toRecord = (r: DuoRow) => ({
  kind: 'duo' as const,
  id: r.id,
  mentor: { applicationId: r.mentor_application_id, name: r.mentor_name },
  mentee: { applicationId: r.mentee_application_id, name: r.mentee_name },
  startDate: r.start_date,
  /** The first meeting as C3 judges it (the earliest held or planned one). */
  firstMeeting:
    r.meeting_on === null || r.meeting_location_kind === null
      ? null
      : {
          on: r.meeting_on,
          locationKind: r.meeting_location_kind,
          staffPresent: r.meeting_staff_present,
        },
  /** Per role, the answer that holds at the start (C4). */
  validation: {
    mentor: answer(r.mentor_answer, r.mentor_answered_at),
    mentee: answer(r.mentee_answer, r.mentee_answered_at),
  },
  /** The latest version accepted by both, else the latest version, with its acceptances (C5). */
  agreement:
    r.agreement_version === null
      ? null
      : {
          version: Number(r.agreement_version),
          mentorAcceptedAt: iso(r.mentor_accepted_at),
          menteeAcceptedAt: iso(r.mentee_accepted_at),
        },
  /** D3 on the duo's reference day: the coach assigned then and the last check-in by then. */
  coachFollowUp: {
    referenceDay: r.reference_day,
    coach: r.coach_name,
    lastCheckInOn: r.last_check_in_on,
  },
});

const answerAtStart = (role: 'mentor' | 'mentee') => sql`
  left join lateral (
    select v.answer, v.answered_at from match_validations v
    where v.tenant_id = d.tenant_id and v.match_id = d.match_id and v.role = ${role}
      and (v.answered_at at time zone 'Europe/Brussels')::date <= d.start_date
    order by v.answered_at desc, v.id desc
    limit 1
  ) ${sql.raw(`${role}_answer`)} on true`;

export type DuoFocus =
  | 'training'
  | 'first_meeting'
  | 'validation'
  | 'agreement'
  | 'coach_follow_up';

/**
 * Duos by ID (A5, C3–C5, D3) with their start and the evidence of their start; `focus` says which
 * part the criterion judged, so the page shows those columns.
 */
export const duoLister = (
  focus: DuoFocus,
): RecordLister<{ focus: DuoFocus; records: ReturnType<typeof toRecord>[] }> => ({
  unit: 'duo',
  async list(tx, { scope, ids }) {
    if (ids.length === 0) return { focus, records: [] };
    const rows = await queryRows<DuoRow>(
      tx,
      sql`
      select d.id::text as id,
        mentor.id::text as mentor_application_id, mentor.name as mentor_name,
        mentee.id::text as mentee_application_id, mentee.name as mentee_name,
        d.start_date::text as start_date,
        meeting.on_day::text as meeting_on, meeting.location_kind as meeting_location_kind,
        staff.name as meeting_staff_present,
        mentor_answer.answer as mentor_answer, mentor_answer.answered_at as mentor_answered_at,
        mentee_answer.answer as mentee_answer, mentee_answer.answered_at as mentee_answered_at,
        agreement.version as agreement_version,
        agreement.mentor_accepted_at, agreement.mentee_accepted_at,
        reference.day::text as reference_day, coach.name as coach_name,
        last_check_in.on_day::text as last_check_in_on
      from duos d
      cross join lateral (
        select least(coalesce(d.ended_on, ${scope.period.end}::date - 1),
          ${scope.period.end}::date - 1) as day
      ) reference
      join applications mentor on mentor.tenant_id = d.tenant_id and mentor.id = d.mentor_application_id
      join applications mentee on mentee.tenant_id = d.tenant_id and mentee.id = d.mentee_application_id
      left join lateral (
        select f.on_day, f.location_kind, f.staff_present_user_id
        from (${FIRST_MEETINGS}) f
        where f.tenant_id = d.tenant_id and f.match_id = d.match_id
        order by f.on_day, f.id
        limit 1
      ) meeting on true
      left join users staff on staff.id = meeting.staff_present_user_id
      ${answerAtStart('mentor')}
      ${answerAtStart('mentee')}
      left join lateral (
        select a.version,
          (select x.accepted_at from agreement_acceptances x
            where x.tenant_id = a.tenant_id and x.agreement_id = a.id and x.role = 'mentor')
            as mentor_accepted_at,
          (select x.accepted_at from agreement_acceptances x
            where x.tenant_id = a.tenant_id and x.agreement_id = a.id and x.role = 'mentee')
            as mentee_accepted_at
        from agreements a
        where a.tenant_id = d.tenant_id and a.match_id = d.match_id
        order by (select count(*) from agreement_acceptances x
          where x.tenant_id = a.tenant_id and x.agreement_id = a.id) = 2 desc, a.version desc
        limit 1
      ) agreement on true
      left join lateral (
        select u.name from coach_assignments a
        join users u on u.id = a.coach_user_id
        where a.tenant_id = d.tenant_id and a.duo_id = d.id and a.from_date <= reference.day
          and (a.until_date is null or reference.day < a.until_date)
        limit 1
      ) coach on true
      left join lateral (
        select max(c.check_in_on) as on_day from check_ins c
        where c.tenant_id = d.tenant_id and c.duo_id = d.id and c.check_in_on <= reference.day
      ) last_check_in on true
      where d.tenant_id = ${scope.tenantId} and d.id = any(${uuidList(ids)})
      order by mentor.name, mentee.name, d.id`,
    );
    return { focus, records: rows.map(toRecord) };
  },
});
