import { createHmac } from 'node:crypto';
import {
  applications,
  checkIns,
  coachAssignments,
  duoContacts,
  queryRows,
  unitOfWork,
} from '@tandem/db';
import { addDays, type CalendarDate } from '@tandem/domain';
import { createTranslator } from '@tandem/i18n';
import { startTestSmtpServer } from '@tandem/test-smtp';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../src/jobs/mailer.ts';
import { deliverQueuedOutbox } from '../src/jobs/outbox-delivery.ts';
import { queueDueReminders } from '../src/jobs/reminders.ts';
import { createLogger } from '../src/logger.ts';
import { stopLinkToken } from '../src/reminders/stop-link.ts';
import { writeDuos } from './duo-rows.ts';
import { type Client, createHarness, TEST_SERVER_SECRET, withKey } from './harness.ts';

/**
 * The reminder job (D2, D3) on a clock of its own, with mail through a real SMTP server:
 * the duo first, its coach a week later, check-ins to the coach, at most one of a kind per
 * person and Brussels week however many runs, and the stop link and portal switch.
 */
const h = await createHarness();
const owner = h.database.ownerHandle.db;
const smtp = await startTestSmtpServer();
afterAll(() => smtp.close());
const mailer = createSmtpMailer(smtp.url, 'De Brug <noreply@tandem.example>');
afterAll(() => mailer.close());
const silent = createLogger('silent');
const org = h.deBrug;
const coordinator = await h.signIn('coordinator@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const userIdOf = async (client: Client) => {
  const me = await client.auth.me.query();
  if (!me) throw new Error('not signed in');
  return me.user.id;
};
const coordinatorId = await userIdOf(coordinator);
const coachId = await userIdOf(coach);
// The coach reads English, the duos Dutch and French: each message follows its reader.
await queryRows(owner, sql`update users set locale = 'en' where id = ${coachId}`);

const programme = await coordinator.programme.create.mutate({
  organisationId: org,
  name: 'Herinneringen',
  languages: ['nl', 'fr'],
});
const interval = programme.minContactFrequencyDays;

/** A Wednesday long before the demo duos start, so only this file's duos owe anything. */
const WEDNESDAY: CalendarDate = '2021-03-03';
const at = (day: CalendarDate) => () => new Date(`${day}T10:00:00Z`);
const run = (day: CalendarDate) =>
  queueDueReminders(h.database.db, silent, {
    webUrl: 'http://web.test',
    serverSecret: TEST_SERVER_SECRET,
    now: at(day),
  });

const inOrg = <T>(work: Parameters<typeof unitOfWork<T>>[2]) =>
  unitOfWork(h.database.db, { tenantId: org, userId: coordinatorId }, work);

interface Duo {
  id: string;
  mentor: { id: string; email: string };
  mentee: { id: string; email: string };
}

/**
 * A duo started long before `WEDNESDAY` whose last contact makes it overdue from the Tuesday
 * before it (its last day was Monday), with the coach, and a check-in only if asked.
 */
