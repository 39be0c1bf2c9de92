import { randomBytes } from 'node:crypto';
import { applications, decisions, type duos, outcomes, type Transaction } from '@tandem/db';
import type { CalendarDate, OutcomeMoment } from '@tandem/domain';
import { and, desc, eq } from 'drizzle-orm';
import { AppError } from '../errors.ts';
import type { OutcomeFieldValues } from './outcome-fields.schema.ts';

let lastMs = 0;

/**
 * A time-ordered UUID (version 7): of two outcomes recorded for one moment on the same day
 * the later correction has the greater ID, and "the latest holds" — latest day, then
 * greatest ID, as the reference indicators read it — keeps the correction. Within one
 * process the millisecond never repeats, so two writes in the same millisecond keep their
 * order too.
 */
export function timeOrderedId(): string {
  lastMs = Math.max(Date.now(), lastMs + 1);
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface NewOutcome extends OutcomeFieldValues {
  tenantId: string;
  menteeApplicationId: string;
  duoId: string | null;
  moment: OutcomeMoment;
  recordedOn: CalendarDate;
  source: 'participant' | 'staff';
  recordedBy: string;
}

/** Writes one outcome; a correction is one more row, never an update. */
export async function writeOutcome(tx: Transaction, outcome: NewOutcome) {
  const [row] = await tx
    .insert(outcomes)
    .values({ id: timeOrderedId(), ...outcome })
    .returning();
  if (!row) throw new Error('outcome not written');
  return row;
}

/** The rows `where` selects, the one that holds first, then the earlier ones. */
export async function outcomeHistory(
  tx: Transaction,
  tenantId: string,
  where: { menteeApplicationId: string } | { duoId: string },
) {
  const rows = await tx
    .select()
    .from(outcomes)
    .where(
      and(
        eq(outcomes.tenantId, tenantId),
        'duoId' in where
          ? eq(outcomes.duoId, where.duoId)
          : eq(outcomes.menteeApplicationId, where.menteeApplicationId),
      ),
    )
    .orderBy(desc(outcomes.recordedOn), desc(outcomes.id));
  return rows.map((o) => ({
    id: o.id,
    moment: o.moment,
    duoId: o.duoId,
    recordedOn: o.recordedOn,
    situation: o.situation,
    contractKind: o.contractKind,
    hoursPerWeek: o.hoursPerWeek,
    confidence: o.confidence,
    autonomy: o.autonomy,
    source: o.source,
    createdAt: o.createdAt.toISOString(),
  }));
}

/** An intake outcome belongs to a mentee whose application was accepted. */
export async function requireAcceptedMentee(
  tx: Transaction,
  tenantId: string,
  applicationId: string,
) {
  const [application] = await tx
    .select({ id: applications.id, role: applications.role })
    .from(applications)
    .where(and(eq(applications.tenantId, tenantId), eq(applications.id, applicationId)));
  if (!application) throw new AppError('not_found');
  const [decision] = await tx
    .select({ outcome: decisions.outcome })
    .from(decisions)
    .where(and(eq(decisions.tenantId, tenantId), eq(decisions.applicationId, applicationId)))
    .orderBy(desc(decisions.decidedAt))
    .limit(1);
  if (application.role !== 'mentee' || decision?.outcome !== 'accepted')
    throw new AppError('outcome.not_accepted_mentee');
  return application;
}

/** The end and six-month outcomes are of a duo that has ended. */
export function requireEnded(duo: typeof duos.$inferSelect): CalendarDate {
  if (duo.endedOn === null) throw new AppError('outcome.duo_not_ended');
  return duo.endedOn;
}
