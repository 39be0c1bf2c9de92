import { queryRows } from '@tandem/db';
import type { ContactMode, EarlyEndReasonCode } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { uuidList } from '../sql-fragments.ts';
import type { RecordLister } from './record-lister.ts';

/** The duo's mentor and mentee by name, as every record of the duo's life shows them. */
const names = sql`
  join applications mentor on mentor.tenant_id = d.tenant_id and mentor.id = d.mentor_application_id
  join applications mentee on mentee.tenant_id = d.tenant_id and mentee.id = d.mentee_application_id`;

interface SpanRow extends Record<string, unknown> {
  id: string;
  mentor_name: string;
  mentee_name: string;
  start_date: string;
  planned_end_date: string;
  ended_on: string | null;
  end_kind: 'planned' | 'early' | null;
  end_reason_code: EarlyEndReasonCode | null;
}

/** D1: duos with their start, planned and actual end. */
export const duoSpanLister: RecordLister<{
  records: {
    kind: 'duo_span';
    id: string;
    mentor: string;
    mentee: string;
    startDate: string;
    plannedEndDate: string;
    endedOn: string | null;
    endKind: 'planned' | 'early' | null;
    endReasonCode: EarlyEndReasonCode | null;
  }[];
}> = {
  unit: 'duo_span',
  async list(tx, { scope, ids }) {
    if (ids.length === 0) return { records: [] };
    const rows = await queryRows<SpanRow>(
      tx,
      sql`
      select d.id::text as id, mentor.name as mentor_name, mentee.name as mentee_name,
        d.start_date::text as start_date, d.planned_end_date::text as planned_end_date,
        d.ended_on::text as ended_on, d.end_kind, d.end_reason_code
      from duos d ${names}
      where d.tenant_id = ${scope.tenantId} and d.id = any(${uuidList(ids)})
      order by d.ended_on, mentor.name, d.id`,
    );
    return {
      records: rows.map((r) => ({
        kind: 'duo_span' as const,
        id: r.id,
        mentor: r.mentor_name,
        mentee: r.mentee_name,
        startDate: r.start_date,
        plannedEndDate: r.planned_end_date,
        endedOn: r.ended_on,
        endKind: r.end_kind,
        endReasonCode: r.end_reason_code,
      })),
    };
  },
};

interface FortnightRow extends Record<string, unknown> {
  id: string;
  duo_id: string;
  mentor_name: string;
  mentee_name: string;
  window_start: string;
  window_last: string;
  contacts: number;
}

/** D2: duo-fortnights (`<duo ID>/<first day>`) with the contacts logged in each. */
export const fortnightLister: RecordLister<{
  records: {
    kind: 'fortnight';
    id: string;
    duoId: string;
    mentor: string;
    mentee: string;
    from: string;
    to: string;
    contacts: number;
  }[];
}> = {
  unit: 'duo_fortnight',
  async list(tx, { scope, ids }) {
    const windows = ids.flatMap((id) => {
      const [duoId, from] = id.split('/');
      return duoId && from ? [{ id, duoId, from }] : [];
    });
    if (windows.length === 0) return { records: [] };
    const rows = await queryRows<FortnightRow>(
      tx,
      sql`
      with w as (
        select * from unnest(
          string_to_array(${windows.map((w) => w.duoId).join(',')}, ',')::uuid[],
          string_to_array(${windows.map((w) => w.from).join(',')}, ',')::date[]
        ) as w(duo_id, window_start)
      )
      select d.id::text || '/' || w.window_start::text as id, d.id::text as duo_id,
        mentor.name as mentor_name, mentee.name as mentee_name,
        w.window_start::text as window_start, (w.window_start + 13)::text as window_last,
        (select count(*)::int from duo_contacts c
          where c.tenant_id = d.tenant_id and c.duo_id = d.id
            and c.contact_on between w.window_start and w.window_start + 13) as contacts
      from w join duos d on d.tenant_id = ${scope.tenantId} and d.id = w.duo_id ${names}
      order by mentor.name, d.id, w.window_start`,
    );
    return {
      records: rows.map((r) => ({
        kind: 'fortnight' as const,
        id: r.id,
        duoId: r.duo_id,
        mentor: r.mentor_name,
        mentee: r.mentee_name,
        from: r.window_start,
        to: r.window_last,
        contacts: Number(r.contacts),
      })),
    };
  },
};

interface ContactRow extends Record<string, unknown> {
  id: string;
  duo_id: string;
  mentor_name: string;
  mentee_name: string;
  contact_on: string;
  mode: ContactMode;
}

/** D2's gaps: the contact that ends each gap, with its duo. Notes are never listed. */
export const contactLister: RecordLister<{
  records: {
    kind: 'contact';
    id: string;
    duoId: string;
    mentor: string;
    mentee: string;
    on: string;
    mode: ContactMode;
  }[];
}> = {
  unit: 'contact',
  async list(tx, { scope, ids }) {
    if (ids.length === 0) return { records: [] };
    const rows = await queryRows<ContactRow>(
      tx,
      sql`
      select c.id::text as id, d.id::text as duo_id, mentor.name as mentor_name,
        mentee.name as mentee_name, c.contact_on::text as contact_on, c.mode
      from duo_contacts c
      join duos d on d.tenant_id = c.tenant_id and d.id = c.duo_id ${names}
      where c.tenant_id = ${scope.tenantId} and c.id = any(${uuidList(ids)})
      order by c.contact_on, mentor.name, c.id`,
    );
    return {
      records: rows.map((r) => ({
        kind: 'contact' as const,
        id: r.id,
        duoId: r.duo_id,
        mentor: r.mentor_name,
        mentee: r.mentee_name,
        on: r.contact_on,
        mode: r.mode,
      })),
    };
  },
};
