import { outboxMessages, unitOfWork } from '@tandem/db';
import { startTestSmtpServer } from '@tandem/test-smtp';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createSmtpMailer, type Mailer, type OutgoingMail } from '../src/jobs/mailer.ts';
import { deliverQueuedOutbox, OUTBOX_RETRY_POLICY } from '../src/jobs/outbox-delivery.ts';
import { createLogger } from '../src/logger.ts';
import { createHarness, withKey } from './harness.ts';

/**
 * The outbox's delivery states: a message is committed as `sending` before the SMTP
 * exchange, so no row lock waits on a mail server; a sender that dies loses its message only
 * until its lease ends; failures back off exponentially and end as `failed`, which staff see
 * and retry.
 */
const h = await createHarness();
const smtp = await startTestSmtpServer();
afterAll(() => smtp.close());
const smtpMailer = createSmtpMailer(smtp.url, 'De Brug <noreply@tandem.example>');
afterAll(() => smtpMailer.close());
const silent = createLogger('silent');
const org = h.deBrug;
const coordinator = await h.signIn('coordinator@debrug.example');

const MINUTE = 60_000;
/** The tests' clock starts a day ahead, so every message queued now is due. */
const t0 = new Date(Date.now() + 24 * 60 * MINUTE);
const at = (ms: number) => new Date(t0.getTime() + ms);

const deliver = (now: Date, mailer: Mailer = smtpMailer, maxAttempts?: number) =>
  deliverQueuedOutbox(h.database.db, mailer, silent, {
    messageIdDomain: 'tandem.example',
    now: () => now,
    ...(maxAttempts ? { retry: { maxAttempts } } : {}),
  });

async function queue(to: string) {
  const [row] = await unitOfWork(h.database.db, { tenantId: org, userId: null }, (tx) =>
    tx
      .insert(outboxMessages)
      .values({
        tenantId: org,
        kind: 'check_in_due',
        toAddress: to,
        subject: `For ${to}`,
        body: 'Hello',
        locale: 'en',
      })
      .returning(),
  );
  if (!row) throw new Error('not queued');
  return row.id;
}

/** Read from another transaction than the sender's, as another process would. */
async function stored(id: string) {
  const [row] = await unitOfWork(h.database.db, { tenantId: org, userId: null }, (tx) =>
    tx
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.tenantId, org), eq(outboxMessages.id, id))),
  );
  if (!row) throw new Error('message missing');
  return row;
}

/** A mailer whose sends wait until the test lets them go (or fail). */
function heldMailer() {
  let entered: () => void = () => undefined;
  const started = new Promise<void>((resolve) => {
    entered = resolve;
  });
  let release: (error?: Error) => void = () => undefined;
  const released = new Promise<Error | undefined>((resolve) => {
    release = resolve;
  });
  const mailer: Mailer = {
    async send(mail: OutgoingMail) {
      entered();
      const error = await released;
      if (error) throw error;
      await smtpMailer.send(mail);
    },
    close: () => undefined,
  };
  return { mailer, started, release };
}

beforeEach(async () => {
  await deliver(at(365 * 24 * 60 * MINUTE));
  smtp.received.length = 0;
  smtp.refusing.clear();
});

