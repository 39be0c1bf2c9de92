import { randomUUID } from 'node:crypto';
import { type Database, organisations, outboxMessages, unitOfWork } from '@tandem/db';
import { calendarMethod } from '@tandem/domain';
import { and, asc, eq, lte, or, sql } from 'drizzle-orm';
import { errorFields, type Logger } from '../logger.ts';
import { describeSendError } from './delivery-error.ts';
import type { Mailer } from './mailer.ts';

export interface OutboxDeliveryResult {
  sent: number;
  failed: number;
}

export interface OutboxDeliveryOptions {
  messageIdDomain: string;
  runId?: string;
  /** The job's clock: when a message is due, its lease ends and its next attempt may start. */
  now?: () => Date;
  retry?: Partial<OutboxRetryPolicy>;
}

export interface OutboxRetryPolicy {
  /** How long a claimed message stays `sending` before another process may take it back. */
  leaseMs: number;
  /** After this many attempts a message that still fails is `failed` until staff retry it. */
  maxAttempts: number;
  /** The wait after the first failure; it doubles with every further one. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const OUTBOX_RETRY_POLICY: OutboxRetryPolicy = {
  // Well above the SMTP transport's own timeouts, so a live sender never loses its message.
  leaseMs: 5 * 60_000,
  maxAttempts: 8,
  firstDelayMs: 60_000,
  maxDelayMs: 6 * 60 * 60_000,
};

/** The wait before attempt `attempts + 1`, after `attempts` failed ones. */
export function retryDelayMs(attempts: number, policy: OutboxRetryPolicy): number {
  return Math.min(policy.firstDelayMs * 2 ** Math.max(0, attempts - 1), policy.maxDelayMs);
}

/**
 * One run of outbox delivery. For each organisation, inside that tenant's own unit of work
 * (row-level security applies as for any request), a message that is due — queued and past
 * its next attempt, or `sending` past its lease because its sender died — is claimed with
 * `FOR UPDATE SKIP LOCKED`, set `sending` with a lease, and committed. The SMTP exchange
 * then runs outside any transaction, so a slow server holds no lock and other processes keep
 * claiming other messages. The outcome is written only while the lease is still this run's:
 * sent, or queued again after an exponential back-off, or `failed` after too many attempts.
 */
export async function deliverQueuedOutbox(
  db: Database,
  mailer: Mailer,
  log: Logger,
  options: OutboxDeliveryOptions,
): Promise<OutboxDeliveryResult> {
  const jobLog = log.child({ job: 'outbox-delivery', jobRunId: options.runId ?? randomUUID() });
  const now = options.now ?? (() => new Date());
  const policy = { ...OUTBOX_RETRY_POLICY, ...options.retry };
  const tenants = await unitOfWork(db, { tenantId: null, userId: null }, (tx) =>
    tx.select({ id: organisations.id }).from(organisations).orderBy(asc(organisations.id)),
  );
  const result: OutboxDeliveryResult = { sent: 0, failed: 0 };
  for (const { id: tenantId } of tenants) {
    for (;;) {
      const claim = await claimDue(db, tenantId, now(), policy);
      if (!claim) break;
      const { message, leaseUntil } = claim;
      const method = message.calendar ? calendarMethod(message.calendar) : null;
      try {
        await mailer.send({
          to: message.toAddress,
          subject: message.subject,
          text: message.body,
          locale: message.locale,
          messageId: `<outbox.${message.id}@${options.messageIdDomain}>`,
          ...(message.calendar && method
            ? { calendar: { method, content: message.calendar } }
            : {}),
        });
      } catch (error) {
        result.failed += 1;
        const gaveUp = message.attempts >= policy.maxAttempts;
        await settle(db, claim, {
          status: gaveUp ? 'failed' : 'queued',
          lastError: describeSendError(error),
          nextAttemptAt: new Date(now().getTime() + retryDelayMs(message.attempts, policy)),
          leaseUntil: null,
        });
        jobLog.warn(gaveUp ? 'outbox message given up' : 'outbox message not sent, will retry', {
          tenantId,
          messageId: message.id,
          attempts: message.attempts,
          ...errorFields(error),
        });
        continue;
      }
      const recorded = await settle(db, claim, {
        status: 'sent',
        sentAt: now(),
        sentBy: null,
        lastError: null,
        leaseUntil: null,
      });
      result.sent += 1;
      if (recorded) jobLog.info('outbox message sent', { tenantId, messageId: message.id });
      // The lease ran out mid-send and another process took the message: it may go twice.
      else jobLog.warn('outbox message sent after its lease', { tenantId, leaseUntil });
    }
  }
  if (result.sent > 0 || result.failed > 0) jobLog.info('outbox delivery run', { ...result });
  return result;
}

type OutboxRow = typeof outboxMessages.$inferSelect;

interface Claim {
  tenantId: string;
  message: OutboxRow;
  leaseUntil: Date;
}

/** Takes the oldest due message of one tenant and commits it as `sending`; null when none. */
function claimDue(
  db: Database,
  tenantId: string,
  now: Date,
  policy: OutboxRetryPolicy,
): Promise<Claim | null> {
  return unitOfWork(db, { tenantId, userId: null }, async (tx) => {
    const [due] = await tx
      .select({ id: outboxMessages.id })
      .from(outboxMessages)
      .where(
        and(
          eq(outboxMessages.tenantId, tenantId),
          or(
            and(eq(outboxMessages.status, 'queued'), lte(outboxMessages.nextAttemptAt, now)),
            and(eq(outboxMessages.status, 'sending'), lte(outboxMessages.leaseUntil, now)),
          ),
        ),
      )
      .orderBy(asc(outboxMessages.nextAttemptAt), asc(outboxMessages.createdAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!due) return null;
    const leaseUntil = new Date(now.getTime() + policy.leaseMs);
    const [message] = await tx
      .update(outboxMessages)
      .set({ status: 'sending', leaseUntil, attempts: sql`${outboxMessages.attempts} + 1` })
      .where(and(eq(outboxMessages.tenantId, tenantId), eq(outboxMessages.id, due.id)))
      .returning();
    return message ? { tenantId, message, leaseUntil } : null;
  });
}

/** Records how an attempt ended, if the message is still `sending` under this claim's lease. */
async function settle(
  db: Database,
  claim: Claim,
  outcome: Partial<typeof outboxMessages.$inferInsert>,
): Promise<boolean> {
  const rows = await unitOfWork(db, { tenantId: claim.tenantId, userId: null }, (tx) =>
    tx
      .update(outboxMessages)
      .set(outcome)
      .where(
        and(
          eq(outboxMessages.tenantId, claim.tenantId),
          eq(outboxMessages.id, claim.message.id),
          eq(outboxMessages.status, 'sending'),
          eq(outboxMessages.leaseUntil, claim.leaseUntil),
        ),
      )
      .returning({ id: outboxMessages.id }),
  );
  return rows.length > 0;
}
