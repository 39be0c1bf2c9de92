import { queryRows } from '@tandem/db';
import type { DuoRole } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { uuidList } from '../sql-fragments.ts';
import { iso, type RecordLister } from './record-lister.ts';

/** One side's evaluation as a drill-down shows it: when it went out, was reminded, answered. */
export interface EvaluationStep {
  sentAt: string;
  reminders: number;
  completedAt: string | null;
}

/** The reminders an evaluation's person got for it (kind, duo and recipient). */
const reminders = sql`(
  select count(*)::int from reminder_deliveries r
  where r.tenant_id = e.tenant_id and r.kind = 'evaluation_reminder' and r.duo_id = e.duo_id
    and r.recipient_application_id = e.application_id
)`;

interface DuoEvaluationRow extends Record<string, unknown> {
  id: string;
  mentor_name: string;
  mentee_name: string;
  ended_on: string | null;
  mentor_sent_at: Date | string | null;
  mentor_reminders: number | null;
  mentor_completed_at: Date | string | null;
  mentee_sent_at: Date | string | null;
  mentee_reminders: number | null;
  mentee_completed_at: Date | string | null;
}

const step = (
  sentAt: Date | string | null,
  count: number | null,
  completedAt: Date | string | null,
): EvaluationStep | null =>
  sentAt === null
    ? null
    : { sentAt: iso(sentAt) ?? '', reminders: Number(count ?? 0), completedAt: iso(completedAt) };

/** E3's share: ended duos with the evaluation of each side, so an unanswered duo shows why. */
export const duoEvaluationLister: RecordLister<{
  records: {
    kind: 'duo_evaluation';
    id: string;
    mentor: string;
    mentee: string;
    endedOn: string | null;
    evaluations: { mentor: EvaluationStep | null; mentee: EvaluationStep | null };
  }[];
}> = {
  unit: 'duo_evaluation',
  async list(tx, { scope, ids }) {
    if (ids.length === 0) return { records: [] };
    const side = (role: DuoRole) => sql`
      left join lateral (
        select e.sent_at, e.completed_at, ${reminders} as reminders from evaluations e
        where e.tenant_id = d.tenant_id and e.duo_id = d.id and e.role = ${role}
      ) ${sql.raw(role)} on true`;
    const rows = await queryRows<DuoEvaluationRow>(
      tx,
      sql`
      select d.id::text as id, mentor_app.name as mentor_name, mentee_app.name as mentee_name,
        d.ended_on::text as ended_on,
        mentor.sent_at as mentor_sent_at, mentor.reminders as mentor_reminders,
        mentor.completed_at as mentor_completed_at,
        mentee.sent_at as mentee_sent_at, mentee.reminders as mentee_reminders,
        mentee.completed_at as mentee_completed_at
      from duos d
      join applications mentor_app
        on mentor_app.tenant_id = d.tenant_id and mentor_app.id = d.mentor_application_id
      join applications mentee_app
        on mentee_app.tenant_id = d.tenant_id and mentee_app.id = d.mentee_application_id
      ${side('mentor')}
      ${side('mentee')}
      where d.tenant_id = ${scope.tenantId} and d.id = any(${uuidList(ids)})
      order by d.ended_on, mentor_app.name, d.id`,
    );
    return {
      records: rows.map((r) => ({
        kind: 'duo_evaluation' as const,
        id: r.id,
        mentor: r.mentor_name,
        mentee: r.mentee_name,
        endedOn: r.ended_on,
        evaluations: {
          mentor: step(r.mentor_sent_at, r.mentor_reminders, r.mentor_completed_at),
          mentee: step(r.mentee_sent_at, r.mentee_reminders, r.mentee_completed_at),
        },
      })),
    };
  },
};

interface EvaluationRow extends Record<string, unknown> {
  id: string;
  duo_id: string;
  role: DuoRole;
  person: string;
  mentor_name: string;
  mentee_name: string;
  sent_at: Date | string;
  reminders: number;
  completed_at: Date | string | null;
}

/** E3's response rates: one role's evaluations, sent, reminded and answered or not. */
export const evaluationLister: RecordLister<{
  records: ({
    kind: 'evaluation';
    id: string;
    duoId: string;
    role: DuoRole;
    person: string;
    mentor: string;
    mentee: string;
  } & EvaluationStep)[];
}> = {
  unit: 'evaluation',
  async list(tx, { scope, ids }) {
    if (ids.length === 0) return { records: [] };
    const rows = await queryRows<EvaluationRow>(
      tx,
      sql`
      select e.id::text as id, e.duo_id::text as duo_id, e.role, person.name as person,
        mentor.name as mentor_name, mentee.name as mentee_name, e.sent_at, e.completed_at,
        ${reminders} as reminders
      from evaluations e
      join duos d on d.tenant_id = e.tenant_id and d.id = e.duo_id
      join applications person on person.tenant_id = e.tenant_id and person.id = e.application_id
      join applications mentor on mentor.tenant_id = d.tenant_id and mentor.id = d.mentor_application_id
      join applications mentee on mentee.tenant_id = d.tenant_id and mentee.id = d.mentee_application_id
      where e.tenant_id = ${scope.tenantId} and e.id = any(${uuidList(ids)})
      order by e.sent_at, person.name, e.id`,
    );
    return {
      records: rows.map((r) => ({
        kind: 'evaluation' as const,
        id: r.id,
        duoId: r.duo_id,
        role: r.role,
        person: r.person,
        mentor: r.mentor_name,
        mentee: r.mentee_name,
        sentAt: iso(r.sent_at) ?? '',
        reminders: Number(r.reminders),
        completedAt: iso(r.completed_at),
      })),
    };
  },
};
