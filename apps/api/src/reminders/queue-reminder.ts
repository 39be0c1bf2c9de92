import { outboxMessages, reminderDeliveries, type Transaction } from '@tandem/db';
import type { Locale, ReminderKind } from '@tandem/domain';
import { and, eq } from 'drizzle-orm';

export interface ReminderToQueue {
  tenantId: string;
  kind: ReminderKind;
  /** A participant by their application, or a staff member by their user. */
  recipient: { applicationId: string } | { userId: string };
  /** Monday of the Brussels week the reminder belongs to. */
  weekStart: string;
  duoId?: string;
  workshopId?: string;
  message: {
    toAddress: string;
    subject: string;
    body: string;
    locale: Locale;
    calendar?: string;
  };
}

/**
 * Records the reminder for its recipient and week, and only if that record is new queues its
 * message, in the caller's transaction. The unique key on kind × recipient × week makes a
 * second insert — from another run or another process, even at the same moment — do
 * nothing, so no reminder goes out twice and nobody gets more than one of a kind a week.
 * Returns whether the message was queued.
 */
export async function queueReminder(tx: Transaction, reminder: ReminderToQueue): Promise<boolean> {
  const { tenantId, kind, recipient, weekStart, message } = reminder;
  const [delivery] = await tx
    .insert(reminderDeliveries)
    .values({
      tenantId,
      kind,
      recipientApplicationId: 'applicationId' in recipient ? recipient.applicationId : null,
      recipientUserId: 'userId' in recipient ? recipient.userId : null,
      weekStart,
      duoId: reminder.duoId ?? null,
      workshopId: reminder.workshopId ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: reminderDeliveries.id });
  if (!delivery) return false;
  const [queued] = await tx
    .insert(outboxMessages)
    .values({
      tenantId,
      kind,
      duoId: reminder.duoId ?? null,
      workshopId: reminder.workshopId ?? null,
      toAddress: message.toAddress,
      subject: message.subject,
      body: message.body,
      locale: message.locale,
      calendar: message.calendar ?? null,
    })
    .returning({ id: outboxMessages.id });
  if (!queued) throw new Error('reminder message not queued');
  await tx
    .update(reminderDeliveries)
    .set({ outboxMessageId: queued.id })
    .where(and(eq(reminderDeliveries.tenantId, tenantId), eq(reminderDeliveries.id, delivery.id)));
  return true;
}
