import { queryRows } from '@tandem/db';
import { sql } from 'drizzle-orm';
import { textArray, uuidList } from '../sql-fragments.ts';
import { OFFERED_WORKSHOPS } from '../workshops.sql.ts';
import type { RecordLister } from './record-lister.ts';

/**
 * D5's drill-down: mentors (by e-mail, the person the indicator counts) with the workshops of
 * the period they were invited to; six-month windows with the workshops held in them; and
 * invitations with whether the mentor came.
 */

interface MentorRow extends Record<string, unknown> {
  email: string;
  name: string;
  workshops: string[];
}

export const workshopMentorLister: RecordLister<{
  records: { kind: 'mentor'; id: string; name: string; invitedTo: string[] }[];
}> = {
  unit: 'mentor',
  async list(tx, { scope, ids }) {
    if (ids.length === 0) return { records: [] };
    const { tenantId, programmeId, period } = scope;
    const rows = await queryRows<MentorRow>(
      tx,
      sql`
      select a.email, min(a.name) as name,
        coalesce(array_agg(distinct w.theme) filter (where w.id is not null), '{}') as workshops
      from applications a
      left join workshop_invitations i on i.tenant_id = a.tenant_id and i.application_id = a.id
      left join (${OFFERED_WORKSHOPS(tenantId, programmeId)}) o
        on o.id = i.workshop_id and o.held_on >= ${period.start}::date and o.held_on < ${period.end}::date
      left join workshops w on w.tenant_id = a.tenant_id and w.id = o.id
      where a.tenant_id = ${tenantId} and a.programme_id = ${programmeId} and a.role = 'mentor'
        and a.email = any(${textArray(ids)})
      group by a.email
      order by name, a.email`,
    );
    return {
      records: rows.map((r) => ({
        kind: 'mentor' as const,
        id: r.email,
        name: r.name,
        invitedTo: r.workshops,
      })),
    };
  },
};

interface WindowRow extends Record<string, unknown> {
  id: string;
  workshops: string[];
}

export const workshopWindowLister: RecordLister<{
  records: { kind: 'workshop_window'; id: string; workshops: string[] }[];
}> = {
  unit: 'workshop_window',
  async list(tx, { scope, ids }) {
    if (ids.length === 0) return { records: [] };
    const rows = await queryRows<WindowRow>(
      tx,
      sql`
      select win.id,
        coalesce(array_agg(w.theme order by w.starts_at) filter (where w.id is not null), '{}') as workshops
      from unnest(${textArray(ids)}) as win(id)
      left join (${OFFERED_WORKSHOPS(scope.tenantId, scope.programmeId)}) o
        on o.held_on >= split_part(win.id, '/', 1)::date and o.held_on < split_part(win.id, '/', 2)::date
      left join workshops w on w.tenant_id = ${scope.tenantId} and w.id = o.id
      group by win.id
      order by win.id`,
    );
    return {
      records: rows.map((r) => ({
        kind: 'workshop_window' as const,
        id: r.id,
        workshops: r.workshops,
      })),
    };
  },
};

interface InvitationRow extends Record<string, unknown> {
  id: string;
  mentor_name: string;
  theme: string;
  starts_at: Date | string;
  attended: boolean | null;
}

export const workshopInvitationLister: RecordLister<{
  records: {
    kind: 'workshop_invitation';
    id: string;
    mentorName: string;
    theme: string;
    startsAt: string;
    attended: boolean | null;
  }[];
}> = {
  unit: 'workshop_invitation',
  async list(tx, { scope, ids }) {
    if (ids.length === 0) return { records: [] };
    const rows = await queryRows<InvitationRow>(
      tx,
      sql`
      select i.id::text as id, a.name as mentor_name, w.theme, w.starts_at, i.attended
      from workshop_invitations i
      join workshops w on w.tenant_id = i.tenant_id and w.id = i.workshop_id
      join applications a on a.tenant_id = i.tenant_id and a.id = i.application_id
      where i.tenant_id = ${scope.tenantId} and i.id = any(${uuidList(ids)})
      order by w.starts_at, a.name, i.id`,
    );
    return {
      records: rows.map((r) => ({
        kind: 'workshop_invitation' as const,
        id: r.id,
        mentorName: r.mentor_name,
        theme: r.theme,
        startsAt: new Date(r.starts_at).toISOString(),
        attended: r.attended,
      })),
    };
  },
};
