import type { Transaction } from '@tandem/db';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { AppError } from '../errors.ts';
import { requireProgramme } from '../queries/programme.queries.ts';

/**
 * A scheduled session with attendance: info sessions (A1/B2) and training sessions (A5). A
 * session belongs to a programme, starts at an instant, takes place somewhere or online, and
 * has one attendance row per person expected, whose `attended` is null until staff record it.
 */

interface SessionTable extends PgTable {
  tenantId: AnyPgColumn;
  id: AnyPgColumn;
  programmeId: AnyPgColumn;
  startsAt: AnyPgColumn;
}

interface AttendanceTable extends PgTable {
  tenantId: AnyPgColumn;
  attended: AnyPgColumn;
}

export interface AttendanceCounts {
  registered: number;
  attended: number;
}

export const NO_ATTENDANCE: AttendanceCounts = { registered: 0, attended: 0 };

/** Attendance can be taken once the session has started, not before. */
export function hasStarted(session: { startsAt: Date }) {
  return session.startsAt.getTime() <= Date.now();
}

/** The columns that record whether a person attended: who recorded it and when, or nothing. */
export function attendanceRecord(attended: boolean | null, userId: string) {
  return attended === null
    ? { attended, attendanceRecordedAt: null, attendanceRecordedBy: null }
    : { attended, attendanceRecordedAt: sql`now()`, attendanceRecordedBy: userId };
}

/** The counts of attendance rows already read. */
export function countAttendance(rows: readonly { attended: boolean | null }[]): AttendanceCounts {
  return { registered: rows.length, attended: rows.filter((r) => r.attended === true).length };
}

/** What every session answers with; each kind adds its own fields. */
export function scheduledSessionOutput(
  row: {
    id: string;
    programmeId: string;
    startsAt: Date;
    place: string | null;
    onlineUrl: string | null;
  },
  counts: AttendanceCounts,
) {
  return {
    id: row.id,
    programmeId: row.programmeId,
    startsAt: row.startsAt.toISOString(),
    place: row.place,
    onlineUrl: row.onlineUrl,
    registered: counts.registered,
    attended: counts.attended,
  };
}

/**
 * The queries of one kind of session: its table, its attendance table and the attendance
 * column that names the session.
 */
export function scheduledSessions<S extends SessionTable, A extends AttendanceTable>(kind: {
  sessions: S;
  attendances: A;
  sessionIdOf: AnyPgColumn;
}) {
  const { sessions, attendances, sessionIdOf } = kind;
  type Row = S['$inferSelect'] & { id: string };

  /** Registered and attended per session, in one query for any number of sessions. */
  async function counts(tx: Transaction, tenantId: string, sessionIds: readonly string[]) {
    const rows =
      sessionIds.length === 0
        ? []
        : await tx
            .select({
              sessionId: sql<string>`${sessionIdOf}`,
              registered: count(),
              attended: sql<number>`count(*) filter (where ${attendances.attended})::int`,
            })
            .from(attendances as PgTable)
            .where(and(eq(attendances.tenantId, tenantId), inArray(sessionIdOf, [...sessionIds])))
            .groupBy(sessionIdOf);
    return (sessionId: string): AttendanceCounts => {
      const row = rows.find((r) => r.sessionId === sessionId);
      return { registered: Number(row?.registered ?? 0), attended: Number(row?.attended ?? 0) };
    };
  }

  return {
    /** The session in the unit of work's tenant, or "not found". */
    async require(tx: Transaction, tenantId: string, sessionId: string): Promise<Row> {
      const [row] = await tx
        .select()
        .from(sessions as PgTable)
        .where(and(eq(sessions.tenantId, tenantId), eq(sessions.id, sessionId)));
      if (!row) throw new AppError('not_found');
      return row as Row;
    },

    /** A programme's sessions, past and upcoming, earliest first, each with its counts. */
    async list(tx: Transaction, tenantId: string, programmeId: string) {
      await requireProgramme(tx, tenantId, programmeId);
      const rows = (await tx
        .select()
        .from(sessions as PgTable)
        .where(and(eq(sessions.tenantId, tenantId), eq(sessions.programmeId, programmeId)))
        .orderBy(asc(sessions.startsAt), asc(sessions.id))) as Row[];
      const countsOf = await counts(
        tx,
        tenantId,
        rows.map((r) => r.id),
      );
      return rows.map((row) => ({ row, counts: countsOf(row.id) }));
    },

    /** One session's counts, as they stand after a change. */
    async countsOf(tx: Transaction, tenantId: string, sessionId: string) {
      return (await counts(tx, tenantId, [sessionId]))(sessionId);
    },
  };
}
