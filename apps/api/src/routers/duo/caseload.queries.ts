import { queryRows, type Transaction } from '@tandem/db';
import { type CaseloadNeed, type CheckInGoing, caseloadNeed, compareByNeed } from '@tandem/domain';
import { sql } from 'drizzle-orm';

interface CaseloadRow extends Record<string, unknown> {
  id: string;
  programme_id: string;
  programme_name: string;
  mentor_name: string;
  mentee_name: string;
  start_date: string;
  ended_on: string | null;
  follow_up_asked_on: string | null;
  coached_from: string;
  contact_interval_days: number;
  last_contact_on: string | null;
  last_check_in_on: string | null;
  going: CheckInGoing | null;
  follow_up_needed: boolean | null;
  pauses: { from: string; until: string | null }[] | string;
}

export interface CaseloadDuo {
  id: string;
  programme: { id: string; name: string };
  mentorName: string;
  menteeName: string;
  startDate: string;
  /** Set for an ended duo, which is here only while its coach owes a call. */
  endedOn: string | null;
  coachedFrom: string;
  lastContactOn: string | null;
  lastCheckIn: { on: string; going: CheckInGoing; followUpNeeded: boolean } | null;
  need: CaseloadNeed;
}

/**
 * The running duos a coach holds an open assignment for, most in need first, and the ended
 * duos they coached last whose mentee left the six-month follow-up unanswered. One statement
 * for the whole caseload (the last contact, last check-in, agreement and pauses of every duo
 * come with it), so its cost does not grow by a round trip per duo.
 */
export async function loadCaseload(
  tx: Transaction,
  tenantId: string,
  coachUserId: string,
  today: string,
): Promise<CaseloadDuo[]> {
  const rows = await queryRows<CaseloadRow>(
    tx,
    sql`
    select d.id::text as id, p.id::text as programme_id, p.name as programme_name,
      mentor.name as mentor_name, mentee.name as mentee_name,
      d.start_date::text as start_date, d.ended_on::text as ended_on,
      follow_up_ask.asked_on::text as follow_up_asked_on, a.from_date::text as coached_from,
      coalesce(agreement.contact_interval_days, p.min_contact_frequency_days)
        as contact_interval_days,
      (select max(c.contact_on)::text from duo_contacts c
        where c.tenant_id = d.tenant_id and c.duo_id = d.id and c.contact_on <= ${today}::date)
        as last_contact_on,
      last_check_in.check_in_on::text as last_check_in_on, last_check_in.going,
      last_check_in.follow_up_needed,
      coalesce((select json_agg(json_build_object(
          'from', pz.from_date::text, 'until', pz.until_date::text) order by pz.from_date)
        from duo_pauses pz where pz.tenant_id = d.tenant_id and pz.duo_id = d.id), '[]')
        as pauses
    from coach_assignments a
    join duos d on d.tenant_id = a.tenant_id and d.id = a.duo_id
    join programmes p on p.tenant_id = d.tenant_id and p.id = d.programme_id
    join applications mentor
      on mentor.tenant_id = d.tenant_id and mentor.id = d.mentor_application_id
    join applications mentee
      on mentee.tenant_id = d.tenant_id and mentee.id = d.mentee_application_id
    left join agreements agreement on agreement.tenant_id = d.tenant_id
      and agreement.match_id = d.match_id and agreement.superseded_at is null
    left join lateral (
      select ci.check_in_on, ci.going, ci.follow_up_needed from check_ins ci
      where ci.tenant_id = d.tenant_id and ci.duo_id = d.id
      order by ci.check_in_on desc, ci.created_at desc
      limit 1
    ) last_check_in on true
    left join lateral (
      select min(rd.created_at at time zone 'Europe/Brussels')::date as asked_on
      from reminder_deliveries rd
      where rd.tenant_id = d.tenant_id and rd.duo_id = d.id and rd.kind = 'outcome_follow_up'
        and not exists (select 1 from outcomes o where o.tenant_id = d.tenant_id
          and o.duo_id = d.id and o.moment = 'follow_up_6m')
    ) follow_up_ask on true
    where a.tenant_id = ${tenantId} and a.coach_user_id = ${coachUserId}
      and ((a.until_date is null and d.ended_on is null)
        or (d.ended_on is not null and follow_up_ask.asked_on is not null
          and not exists (select 1 from coach_assignments later
            where later.tenant_id = a.tenant_id and later.duo_id = a.duo_id
              and later.from_date > a.from_date)))`,
  );
  const duos = rows.map((r): CaseloadDuo => {
    const pauses = typeof r.pauses === 'string' ? JSON.parse(r.pauses) : r.pauses;
    const lastCheckIn =
      r.last_check_in_on === null || r.going === null
        ? null
        : { on: r.last_check_in_on, going: r.going, followUpNeeded: r.follow_up_needed === true };
    return {
      id: r.id,
      programme: { id: r.programme_id, name: r.programme_name },
      mentorName: r.mentor_name,
      menteeName: r.mentee_name,
      startDate: r.start_date,
      endedOn: r.ended_on,
      coachedFrom: r.coached_from,
      lastContactOn: r.last_contact_on,
      lastCheckIn,
      need: caseloadNeed(
        {
          startDate: r.start_date,
          endedOn: r.ended_on,
          contactIntervalDays: Number(r.contact_interval_days),
          lastContactOn: r.last_contact_on,
          lastCheckInOn: lastCheckIn?.on ?? null,
          pauses,
          lastCheckIn,
          outcomeFollowUpAskedOn: r.follow_up_asked_on,
        },
        today,
      ),
    };
  });
  // An ended duo is on the list for the call only, from the day it is due.
  return duos
    .filter((d) => d.endedOn === null || d.need.reasons.length > 0)
    .sort(
      (a, b) =>
        compareByNeed(a.need, b.need) ||
        a.mentorName.localeCompare(b.mentorName) ||
        a.id.localeCompare(b.id),
    );
}
