import { duoClosures, duos, type Transaction } from '@tandem/db';
import {
  type CalendarDate,
  type DUO_ENDED_BY,
  duoEndKind,
  duoEndRefusal,
  type EarlyEndReasonCode,
} from '@tandem/domain';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../errors.ts';
import { brusselsToday, lockDuo } from './contact-log.ts';

export interface DuoEndInput {
  readonly lastDay: CalendarDate;
  readonly reasonCode: EarlyEndReasonCode | null;
  readonly reasonText: string | null;
  readonly endedBy: (typeof DUO_ENDED_BY)[number];
  /** The staff member or the participant who writes the end down. */
  readonly recordedBy: string;
}

/**
 * E1: ends a running duo, from the staff duo page or the portal, in one unit: the end on the
 * duo (planned or early by the domain's rule) and the closure it opens, whoever ended it, so
 * an early end runs the same closure steps as a planned one. From the portal, row-level
 * security and the trigger `duos_participant_end_only` keep a participant to their own side
 * of their own running duo; the checks here give everyone the same translated refusals.
 */
export async function endDuo(tx: Transaction, tenantId: string, duoId: string, end: DuoEndInput) {
  const duo = await lockDuo(tx, tenantId, duoId);
  const kind = duoEndKind(end.lastDay, duo.plannedEndDate);
  const refusal = duoEndRefusal(
    duo,
    { lastDay: end.lastDay, kind, hasReason: end.reasonCode !== null },
    brusselsToday(),
  );
  if (refusal !== null) throw new AppError(`duoEnd.${refusal}`);
  const [ended] = await tx
    .update(duos)
    .set({
      endedOn: end.lastDay,
      endKind: kind,
      endReasonCode: end.reasonCode,
      endReasonText: end.reasonText,
      endedBy: end.endedBy,
      endRecordedAt: new Date(),
      endRecordedBy: end.recordedBy,
    })
    .where(and(eq(duos.tenantId, tenantId), eq(duos.id, duo.id)))
    .returning();
  if (!ended) throw new AppError('not_found');
  const [closure] = await tx
    .insert(duoClosures)
    .values({ tenantId, duoId: duo.id, startedBy: end.recordedBy })
    .returning();
  if (!closure) throw new AppError('internal');
  return { duo: ended, closure };
}