async function overdueDuo(key: string, options: { lastCheckIn?: CalendarDate } = {}) {
  return inOrg(async (tx): Promise<Duo> => {
    const ids = await writeDuos(tx, org, programme.id, coordinatorId, {
      [key]: { startDate: '2020-11-02', mentorName: `Mentor ${key}`, menteeName: `Mentee ${key}` },
    });
    const duoId = ids[key] as string;
    const people = await tx
      .select()
      .from(applications)
      .where(sql`${applications.id} in (select mentor_application_id from duos where id = ${duoId}
        union select mentee_application_id from duos where id = ${duoId})`);
    const mentor = people.find((p) => p.role === 'mentor');
    const mentee = people.find((p) => p.role === 'mentee');
    if (!mentor || !mentee) throw new Error('duo people missing');
    await tx
      .update(applications)
      .set({ preferredLocale: 'fr' })
      .where(eq(applications.id, mentee.id));
    await tx.insert(duoContacts).values({
      tenantId: org,
      duoId,
      contactOn: addDays(WEDNESDAY, -2 - interval),
      mode: 'phone',
      loggedBy: 'mentor',
      recordedBy: coordinatorId,
    });
    await tx.insert(coachAssignments).values({
      tenantId: org,
      duoId,
      coachUserId: coachId,
      fromDate: '2020-11-02',
      assignedBy: coordinatorId,
    });
    await tx.insert(checkIns).values({
      tenantId: org,
      duoId,
      coachUserId: coachId,
      checkInOn: options.lastCheckIn ?? addDays(WEDNESDAY, -3),
      withWhom: 'both',
      going: 'well',
    });
    return {
      id: duoId,
      mentor: { id: mentor.id, email: mentor.email },
      mentee: { id: mentee.id, email: mentee.email },
    };
  });
}

type Queued = {
  kind: string;
  to_address: string;
  subject: string;
  body: string;
  locale: string;
  week_start: string;
};

/** What the runs queued, oldest first, as the outbox and the deliveries record it. */
const queued = () =>
  queryRows<Queued>(
    owner,
    sql`select o.kind, o.to_address, o.subject, o.body, o.locale, d.week_start::text
        from reminder_deliveries d join outbox_messages o on o.id = d.outbox_message_id
        order by o.created_at, o.to_address`,
  );
const to = async (address: string, kind?: string) =>
  (await queued()).filter((m) => m.to_address === address && (!kind || m.kind === kind));

const coachEmail = 'coach@debrug.example';
const stoppedCount = async () =>
  (
    await queryRows<{ n: number }>(
      owner,
      sql`select count(*)::int as n from reminder_preferences where non_essential_stopped_at is not null`,
    )
  )[0]?.n;

beforeEach(async () => {
  await queryRows(owner, sql`delete from reminder_deliveries`);
  await queryRows(
    owner,
    sql`delete from outbox_messages where kind in ('contact_overdue_duo', 'contact_overdue_coach', 'check_in_due')`,
  );
  // Each test's duos owe nothing to the next test.
  await queryRows(owner, sql`delete from duos where programme_id = ${programme.id}`);
  await queryRows(owner, sql`delete from reminder_preferences`);
  smtp.received.length = 0;
});

