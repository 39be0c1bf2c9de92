import { queryRows, type Transaction } from '@tandem/db';
import {
  ACTIVE_MONTHS_BEFORE_INVITATION,
  addMonths,
  type IndicatorTargets,
  indicatorValue,
  shareMeasure,
  WORKSHOP_CADENCE_MONTHS,
} from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { perPeriodFamily } from './indicator-family.ts';
import type { IndicatorScope } from './indicator-scope.ts';
import { textArray } from './sql-fragments.ts';

/**
 * The workshops D5 counts: the programme's workshops that were not called off, on their
 * Brussels day. Columns: id, held_on.
 */
export const OFFERED_WORKSHOPS = (tenantId: string, programmeId: string) => sql`
  select w.id, (w.starts_at at time zone 'Europe/Brussels')::date as held_on
  from workshops w
  where w.tenant_id = ${tenantId} and w.programme_id = ${programmeId} and w.cancelled_at is null`;

/**
 * The six-month windows counted back from the period's end (the reference's loop): whole
 * windows only, and at least one however short the period.
 */
export function cadenceWindows(period: { start: string; end: string }) {
  const windows: { start: string; end: string }[] = [];
  for (let k = 1; ; k++) {
    const start = addMonths(period.end, -WORKSHOP_CADENCE_MONTHS * k);
    if (k > 1 && start < period.start) break;
    windows.push({ start, end: addMonths(period.end, -WORKSHOP_CADENCE_MONTHS * (k - 1)) });
  }
  return windows;
}

interface WorkshopRows extends Record<string, unknown> {
  eligible_ids: string[];
  invited_ids: string[];
  invitation_ids: string[];
  attended_ids: string[];
  window_ids: string[];
  windows_with_workshop_ids: string[];
}

/**
 * D5, the SQL twin of the domain's `workshops.ts`. A mentor is the mentor application's
 * e-mail; a duo counts when its part inside the period spans three calendar months.
 */
async function workshopRows(tx: Transaction, { tenantId, programmeId, period }: IndicatorScope) {
  const windows = cadenceWindows(period);
  const [row] = await queryRows<WorkshopRows>(
    tx,
    sql`
    with clipped as (
      select mentor.email,
        greatest(d.start_date, ${period.start}::date) as from_day,
        least(coalesce(d.ended_on, ${period.end}::date - 1), ${period.end}::date - 1) as to_day
      from duos d
      join applications mentor
        on mentor.tenant_id = d.tenant_id and mentor.id = d.mentor_application_id
      where d.tenant_id = ${tenantId} and d.programme_id = ${programmeId}
        and d.start_date < ${period.end}::date
        and (d.ended_on is null or d.ended_on >= ${period.start}::date)
    ),
    eligible as (
      select distinct email from clipped
      where to_day + 1 >= (from_day + make_interval(months => ${ACTIVE_MONTHS_BEFORE_INVITATION}::int))::date
    ),
    offered as (${OFFERED_WORKSHOPS(tenantId, programmeId)}),
    invitation as (
      select i.id, a.email, coalesce(i.attended, false) as attended
      from workshop_invitations i
      join offered o on o.id = i.workshop_id
      join applications a on a.tenant_id = i.tenant_id and a.id = i.application_id
      where i.tenant_id = ${tenantId}
        and o.held_on >= ${period.start}::date and o.held_on < ${period.end}::date
    ),
    cadence as (
      select win.start_day || '/' || win.end_day as id,
        exists (
          select 1 from offered o
          where o.held_on >= win.start_day::date and o.held_on < win.end_day::date
        ) as held
      from unnest(${textArray(windows.map((w) => w.start))}, ${textArray(windows.map((w) => w.end))})
        as win(start_day, end_day)
    )
    select
      (select coalesce(array_agg(email order by email), '{}') from eligible) as eligible_ids,
      (select coalesce(array_agg(distinct i.email), '{}') from invitation i
        where i.email in (select email from eligible)) as invited_ids,
      (select coalesce(array_agg(id::text), '{}') from invitation) as invitation_ids,
      (select coalesce(array_agg(id::text), '{}') from invitation where attended) as attended_ids,
      (select coalesce(array_agg(id), '{}') from cadence) as window_ids,
      (select coalesce(array_agg(id), '{}') from cadence where held) as windows_with_workshop_ids`,
  );
  if (!row) throw new Error('the D5 query returns one row');
  return row;
}

export const workshopsFamily = perPeriodFamily('workshops', workshopRows);

export const workshopsValue = (rows: WorkshopRows, targets: IndicatorTargets) =>
  indicatorValue('D5', [
    shareMeasure('share', rows.invited_ids, rows.eligible_ids, targets.D5.share),
    shareMeasure(
      'workshop_cadence',
      rows.windows_with_workshop_ids,
      rows.window_ids,
      targets.D5.workshop_cadence,
    ),
    shareMeasure('workshop_attendance', rows.attended_ids, rows.invitation_ids, null),
  ]);
