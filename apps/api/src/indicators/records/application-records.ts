import { queryRows, type Transaction } from '@tandem/db';
import { sql } from 'drizzle-orm';
import { uuidList } from '../sql-fragments.ts';
import { iso, type RecordLister } from './record-lister.ts';

/** Applications by ID, with the dates the intake criteria turn on. */
export async function applicationRecords(
  tx: Transaction,
  tenantId: string,
  ids: readonly string[],
) {
  if (ids.length === 0) return [];
  const rows = await queryRows<{
    id: string;
    name: string;
    role: 'mentor' | 'mentee';
    channel_name: string;
    submitted_at: Date | string;
    outcome: 'accepted' | 'refused' | null;
    decided_at: Date | string | null;
    info_session_at: Date | string | null;
    interview_at: Date | string | null;
  }>(
    tx,
    sql`
    select a.id::text as id, a.name, a.role, c.name as channel_name, a.submitted_at,
      d.outcome, d.decided_at,
      (select max(s.starts_at) from info_session_registrations r
        join info_sessions s on s.tenant_id = r.tenant_id and s.id = r.info_session_id
        where r.tenant_id = a.tenant_id and s.programme_id = a.programme_id
          and s.audience = a.role and r.email = a.email and r.attended) as info_session_at,
      (select max(i.scheduled_at) from interviews i
        where i.tenant_id = a.tenant_id and i.application_id = a.id
          and i.completed_at is not null) as interview_at
    from applications a
    join recruitment_channels c on c.tenant_id = a.tenant_id and c.id = a.channel_id
    left join decisions d on d.tenant_id = a.tenant_id and d.application_id = a.id
    where a.tenant_id = ${tenantId} and a.id = any(${uuidList(ids)})
    order by a.name, a.id`,
  );
  return rows.map((r) => ({
    kind: 'application' as const,
    id: r.id,
    applicationId: r.id,
    name: r.name,
    role: r.role,
    channel: r.channel_name,
    outcome: r.outcome,
    dates: {
      submittedAt: iso(r.submitted_at),
      decidedAt: iso(r.decided_at),
      /** The last info session for their role the person attended, whichever topics. */
      infoSessionAt: iso(r.info_session_at),
      /** The last completed interview (when it was held). */
      interviewAt: iso(r.interview_at),
      messageSentAt: null,
    },
  }));
}

export const applicationLister: RecordLister<{
  records: Awaited<ReturnType<typeof applicationRecords>>;
}> = {
  unit: 'application',
  list: async (tx, { scope, ids }) => ({
    records: await applicationRecords(tx, scope.tenantId, ids),
  }),
};
