import { queryRows } from '@tandem/db';
import type { ClosingMeetingMode, DUO_ENDED_BY, EarlyEndReasonCode } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { uuidList } from '../sql-fragments.ts';
import { iso, type RecordLister } from './record-lister.ts';

/** The duo's mentor and mentee by name, as every record of the duo's end shows them. */
const names = sql`
  join applications mentor on mentor.tenant_id = d.tenant_id and mentor.id = d.mentor_application_id
  join applications mentee on mentee.tenant_id = d.tenant_id and mentee.id = d.mentee_application_id`;

type EndedBy = (typeof DUO_ENDED_BY)[number];

interface EndRow extends Record<string, unknown> {
  id: string;
  mentor_name: string;
  mentee_name: string;
  ended_on: string | null;
  end_kind: 'planned' | 'early' | null;
  end_reason_code: EarlyEndReasonCode | null;
  ended_by: EndedBy | null;
  closure_started_at: Date | string | null;
}

/**
 * E1: duos with their end, its reason code and whether their closure started. The reason's
 * free text stays on the duo page.
 */
export const duoEndLister: RecordLister<{
  records: {
    kind: 'duo_end';
    id: string;
    mentor: string;
    mentee: string;
    endedOn: string | null;
    endKind: 'planned' | 'early' | null;
    endReasonCode: EarlyEndReasonCode | null;
    endedBy: EndedBy | null;
    closureStartedAt: string | null;
  }[];
}> = {
  unit: 'duo_end',
  async list(tx, { scope, ids }) {
    if (ids.length === 0) return { records: [] };
    const rows = await queryRows<EndRow>(
      tx,
      sql`
      select d.id::text as id, mentor.name as mentor_name, mentee.name as mentee_name,
        d.ended_on::text as ended_on, d.end_kind, d.end_reason_code, d.ended_by,
        c.started_at as closure_started_at
      from duos d ${names}
      left join duo_closures c on c.tenant_id = d.tenant_id and c.duo_id = d.id
      where d.tenant_id = ${scope.tenantId} and d.id = any(${uuidList(ids)})
      order by d.ended_on, mentor.name, d.id`,
    );
    return {
      records: rows.map((r) => ({
        kind: 'duo_end' as const,
        id: r.id,
        mentor: r.mentor_name,
        mentee: r.mentee_name,
        endedOn: r.ended_on,
        endKind: r.end_kind,
        endReasonCode: r.end_reason_code,
        endedBy: r.ended_by,
        closureStartedAt: iso(r.closure_started_at),
      })),
    };
  },
};

interface ClosingRow extends Record<string, unknown> {
  id: string;
  mentor_name: string;
  mentee_name: string;
  ended_on: string | null;
  held_on: string | null;
  mode: ClosingMeetingMode | null;
}

/** E2: duos with their last day and their held closing meeting (the first, if several). */
export const duoClosingMeetingLister: RecordLister<{
  records: {
    kind: 'duo_closing';
    id: string;
    mentor: string;
    mentee: string;
    endedOn: string | null;
    closingMeeting: { heldOn: string; mode: ClosingMeetingMode } | null;
  }[];
}> = {
  unit: 'duo_closing',
  async list(tx, { scope, ids }) {
    if (ids.length === 0) return { records: [] };
    const rows = await queryRows<ClosingRow>(
      tx,
      sql`
      select d.id::text as id, mentor.name as mentor_name, mentee.name as mentee_name,
        d.ended_on::text as ended_on, m.held_on::text as held_on, m.mode
      from duos d ${names}
      left join lateral (
        select held_on, mode from closing_meetings m
        where m.tenant_id = d.tenant_id and m.duo_id = d.id and m.status = 'held'
        order by m.held_on, m.id limit 1
      ) m on true
      where d.tenant_id = ${scope.tenantId} and d.id = any(${uuidList(ids)})
      order by d.ended_on, mentor.name, d.id`,
    );
    return {
      records: rows.map((r) => ({
        kind: 'duo_closing' as const,
        id: r.id,
        mentor: r.mentor_name,
        mentee: r.mentee_name,
        endedOn: r.ended_on,
        closingMeeting:
          r.held_on === null || r.mode === null ? null : { heldOn: r.held_on, mode: r.mode },
      })),
    };
  },
};
