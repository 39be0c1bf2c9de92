import { queryRows } from '@tandem/db';
import { sql } from 'drizzle-orm';
import { perPeriodFamily } from './indicator-family.ts';
import { idSetsByRole, type RoleIdSets } from './period-units.sql.ts';
import { inPeriod, NOT_JS_WHITESPACE } from './sql-fragments.ts';

/**
 * A4 (mentors) and B4 (mentees), the SQL twin of the domain's `decision-message.ts`. Unit: a
 * decision taken in the period; communicated: an acceptance with a sent confirmation, or a
 * refusal with a reason (a code, and for 'other' a text that is not blank) and a sent refusal
 * message.
 */
export const decisionMessageFamily = perPeriodFamily('decision-message', (tx, scope) => {
  const { tenantId, programmeId, period } = scope;
  const sent = (kind: 'confirmation' | 'refusal') => sql`exists (
    select 1 from outbox_messages m
    where m.tenant_id = ${tenantId} and m.decision_id = d.id
      and m.kind = ${kind} and m.sent_at is not null
  )`;
  return queryRows<RoleIdSets>(
    tx,
    idSetsByRole(sql`
      select d.id, a.role,
        case when d.outcome = 'accepted' then ${sent('confirmation')}
        else d.refusal_reason is not null
          and (d.refusal_reason <> 'other' or coalesce(d.reason_text, '') ~ ${NOT_JS_WHITESPACE})
          and ${sent('refusal')}
        end as counted
      from decisions d
      join applications a on a.tenant_id = d.tenant_id and a.id = d.application_id
      where d.tenant_id = ${tenantId} and a.programme_id = ${programmeId}
        and ${inPeriod(sql`d.decided_at`, period)}`),
  );
});
