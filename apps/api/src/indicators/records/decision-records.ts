import { queryRows } from '@tandem/db';
import { sql } from 'drizzle-orm';
import { uuidList } from '../sql-fragments.ts';
import { iso, type RecordLister } from './record-lister.ts';

interface DecisionRow extends Record<string, unknown> {
  id: string;
  application_id: string;
  name: string;
  role: 'mentor' | 'mentee';
  channel_name: string;
  submitted_at: Date | string;
  outcome: 'accepted' | 'refused';
  decided_at: Date | string;
  message_sent_at: Date | string | null;
}

const toRecord = (r: DecisionRow) => ({
  kind: 'decision' as const,
  id: r.id,
  applicationId: r.application_id,
  name: r.name,
  role: r.role,
  channel: r.channel_name,
  outcome: r.outcome,
  dates: {
    submittedAt: iso(r.submitted_at),
    decidedAt: iso(r.decided_at),
    infoSessionAt: null,
    interviewAt: null,
    /** The first sending of the message the decision owes (confirmation or refusal). */
    messageSentAt: iso(r.message_sent_at),
  },
});

/** Decisions by ID (A4/B4), with when the message they owe was first sent. */
export const decisionLister: RecordLister<{ records: ReturnType<typeof toRecord>[] }> = {
  unit: 'decision',
  async list(tx, { scope, ids }) {
    if (ids.length === 0) return { records: [] };
    const rows = await queryRows<DecisionRow>(
      tx,
      sql`
      select d.id::text as id, a.id::text as application_id, a.name, a.role,
        c.name as channel_name, a.submitted_at, d.outcome, d.decided_at,
        (select min(m.sent_at) from outbox_messages m
          where m.tenant_id = d.tenant_id and m.decision_id = d.id
            and m.kind = case d.outcome when 'accepted' then 'confirmation' else 'refusal' end
        ) as message_sent_at
      from decisions d
      join applications a on a.tenant_id = d.tenant_id and a.id = d.application_id
      join recruitment_channels c on c.tenant_id = a.tenant_id and c.id = a.channel_id
      where d.tenant_id = ${scope.tenantId} and d.id = any(${uuidList(ids)})
      order by a.name, d.id`,
    );
    return { records: rows.map(toRecord) };
  },
};
