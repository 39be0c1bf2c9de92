import { type Transaction, workshopInvitations, type workshops } from '@tandem/db';
import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { hasStarted } from '../../sessions/scheduled-session.ts';
import { lockRegistrations, registeredCount } from './workshop.queries.ts';
import type { WORKSHOP_ANSWERS } from './workshop.schema.ts';

type Workshop = typeof workshops.$inferSelect;
type Invitation = typeof workshopInvitations.$inferSelect;

/** Where an invitation stands: attendance once recorded, else the answer. */
export const invitationStatus = (i: Invitation) =>
  i.attended !== null
    ? i.attended
      ? ('attended' as const)
      : ('absent' as const)
    : i.registeredAt !== null
      ? ('registered' as const)
      : i.declinedAt !== null
        ? ('declined' as const)
        : ('invited' as const);

/**
 * A mentor's answer to an invitation, from the portal or written down by staff: registering
 * needs a free seat of a workshop that has not started and was not called off.
 */
export async function answerInvitation(
  tx: Transaction,
  workshop: Workshop,
  invitation: Invitation,
  answer: (typeof WORKSHOP_ANSWERS)[number],
  countRegistered: () => Promise<number> = () => registeredCount(tx, workshop),
) {
  if (workshop.cancelledAt !== null) throw new AppError('workshop.cancelled');
  if (hasStarted(workshop)) throw new AppError('workshop.started');
  if (answer === 'registered' && invitation.registeredAt === null) {
    await lockRegistrations(tx, workshop.id);
    if ((await countRegistered()) >= workshop.capacity) throw new AppError('workshop.full');
  }
  const [row] = await tx
    .update(workshopInvitations)
    .set(
      answer === 'registered'
        ? { registeredAt: invitation.registeredAt ?? sql`now()`, declinedAt: null }
        : { registeredAt: null, declinedAt: invitation.declinedAt ?? sql`now()` },
    )
    .where(
      and(
        eq(workshopInvitations.tenantId, invitation.tenantId),
        eq(workshopInvitations.id, invitation.id),
      ),
    )
    .returning();
  if (!row) throw new AppError('not_found');
  return { invitationId: row.id, status: invitationStatus(row) };
}
