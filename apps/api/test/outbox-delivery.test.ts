import { outboxMessages, unitOfWork } from '@tandem/db';
import { type CalendarMethod, calendarObject, INTAKE_CONSENT_TEXT_VERSION } from '@tandem/domain';
import { startTestSmtpServer } from '@tandem/test-smtp';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createSmtpMailer } from '../src/jobs/mailer.ts';
import { deliverQueuedOutbox } from '../src/jobs/outbox-delivery.ts';
import { startOutboxDelivery } from '../src/jobs/outbox-job.ts';
import { createLogger } from '../src/logger.ts';
import { createHarness } from './harness.ts';

/**
 * Outbox delivery against a real SMTP server on loopback: decision messages queued through
 * the API go out once, in the applicant's language, and are recorded as sent by the system.
 */
const h = await createHarness();
const smtp = await startTestSmtpServer();
afterAll(() => smtp.close());

const MAIL_FROM = 'De Brug <noreply@tandem.example>';
const mailer = createSmtpMailer(smtp.url, MAIL_FROM);
afterAll(() => mailer.close());
const silent = createLogger('silent');
/** A run, by default now; `at` a later instant, such as after a failed message's back-off. */
const deliver = (at?: Date) =>
  deliverQueuedOutbox(h.database.db, mailer, silent, {
    messageIdDomain: 'tandem.example',
    ...(at ? { now: () => at } : {}),
  });
const afterBackOff = () => new Date(Date.now() + 24 * 60 * 60_000);

const coordinator = await h.signIn('coordinator@debrug.example');
const org = h.deBrug;
const programmes = await coordinator.programme.list.query({ organisationId: org });
const programme = programmes.find((p) => p.name.startsWith('Mentoring naar werk'));
if (!programme) throw new Error('demo programme missing');
const scope = { organisationId: org, programmeId: programme.id };
const channel = (await coordinator.recruitmentChannel.list.query(scope)).find(
  (c) => c.audience !== 'mentor',
);
if (!channel) throw new Error('demo channel missing');

/** Applies through the public form and is refused: the refusal is queued in the outbox. */
async function queueRefusal(name: string, email: string, locale: 'nl' | 'fr' | 'en') {
  await h.as(null).publicIntake.submitApplication.mutate({
    organisationSlug: 'de-brug',
    programmeId: programme?.id ?? '',
    role: 'mentee',
    name,
    email,
    preferredLocale: locale,
    availability: [{ day: 'tue', part: 'evening' }],
    postcode: '2000',
    municipality: 'Antwerpen',
    languages: [locale],
    sector: 'logistiek',
    goal: 'Werk vinden.',
    birthYear: 1992,
    interests: [],
    channelId: channel?.id ?? '',
    consent: { given: true, textVersion: INTAKE_CONSENT_TEXT_VERSION },
  });
  const [application] = await coordinator.application.list.query({ ...scope, search: email });
  if (!application) throw new Error('application missing');
  const { message } = await coordinator.decision.decide.mutate({
    organisationId: org,
    applicationId: application.id,
    outcome: 'refused',
    refusalReason: 'withdrew',
    reasonText: 'Plus disponible cette année — à bientôt.',
  });
  return message;
}

async function outboxRow(messageId: string) {
  const rows = await coordinator.outbox.list.query({ organisationId: org });
  const row = rows.find((m) => m.id === messageId);
  if (!row) throw new Error('outbox message missing');
  return row;
}

beforeEach(async () => {
  // Earlier tests' leftovers go out first, so each test sees only its own mail.
  await deliver(afterBackOff());
  smtp.received.length = 0;
  smtp.refusing.clear();
});

