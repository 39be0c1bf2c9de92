import { queryRows, type Transaction } from '@tandem/db';
import {
  D2_MAX_CONTACT_INTERVAL_DAYS,
  type IndicatorTargets,
  indicatorValue,
  shareMeasure,
  valueMeasure,
} from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { type FamilyRows, indicatorFamily } from './indicator-family.ts';
import type { PeriodsScope } from './indicator-scope.ts';
import { byPeriod, periodRows } from './sql-fragments.ts';

const FORTNIGHT = D2_MAX_CONTACT_INTERVAL_DAYS;

/**
 * The programme's duos observed in each period of the scope, with the last day of a window
 * judged in it (the period's last day for a duo still active) and the duo's last day: every
 * window and gap of D2 lies in [start_date, last_day].
 */
const observedDuos = ({ tenantId, programmeId, periods }: PeriodsScope) => sql`
  select p.period_index, p.period_start, p.period_end, d.tenant_id, d.id, d.start_date,
    least(coalesce(d.ended_on, p.period_end - 1), p.period_end - 1) as last_window_day,
    coalesce(d.ended_on, 'infinity'::date) as last_day
  from duos d
  join (${periodRows(periods)}) p
    on d.start_date < p.period_end and (d.ended_on is null or d.ended_on >= p.period_start)
  where d.tenant_id = ${tenantId} and d.programme_id = ${programmeId}`;

/**
 * Per observed duo, the days any of its periods reads contacts from: from the earliest
 * period's first window that can be judged to the latest window day. A duo's windows and
 * gaps do not depend on the period (windows count from the duo's start), so its contacts are
 * read once for all the periods.
 */
const observedSpans = sql`
  select tenant_id, id, start_date, last_day,
    min(period_start) as first_period_start, max(last_window_day) as last_window_day,
    max(period_end) as last_period_end
  from d
  group by tenant_id, id, start_date, last_day`;

/**
 * D2's fortnights, the SQL twin of the domain's `contact-frequency.ts`, for each period of
 * the scope: each duo's 14-day windows from its own start whose last day falls in the period
 * and within the duo's life (`generate_series` over window numbers, so no window is made
 * outside the database), less the windows that overlap a pause; counted when a contact falls
 * in the window.
 */
async function fortnightIdSets(tx: Transaction, scope: PeriodsScope) {
  const rows = await queryRows<{
    period_index: number;
    denominator_ids: string[];
    numerator_ids: string[];
  }>(
    tx,
    sql`
    with d as (${observedDuos(scope)}),
    spans as (${observedSpans}),
    windows as (
      select d.period_index, d.tenant_id, d.id as duo_id, k,
        d.start_date + ${FORTNIGHT}::int * k as window_start
      from d cross join lateral generate_series(
        greatest(0, ceil((d.period_start - ${FORTNIGHT - 1}::int - d.start_date) / ${FORTNIGHT}::numeric)::int),
        floor((d.last_window_day - ${FORTNIGHT - 1}::int - d.start_date) / ${FORTNIGHT}::numeric)::int
      ) as k
    ),
    -- The windows with a contact, found from the contacts (one pass over each duo's, for all
    -- the periods) rather than by one look-up per window: window k of a duo holds the days
    -- start + 14k … + 13.
    contacted as (
      select distinct c.duo_id, (c.contact_on - s.start_date) / ${FORTNIGHT}::int as k
      from spans s join duo_contacts c on c.tenant_id = s.tenant_id and c.duo_id = s.id
      where c.contact_on >= s.start_date
        and c.contact_on >= s.first_period_start - ${FORTNIGHT - 1}::int
        and c.contact_on <= s.last_window_day
    ),
    judged as (
      select w.period_index, w.duo_id::text || '/' || w.window_start::text as id,
        c.k is not null as counted
      from windows w
      left join contacted c on c.duo_id = w.duo_id and c.k = w.k
      where not exists (
        select 1 from duo_pauses p
        where p.tenant_id = w.tenant_id and p.duo_id = w.duo_id
          and p.from_date <= w.window_start + ${FORTNIGHT - 1}::int
          and (p.until_date is null or p.until_date > w.window_start)
      )
    )
    select period_index,
      array_agg(id order by id collate "C") as denominator_ids,
      coalesce(array_agg(id order by id collate "C") filter (where counted), '{}') as numerator_ids
    from judged
    group by period_index`,
  );
  return byPeriod(scope.periods, rows, ([row]) => ({
    denominator: row?.denominator_ids ?? [],
    numerator: row?.numerator_ids ?? [],
  }));
}

/**
 * The gaps between consecutive distinct contact days of each duo within its life, for gaps
 * ending in each period; each named by the day's contact with the smallest ID (compared as
 * JavaScript compares strings: bytewise), and their median per period as the domain takes it.
 */
async function contactGaps(tx: Transaction, scope: PeriodsScope) {
  const rows = await queryRows<{
    period_index: number;
    median: number | null;
    contact_ids: string[];
  }>(
    tx,
    sql`
    with d as (${observedDuos(scope)}),
    spans as (${observedSpans}),
    -- A gap ending in the earliest period starts at the duo's last contact day before that
    -- period at the earliest: the days before that one never enter a gap that is counted.
    since as materialized (
      select s.tenant_id, s.id, s.last_day, s.last_period_end, coalesce((
        select max(c.contact_on) from duo_contacts c
        where c.tenant_id = s.tenant_id and c.duo_id = s.id
          and c.contact_on >= s.start_date and c.contact_on < s.first_period_start
      ), s.start_date) as first_day
      from spans s
    ),
    days as (
      select c.duo_id, c.contact_on, min(c.id::text collate "C") as contact_id
      from since s join duo_contacts c on c.tenant_id = s.tenant_id and c.duo_id = s.id
      where c.contact_on between s.first_day and s.last_day
        and c.contact_on < s.last_period_end
      group by c.duo_id, c.contact_on
    ),
    gaps as (
      select duo_id, contact_id, contact_on,
        contact_on - lag(contact_on) over (partition by duo_id order by contact_on) as gap
      from days
    )
    select d.period_index, percentile_cont(0.5) within group (order by g.gap) as median,
      array_agg(g.contact_id order by g.contact_id) as contact_ids
    from gaps g
    join d on d.id = g.duo_id
      and g.contact_on >= d.period_start and g.contact_on < d.period_end
    where g.gap is not null
    group by d.period_index`,
  );
  return byPeriod(scope.periods, rows, ([row]) => ({
    median: row?.median === null || row?.median === undefined ? null : Number(row.median),
    contactIds: row?.contact_ids ?? [],
  }));
}

export const contactFrequencyFamily = indicatorFamily('contact-frequency', async (tx, scope) => {
  const fortnights = await fortnightIdSets(tx, scope);
  const gaps = await contactGaps(tx, scope);
  return fortnights.map((periodFortnights, index) => ({
    fortnights: periodFortnights,
    gaps: gaps[index] ?? { median: null, contactIds: [] },
  }));
});

export const contactFrequencyValue = (
  rows: FamilyRows<typeof contactFrequencyFamily>,
  targets: IndicatorTargets,
) =>
  indicatorValue('D2', [
    shareMeasure('share', rows.fortnights.numerator, rows.fortnights.denominator, targets.D2.share),
    valueMeasure({
      key: 'median_contact_gap_days',
      unit: 'days',
      value: rows.gaps.median,
      numerator: rows.gaps.contactIds.length,
      denominator: rows.gaps.contactIds.length,
      numeratorIds: rows.gaps.contactIds,
      denominatorIds: rows.gaps.contactIds,
      target: null,
    }),
  ]);
