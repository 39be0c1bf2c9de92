import { sql } from 'drizzle-orm';
import { perPeriodFamily } from './indicator-family.ts';
import { acceptanceIdSets } from './period-units.sql.ts';

/**
 * A3 (mentors) and B3 (mentees), the SQL twin of the domain's `interview.ts`. Unit: an
 * application accepted in the period; interviewed: it has an interview held (`scheduled_at`)
 * at or before the acceptance and complete in the sense of intake's `isInterviewComplete`.
 */
export const interviewFamily = perPeriodFamily('interview', (tx, scope) =>
  acceptanceIdSets(
    tx,
    scope,
    sql`exists (
      select 1
      from interviews i
      where i.tenant_id = ${scope.tenantId} and i.application_id = acc.id
        and i.scheduled_at <= acc.accepted_at
        and i.completed_at is not null
        and i.committed_period_months >= 1
        and i.committed_contact_interval_days >= 1
        and i.expectations_realistic is not null
    )`,
  ),
);