describe('the reminder job', () => {
  it('reminds each participant of an overdue duo once, in their language, and not again that week', async () => {
    const duo = await overdueDuo('once');
    await expect(run(WEDNESDAY)).resolves.toEqual({ queued: 2 });

    await deliverQueuedOutbox(h.database.db, mailer, silent, { messageIdDomain: 'tandem.example' });
    const mentorMail = smtp.received.find((m) => m.envelopeTo.includes(duo.mentor.email));
    const menteeMail = smtp.received.find((m) => m.envelopeTo.includes(duo.mentee.email));
    expect(mentorMail?.subject).toBe('Tijd voor een contact met Mentee once?');
    expect(menteeMail?.subject).toBe('Un moment pour reprendre contact avec Mentor once ?');
    expect(mentorMail?.text).toContain('http://web.test/reminders/stop?token=');
    expect(smtp.received.filter((m) => m.envelopeTo.includes(coachEmail))).toEqual([]);

    // Later the same day, on Thursday and on Sunday: still the same Brussels week.
    for (const day of [WEDNESDAY, addDays(WEDNESDAY, 1), addDays(WEDNESDAY, 4)])
      await expect(run(day)).resolves.toEqual({ queued: 0 });
    expect((await to(duo.mentor.email)).map((m) => m.week_start)).toEqual(['2021-03-01']);
    expect((await to(duo.mentee.email)).map((m) => m.week_start)).toEqual(['2021-03-01']);
  });

  it('tells the coach when the duo is still overdue a week later, in the coach’s language', async () => {
    const duo = await overdueDuo('later');
    await run(WEDNESDAY);
    await run(addDays(WEDNESDAY, 4));
    expect(await to(coachEmail, 'contact_overdue_coach')).toEqual([]);

    await run(addDays(WEDNESDAY, 7));
    const told = await to(coachEmail, 'contact_overdue_coach');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      locale: 'en',
      subject: 'A duo has not been in touch for a while',
    });
    expect(told[0]?.body).toContain('Mentor later and Mentee later');
    expect(told[0]?.body).toContain(
      `http://web.test/o/${org}/programmes/${programme.id}/duos/${duo.id}`,
    );
    // The duo hears again in the new week; the coach not twice in it.
    expect(await to(duo.mentor.email)).toHaveLength(2);
    await run(addDays(WEDNESDAY, 8));
    expect(await to(coachEmail, 'contact_overdue_coach')).toHaveLength(1);
  });

  it('reminds a duo without an agreement by its programme’s contact rhythm', async () => {
    const duo = await overdueDuo('no-agreement');
    await run(addDays(WEDNESDAY, -2));
    expect(await to(duo.mentor.email)).toEqual([]);
    await run(addDays(WEDNESDAY, -1));
    expect(await to(duo.mentor.email)).toHaveLength(1);
  });

  it('tells the coach of a check-in due, listing only the duos that owe one', async () => {
    await overdueDuo('checked', { lastCheckIn: addDays(WEDNESDAY, -41) });
    await overdueDuo('unchecked', { lastCheckIn: addDays(WEDNESDAY, -42) });
    await run(WEDNESDAY);
    const due = await to(coachEmail, 'check_in_due');
    expect(due).toHaveLength(1);
    expect(due[0]?.subject).toBe('A duo is waiting for your check-in');
    expect(due[0]?.body).toContain('Mentor unchecked and Mentee unchecked');
    expect(due[0]?.body).not.toContain('Mentor checked');
  });

  it('sends nothing twice when two runs overlap', async () => {
    const duos = [
      await overdueDuo('race-a'),
      await overdueDuo('race-b', { lastCheckIn: '2021-01-01' }),
    ];
    const results = await Promise.all([run(WEDNESDAY), run(WEDNESDAY)]);
    const all = await queued();
    // Two reminders per duo, one check-in message to the coach.
    expect(all).toHaveLength(5);
    expect(results.reduce((sum, r) => sum + r.queued, 0)).toBe(5);
    const recipients = [...duos.flatMap((d) => [d.mentor.email, d.mentee.email]), coachEmail];
    for (const address of recipients) expect(await to(address)).toHaveLength(1);
  });

  it('sends no contact reminder to a participant who stopped them; the other still gets one', async () => {
    const duo = await overdueDuo('stopped');
    await h.as(null).reminderStop.confirm.mutate({
      token: stopLinkToken({ tenantId: org, applicationId: duo.mentor.id }, TEST_SERVER_SECRET),
    });
    await run(WEDNESDAY);
    expect(await to(duo.mentor.email)).toEqual([]);
    expect(await to(duo.mentee.email)).toHaveLength(1);
  });
});

