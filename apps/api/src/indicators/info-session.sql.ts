import { INFO_SESSION_TOPIC_IDS } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { perPeriodFamily } from './indicator-family.ts';
import { acceptanceIdSets } from './period-units.sql.ts';
import { textArray } from './sql-fragments.ts';

/**
 * A1 (mentors) and B2 (mentees), the SQL twin of the domain's `info-session.ts`. Unit: an
 * application accepted in the period; informed: the applicant (same e-mail) attended, at or
 * before the acceptance, an info session of this programme for their role that covered all
 * three topics.
 */
export const infoSessionFamily = perPeriodFamily('info-session', (tx, scope) =>
  acceptanceIdSets(
    tx,
    scope,
    sql`exists (
      select 1
      from info_session_registrations r
      join info_sessions s on s.tenant_id = r.tenant_id and s.id = r.info_session_id
      where r.tenant_id = ${scope.tenantId} and s.programme_id = ${scope.programmeId}
        and r.email = acc.email and r.attended
        and s.audience = acc.role and s.starts_at <= acc.accepted_at
        and s.topics_covered @> ${textArray(INFO_SESSION_TOPIC_IDS)}
    )`,
  ),
);
