import { randomUUID } from 'node:crypto';
import { type Database, organisations, outboxMessages, unitOfWork } from '@tandem/db';
import { calendarMethod } from '@tandem/domain';
import { and, asc, eq, notInArray } from 'drizzle-orm';
import { errorFields, type Logger } from '../logger.ts';
import type { Mailer } from './mailer.ts';

export interface OutboxDeliveryResult {
  sent: number;
  failed: number;
}

/**
 * One run of outbox delivery: for each organisation, inside that tenant's own unit of work
 * (row-level security applies as for any request), claim one queued message at a time with
 * `FOR UPDATE SKIP LOCKED`, send it, and mark it sent by the system (`sent_by` null) in the
 * same transaction. Another API process running at the same moment skips the locked row, and
 * once committed the row is no longer queued, so no message is sent twice. A message whose
 * sending fails stays queued (its transaction rolls back), is logged, and is tried again on
 * the next run.
 */
export async function deliverQueuedOutbox(
  db: Database,
  mailer: Mailer,
  log: Logger,
  options: { messageIdDomain: string; runId?: string },
): Promise<OutboxDeliveryResult> {
  const jobLog = log.child({ job: 'outbox-delivery', jobRunId: options.runId ?? randomUUID() });
  const tenants = await unitOfWork(db, { tenantId: null, userId: null }, (tx) =>
    tx.select({ id: organisations.id }).from(organisations).orderBy(asc(organisations.id)),
  );
  const result: OutboxDeliveryResult = { sent: 0, failed: 0 };
  for (const { id: tenantId } of tenants) {
    const failedHere: string[] = [];
    for (;;) {
      let messageId: string | null;
      try {
        messageId = await deliverOne(db, mailer, tenantId, failedHere, options.messageIdDomain);
      } catch (error) {
        if (!(error instanceof SendFailure)) throw error;
        failedHere.push(error.messageId);
        result.failed += 1;
        jobLog.warn('outbox message not sent, will retry', {
          tenantId,
          messageId: error.messageId,
          ...errorFields(error.cause),
        });
        continue;
      }
      if (!messageId) break;
      result.sent += 1;
      jobLog.info('outbox message sent', { tenantId, messageId });
    }
  }
  if (result.sent > 0 || result.failed > 0) jobLog.info('outbox delivery run', { ...result });
  return result;
}

/** A sending failure, tied to the message it concerns; any other error ends the run. */
class SendFailure extends Error {
  constructor(
    readonly messageId: string,
    override readonly cause: unknown,
  ) {
    super('send failed');
  }
}

/** Sends the oldest claimable queued message of one tenant; null when there is none. */
function deliverOne(
  db: Database,
  mailer: Mailer,
  tenantId: string,
  skip: string[],
  messageIdDomain: string,
): Promise<string | null> {
  return unitOfWork(db, { tenantId, userId: null }, async (tx) => {
    const [message] = await tx
      .select()
      .from(outboxMessages)
      .where(
        and(
          eq(outboxMessages.tenantId, tenantId),
          eq(outboxMessages.status, 'queued'),
          skip.length > 0 ? notInArray(outboxMessages.id, skip) : undefined,
        ),
      )
      .orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.id))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!message) return null;
    const method = message.calendar ? calendarMethod(message.calendar) : null;
    try {
      await mailer.send({
        to: message.toAddress,
        subject: message.subject,
        text: message.body,
        locale: message.locale,
        messageId: `<outbox.${message.id}@${messageIdDomain}>`,
        ...(message.calendar && method ? { calendar: { method, content: message.calendar } } : {}),
      });
    } catch (error) {
      throw new SendFailure(message.id, error);
    }
    await tx
      .update(outboxMessages)
      .set({ status: 'sent', sentAt: new Date(), sentBy: null })
      .where(and(eq(outboxMessages.tenantId, tenantId), eq(outboxMessages.id, message.id)));
    return message.id;
  });
}