describe('the stop link', () => {
  it('stops a participant’s reminders from the link in their mail, without signing in', async () => {
    const duo = await overdueDuo('link');
    await run(WEDNESDAY);
    await deliverQueuedOutbox(h.database.db, mailer, silent, { messageIdDomain: 'tandem.example' });
    const mail = smtp.received.find((m) => m.envelopeTo.includes(duo.mentor.email));
    const link = /(http:\/\/web\.test\/reminders\/stop\?token=\S+)/.exec(mail?.text ?? '')?.[1];
    const token = new URL(link ?? 'http://web.test/').searchParams.get('token') ?? '';

    const anonymous = h.as(null);
    await expect(anonymous.reminderStop.preview.query({ token })).resolves.toEqual({
      organisationName: 'De Brug vzw',
      stopped: false,
    });
    await expect(anonymous.reminderStop.confirm.mutate({ token })).resolves.toEqual({
      organisationName: 'De Brug vzw',
      stopped: true,
      already: false,
    });
    await expect(anonymous.reminderStop.confirm.mutate({ token })).resolves.toMatchObject({
      already: true,
    });
    await expect(anonymous.reminderStop.preview.query({ token })).resolves.toMatchObject({
      stopped: true,
    });

    await run(addDays(WEDNESDAY, 7));
    expect(await to(duo.mentor.email)).toHaveLength(1);
    expect(await to(duo.mentee.email)).toHaveLength(2);
  });

  it('refuses a forged or altered token with the translated error and changes nothing', async () => {
    const duo = await overdueDuo('forged');
    const genuine = stopLinkToken(
      { tenantId: org, applicationId: duo.mentor.id },
      TEST_SERVER_SECRET,
    );
    const [tenant, application, signature = ''] = genuine.split('.');
    const last = signature.at(-1) ?? 'A';
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // The same top four bits: base64url decoding would give the same signature bytes.
    const twin = alphabet[alphabet.indexOf(last) ^ 1];
    const forgedSignature = createHmac('sha256', 'another-secret-of-more-than-32-characters')
      .update(`reminders.stop\n${tenant}.${application}`)
      .digest('base64url');
    const tokens = [
      `${tenant}.${application}.${forgedSignature}`,
      stopLinkToken({ tenantId: org, applicationId: duo.mentee.id }, 'x'.repeat(40)),
      `${tenant}.${duo.mentee.id}.${signature}`,
      `${tenant}.${application}.${signature.slice(0, -1)}${twin}`,
      `${genuine}=`,
      `${tenant}.${application}`,
      'not-a-token',
    ];
    for (const token of tokens) {
      await expect(h.as(null).reminderStop.preview.query({ token })).rejects.toEqual(
        withKey('reminders.stop_link_invalid'),
      );
      await expect(h.as(null).reminderStop.confirm.mutate({ token })).rejects.toEqual(
        withKey('reminders.stop_link_invalid'),
      );
    }
    expect(await stoppedCount()).toBe(0);
    for (const locale of ['nl', 'fr', 'en'] as const)
      expect(createTranslator(locale).t('reminders.stop_link_invalid')).not.toBe(
        'reminders.stop_link_invalid',
      );
    await run(WEDNESDAY);
    expect(await to(duo.mentor.email)).toHaveLength(1);
  });
});

describe('the portal switch', () => {
  it('stops and restarts a participant’s reminders', async () => {
    const email = 'elif.hermans@example.be';
    const portal = await h.portalAs(email, 'de-brug');
    const brug = { organisationSlug: 'de-brug' };

    await expect(portal.portalReminders.get.query(brug)).resolves.toEqual({ nonEssential: true });
    await portal.portalReminders.set.mutate({ ...brug, nonEssential: false });
    await expect(portal.portalReminders.get.query(brug)).resolves.toEqual({ nonEssential: false });
    expect(await stoppedCount()).toBe(1);

    // Years after the demo duo's last contact, it is overdue whatever today is.
    const [demo] = await queryRows<{ start: string }>(
      owner,
      sql`select d.start_date::text as start from duos d
          join applications a on a.tenant_id = d.tenant_id and a.id = d.mentor_application_id
          where a.email = ${email}`,
    );
    const later = addDays(demo?.start ?? WEDNESDAY, 3 * 365);
    await run(later);
    expect(await to(email)).toEqual([]);

    await portal.portalReminders.set.mutate({ ...brug, nonEssential: true });
    await expect(portal.portalReminders.get.query(brug)).resolves.toEqual({ nonEssential: true });
    expect(await stoppedCount()).toBe(0);
    await run(addDays(later, 7));
    expect(await to(email, 'contact_overdue_duo')).toHaveLength(1);
  });
});
