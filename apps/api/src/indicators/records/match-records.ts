import { queryRows } from '@tandem/db';
import { sql } from 'drizzle-orm';
import { uuidList } from '../sql-fragments.ts';
import { iso, type RecordLister } from './record-lister.ts';

interface MatchRow extends Record<string, unknown> {
  id: string;
  mentor_application_id: string;
  mentor_name: string;
  mentee_application_id: string;
  mentee_name: string;
  score: number | null;
  score_parts: number;
  decided_by_name: string;
  decided_at: Date | string;
  self_decided: boolean;
  start_date: string | null;
}

const toRecord = (r: MatchRow) => ({
  kind: 'match' as const,
  id: r.id,
  mentor: { applicationId: r.mentor_application_id, name: r.mentor_name },
  mentee: { applicationId: r.mentee_application_id, name: r.mentee_name },
  score: r.score === null ? null : Number(r.score),
  /** How many parts the stored breakdown has (C1 needs at least one). */
  scoreParts: Number(r.score_parts),
  decidedBy: r.decided_by_name,
  decidedAt: iso(r.decided_at),
  /** The decider is the mentor's or the mentee's own user account (C2). */
  selfDecided: r.self_decided,
  startDate: r.start_date,
});

/** Matches by ID (C1, C2): the pair, the stored score, who decided and when the duo started. */
export const matchLister: RecordLister<{ records: ReturnType<typeof toRecord>[] }> = {
  unit: 'match',
  async list(tx, { scope, ids }) {
    if (ids.length === 0) return { records: [] };
    const rows = await queryRows<MatchRow>(
      tx,
      sql`
      select m.id::text as id,
        mentor.id::text as mentor_application_id, mentor.name as mentor_name,
        mentee.id::text as mentee_application_id, mentee.name as mentee_name,
        m.score,
        case when jsonb_typeof(m.score_breakdown) = 'array'
          then jsonb_array_length(m.score_breakdown) else 0 end as score_parts,
        u.name as decided_by_name, m.decided_at,
        exists (
          select 1 from participant_accounts p
          where p.tenant_id = m.tenant_id and p.user_id = m.decided_by
            and p.application_id in (m.mentor_application_id, m.mentee_application_id)
        ) as self_decided,
        d.start_date::text as start_date
      from matches m
      join applications mentor on mentor.tenant_id = m.tenant_id and mentor.id = m.mentor_application_id
      join applications mentee on mentee.tenant_id = m.tenant_id and mentee.id = m.mentee_application_id
      join users u on u.id = m.decided_by
      left join duos d on d.tenant_id = m.tenant_id and d.match_id = m.id
      where m.tenant_id = ${scope.tenantId} and m.id = any(${uuidList(ids)})
      order by mentor.name, mentee.name, m.id`,
    );
    return { records: rows.map(toRecord) };
  },
};