describe('outbox delivery by SMTP', () => {
  it('sends a queued decision message once, in the applicant’s language, recorded as sent by the system', async () => {
    const queued = await queueRefusal('Élodie Lambert', 'elodie.lambert@example.org', 'fr');
    expect(queued).toMatchObject({ status: 'queued', locale: 'fr' });
    expect(queued.body).toContain('Plus disponible cette année — à bientôt.');

    await expect(deliver()).resolves.toEqual({ sent: 1, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail).toMatchObject({
      envelopeFrom: 'noreply@tandem.example',
      envelopeTo: ['elodie.lambert@example.org'],
      subject: queued.subject,
      text: queued.body,
    });
    expect(mail?.headers.to).toBe('elodie.lambert@example.org');
    expect(mail?.headers.from).toContain('noreply@tandem.example');
    expect(mail?.headers['content-language']).toBe('fr');
    expect(mail?.headers['message-id']).toBe(`<outbox.${queued.id}@tandem.example>`);

    const sent = await outboxRow(queued.id);
    expect(sent).toMatchObject({ status: 'sent', sentBy: null });
    expect(sent.sentAt).not.toBeNull();

    // A second run finds nothing to send, and staff can no longer mark it sent by hand.
    await expect(deliver()).resolves.toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    await expect(
      coordinator.outbox.markSent.mutate({ organisationId: org, messageId: queued.id }),
    ).rejects.toMatchObject({ data: { appError: { key: 'intake.message_already_sent' } } });
  });

  it('never sends a message twice when runs overlap', async () => {
    const a = await queueRefusal('Noah Peeters', 'noah.peeters@example.org', 'nl');
    const b = await queueRefusal('Grace Okafor', 'grace.okafor@example.org', 'en');
    const results = await Promise.all([deliver(), deliver(), deliver()]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(2);
    expect(smtp.received.map((m) => m.envelopeTo[0]).sort()).toEqual([
      'grace.okafor@example.org',
      'noah.peeters@example.org',
    ]);
    expect((await outboxRow(a.id)).status).toBe('sent');
    expect((await outboxRow(b.id)).status).toBe('sent');
  });

  it('keeps a message the server refuses queued, and sends it on the next run after its back-off', async () => {
    const refused = await queueRefusal('Lina Haddou', 'lina.haddou@example.org', 'fr');
    const fine = await queueRefusal('Tom Wouters', 'tom.wouters@example.org', 'nl');
    smtp.refusing.add('lina.haddou@example.org');
    await expect(deliver()).resolves.toEqual({ sent: 1, failed: 1 });
    expect(await outboxRow(refused.id)).toMatchObject({ status: 'queued', sentAt: null });
    expect((await outboxRow(fine.id)).status).toBe('sent');

    smtp.refusing.clear();
    await expect(deliver(afterBackOff())).resolves.toEqual({ sent: 1, failed: 0 });
    expect(smtp.received.map((m) => m.envelopeTo[0])).toEqual([
      'tom.wouters@example.org',
      'lina.haddou@example.org',
    ]);
    expect((await outboxRow(refused.id)).status).toBe('sent');
  });

  it.each<[CalendarMethod, 'first_meeting_invitation' | 'first_meeting_cancellation']>([
    ['REQUEST', 'first_meeting_invitation'],
    ['CANCEL', 'first_meeting_cancellation'],
  ])('attaches a calendar message as text/calendar; method=%s', async (method, kind) => {
    const calendar = calendarObject({
      method,
      uid: `delivery-${method}@tandem.example`,
      sequence: 1,
      stamp: new Date('2026-03-01T09:00:00Z'),
      start: new Date('2026-03-10T17:30:00Z'),
      durationMinutes: 60,
      summary: 'Eerste ontmoeting',
      description: 'Tot dan',
      location: 'Bibliotheek',
      organizer: { name: 'De Brug', email: 'noreply@tandem.example' },
      attendees: [{ name: 'Mira Claes', email: 'mira.claes@example.org' }],
    });
    const [queued] = await unitOfWork(h.database.db, { tenantId: org, userId: null }, (tx) =>
      tx
        .insert(outboxMessages)
        .values({
          tenantId: org,
          kind,
          calendar,
          toAddress: 'mira.claes@example.org',
          subject: 'Eerste ontmoeting',
          body: 'Je bent uitgenodigd.',
          locale: 'nl',
        })
        .returning(),
    );
    if (!queued) throw new Error('not queued');
    await expect(deliver()).resolves.toEqual({ sent: 1, failed: 0 });
    const [mail] = smtp.received;
    expect(mail?.text).toBe('Je bent uitgenodigd.');
    const part = mail?.parts.find((p) => /^text\/calendar/i.test(p.headers['content-type'] ?? ''));
    expect(part?.headers['content-type']).toMatch(new RegExp(`method=${method}`, 'i'));
    expect(part?.text.trimEnd()).toBe(calendar.replace(/\r\n/g, '\n').trimEnd());
  });

  it('runs as a job only when SMTP_URL is set, and stops cleanly', async () => {
    const withoutSmtp = loadConfig({});
    expect(withoutSmtp.smtpUrl).toBeNull();
    expect(startOutboxDelivery(h.database.db, withoutSmtp, silent)).toBeNull();

    const queued = await queueRefusal('Sam De Smet', 'sam.desmet@example.org', 'nl');
    const config = loadConfig({ SMTP_URL: smtp.url, MAIL_FROM });
    const job = startOutboxDelivery(h.database.db, config, silent, 60_000);
    if (!job) throw new Error('job not started');
    await job.runNow();
    await job.stop();
    expect(smtp.received.map((m) => m.envelopeTo[0])).toEqual(['sam.desmet@example.org']);
    expect((await outboxRow(queued.id)).status).toBe('sent');
    await job.runNow(); // stopped: does nothing
  });

  it('delivers every 30 seconds unless OUTBOX_INTERVAL_SECONDS says otherwise', () => {
    expect(loadConfig({}).outboxIntervalMs).toBe(30_000);
    expect(loadConfig({ OUTBOX_INTERVAL_SECONDS: '2' }).outboxIntervalMs).toBe(2_000);
    expect(() => loadConfig({ OUTBOX_INTERVAL_SECONDS: '0' })).toThrow();
    expect(() => loadConfig({ OUTBOX_INTERVAL_SECONDS: '1.5' })).toThrow();
  });

  it('refuses an SMTP_URL that is not smtp:// or smtps://', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example' })).toThrow();
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example:465' }).smtpUrl).toBe(
      'smtps://u:p@mail.example:465',
    );
  });
});