describe('outbox delivery states', () => {
  it('holds no lock during the SMTP exchange: another run sends another message meanwhile', async () => {
    const first = await queue('first@example.org');
    const second = await queue('second@example.org');
    const held = heldMailer();
    const slowRun = deliver(t0, held.mailer);
    await held.started;

    expect(await stored(first)).toMatchObject({ status: 'sending', attempts: 1 });
    await expect(deliver(t0)).resolves.toEqual({ sent: 1, failed: 0 });
    expect((await stored(second)).status).toBe('sent');

    held.release();
    await expect(slowRun).resolves.toEqual({ sent: 1, failed: 0 });
    expect(await stored(first)).toMatchObject({ status: 'sent', leaseUntil: null });
    expect(smtp.received.map((m) => m.envelopeTo[0])).toEqual([
      'second@example.org',
      'first@example.org',
    ]);
  });

  it('takes a dead sender’s message back after its lease, and ignores the sender’s late word', async () => {
    const id = await queue('stranded@example.org');
    const dead = heldMailer();
    const deadRun = deliver(t0, dead.mailer);
    await dead.started;

    const leaseEnd = OUTBOX_RETRY_POLICY.leaseMs;
    await expect(deliver(at(leaseEnd - MINUTE))).resolves.toEqual({ sent: 0, failed: 0 });
    expect((await stored(id)).status).toBe('sending');

    await expect(deliver(at(leaseEnd))).resolves.toEqual({ sent: 1, failed: 0 });
    expect(await stored(id)).toMatchObject({ status: 'sent', attempts: 2 });

    dead.release(new Error('connection lost'));
    await expect(deadRun).resolves.toEqual({ sent: 0, failed: 1 });
    expect(await stored(id)).toMatchObject({ status: 'sent', lastError: null });
    expect(smtp.received.map((m) => m.envelopeTo[0])).toEqual(['stranded@example.org']);
  });

  it('backs off exponentially, gives up after the last attempt, and staff retry it', async () => {
    const id = await queue('bounce@example.org');
    smtp.refusing.add('bounce@example.org');
    const first = OUTBOX_RETRY_POLICY.firstDelayMs;

    await expect(deliver(t0, smtpMailer, 3)).resolves.toEqual({ sent: 0, failed: 1 });
    let row = await stored(id);
    expect(row).toMatchObject({ status: 'queued', attempts: 1, leaseUntil: null });
    expect(row.lastError).toMatch(/^recipient_refused: .*550/);
    expect(row.nextAttemptAt).toEqual(at(first));

    await expect(deliver(at(first - 1), smtpMailer, 3)).resolves.toEqual({ sent: 0, failed: 0 });
    await expect(deliver(at(first), smtpMailer, 3)).resolves.toEqual({ sent: 0, failed: 1 });
    row = await stored(id);
    expect(row).toMatchObject({ status: 'queued', attempts: 2 });
    expect(row.nextAttemptAt).toEqual(at(first + 2 * first));

    await expect(deliver(at(3 * first), smtpMailer, 3)).resolves.toEqual({ sent: 0, failed: 1 });
    expect(await stored(id)).toMatchObject({ status: 'failed', attempts: 3 });
    await expect(deliver(at(1000 * first), smtpMailer, 3)).resolves.toEqual({
      sent: 0,
      failed: 0,
    });

    const failed = await coordinator.outbox.list.query({ organisationId: org, status: 'failed' });
    expect(failed.find((m) => m.id === id)).toMatchObject({
      status: 'failed',
      attempts: 3,
      nextAttemptAt: null,
      lastError: { kind: 'recipient_refused', detail: expect.stringContaining('550') },
    });
    await expect(
      coordinator.outbox.markSent.mutate({
        organisationId: org,
        messageId: await queue('x@example.org'),
      }),
    ).resolves.toMatchObject({ status: 'sent' });

    const retried = await coordinator.outbox.retry.mutate({ organisationId: org, messageId: id });
    expect(retried).toMatchObject({ status: 'queued', attempts: 0 });
    await expect(
      coordinator.outbox.retry.mutate({ organisationId: org, messageId: id }),
    ).rejects.toEqual(withKey('outbox.not_failed'));

    smtp.refusing.clear();
    await expect(deliver(at(1000 * first), smtpMailer, 3)).resolves.toEqual({
      sent: 1,
      failed: 0,
    });
    expect(await stored(id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
  });

  it('refuses to mark by hand a message that is being sent', async () => {
    const id = await queue('busy@example.org');
    const held = heldMailer();
    const run = deliver(t0, held.mailer);
    await held.started;
    await expect(
      coordinator.outbox.markSent.mutate({ organisationId: org, messageId: id }),
    ).rejects.toEqual(withKey('outbox.message_sending'));
    held.release();
    await run;
    expect((await stored(id)).status).toBe('sent');
  });
});
