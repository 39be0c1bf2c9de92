import { queryRows } from '@tandem/db';
import { addDays, brusselsDate } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, withKey } from './harness.ts';

/** The contact log and pauses (D2) and the duo's page (D1), over HTTP, staff and portal. */
const h = await createHarness();
const owner = h.database.ownerHandle.db;
const coordinator = await h.signIn('coordinator@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');
const org = h.deBrug;
const brug = { organisationSlug: 'de-brug' };
const today = brusselsDate(new Date().toISOString());

/** The demo duo of a mentor, by e-mail. */
async function duoOf(mentorEmail: string) {
  const [row] = await queryRows<{ id: string; start_date: string; ended_on: string | null }>(
    owner,
    sql`select d.id, d.start_date::text, d.ended_on::text from duos d
        join applications a on a.tenant_id = d.tenant_id and a.id = d.mentor_application_id
        where a.email = ${mentorEmail}`,
  );
  if (!row) throw new Error(`no duo for ${mentorEmail}`);
  return row;
}

const contactCount = async (duoId: string) =>
  (
    await queryRows<{ n: number }>(
      owner,
      sql`select count(*)::int as n from duo_contacts where duo_id = ${duoId}`,
    )
  )[0]?.n;

const regular = await duoOf('elif.hermans@example.be');
const slipping = await duoOf('thomas.lauwers@example.be');
const overdue = await duoOf('ruben.mahieu@example.be');
const ended = await duoOf('luc.verhoeven@example.be');
const mentor = await h.portalAs('elif.hermans@example.be', 'de-brug');
const mentee = await h.portalAs('mehdi.aydin@example.be', 'de-brug');
const otherMentor = await h.portalAs('thomas.lauwers@example.be', 'de-brug');

const contact = { mode: 'phone' as const, durationMinutes: null, note: null };

beforeEach(async () => {
  await queryRows(owner, sql`delete from duo_contacts where contact_on = ${today}::date`);
});

describe('the portal’s contact log', () => {
  it('logs a contact of today for the person’s side; the note stays with its writer', async () => {
    const logged = await mentor.portalContact.log.mutate({
      ...brug,
      duoId: regular.id,
      contactOn: today,
      mode: 'in_person',
      durationMinutes: 60,
      note: 'Cv samen herschreven.',
      noteSharedWithStaff: false,
    });
    const [row] = await queryRows<{ logged_by: string; recorded_by_email: string }>(
      owner,
      sql`select c.logged_by, u.email as recorded_by_email from duo_contacts c
          join users u on u.id = c.recorded_by where c.id = ${logged.id}`,
    );
    expect(row).toEqual({ logged_by: 'mentor', recorded_by_email: 'elif.hermans@example.be' });

    const mine = await mentor.portalContact.duo.query({ ...brug, duoId: regular.id });
    expect(mine.role).toBe('mentor');
    expect(mine.contacts[0]).toMatchObject({
      id: logged.id,
      contactOn: today,
      mode: 'in_person',
      durationMinutes: 60,
      note: 'Cv samen herschreven.',
      mine: true,
    });
    expect(mine.followUp).toMatchObject({
      lastContactOn: today,
      dueBy: addDays(today, 14),
      overdueSince: null,
    });

    const theirs = await mentee.portalContact.duo.query({ ...brug, duoId: regular.id });
    expect(theirs.role).toBe('mentee');
    expect(theirs.contacts.find((c) => c.id === logged.id)).toMatchObject({
      note: null,
      mine: false,
    });
    const staff = await coordinator.contact.duo.query({ organisationId: org, duoId: regular.id });
    expect(staff.contacts.find((c) => c.id === logged.id)?.note).toBeNull();
  });

  it('shows a shared note to staff, never to the other participant', async () => {
    const logged = await mentee.portalContact.log.mutate({
      ...brug,
      duoId: regular.id,
      contactOn: today,
      ...contact,
      note: 'Sollicitatiegesprek voorbereid.',
      noteSharedWithStaff: true,
    });
    const staff = await coach.contact.duo.query({ organisationId: org, duoId: regular.id });
    expect(staff.contacts.find((c) => c.id === logged.id)).toMatchObject({
      loggedBy: 'mentee',
      note: 'Sollicitatiegesprek voorbereid.',
    });
    const other = await mentor.portalContact.duo.query({ ...brug, duoId: regular.id });
    expect(other.contacts.find((c) => c.id === logged.id)?.note).toBeNull();
  });

  it('lists the person’s own duos only', async () => {
    const overview = await mentor.portalContact.overview.query(brug);
    expect(overview.map((d) => d.duoId)).toEqual([regular.id]);
  });

  it('refuses a duo that is not theirs, and writes nothing', async () => {
    const before = await contactCount(slipping.id);
    await expect(
      mentor.portalContact.log.mutate({
        ...brug,
        duoId: slipping.id,
        contactOn: today,
        ...contact,
        noteSharedWithStaff: false,
      }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      otherMentor.portalContact.duo.query({ ...brug, duoId: regular.id }),
    ).rejects.toEqual(withKey('not_found'));
    expect(await contactCount(slipping.id)).toBe(before);
  });

  it('refuses a day in the future, before the start or after the end', async () => {
    const before = await contactCount(regular.id);
    const log = (contactOn: string) =>
      mentor.portalContact.log.mutate({
        ...brug,
        duoId: regular.id,
        contactOn,
        ...contact,
        noteSharedWithStaff: false,
      });
    await expect(log(addDays(today, 1))).rejects.toEqual(withKey('contact.in_future'));
    await expect(log(addDays(regular.start_date, -1))).rejects.toEqual(
      withKey('contact.before_start'),
    );
    expect(await contactCount(regular.id)).toBe(before);
    expect(ended.ended_on).not.toBeNull();
    await expect(
      coordinator.contact.log.mutate({
        organisationId: org,
        duoId: ended.id,
        contactOn: addDays(ended.ended_on ?? today, 1),
        ...contact,
        loggedBy: 'mentor',
      }),
    ).rejects.toEqual(withKey('contact.after_end'));
  });
});

describe('staff', () => {
  it('log on a participant’s or the coach’s behalf; participants do not read staff notes', async () => {
    const logged = await coach.contact.log.mutate({
      organisationId: org,
      duoId: regular.id,
      contactOn: today,
      mode: 'video',
      durationMinutes: 20,
      note: 'Mentee belde de begeleider.',
      loggedBy: 'coach',
    });
    const staff = await coordinator.contact.duo.query({ organisationId: org, duoId: regular.id });
    expect(staff.contacts.find((c) => c.id === logged.id)).toMatchObject({
      loggedBy: 'coach',
      note: 'Mentee belde de begeleider.',
    });
    for (const participant of [mentor, mentee]) {
      const seen = await participant.portalContact.duo.query({ ...brug, duoId: regular.id });
      expect(seen.contacts.find((c) => c.id === logged.id)?.note).toBeNull();
    }
  });

  it('see the duo’s span, rhythm and overdue contact as the domain rule has it', async () => {
    const late = await coordinator.contact.duo.query({ organisationId: org, duoId: overdue.id });
    expect(late.names).toEqual({ mentor: 'Ruben Mahieu', mentee: 'Jana Wellens' });
    expect(late.followUp.contactIntervalDays).toBe(14);
    const last = late.followUp.lastContactOn ?? '';
    expect(late.followUp.dueBy).toBe(addDays(last, 14));
    expect(late.followUp.overdueSince).toBe(addDays(last, 15));
    expect(late.endedOn).toBeNull();
    const fine = await coordinator.contact.duo.query({ organisationId: org, duoId: regular.id });
    expect(fine.followUp.overdueSince).toBeNull();
    expect(fine.pauses).toHaveLength(1);
  });

  it('see the duos whose planned end is within 30 days', async () => {
    const programmeId = (
      await coordinator.contact.duo.query({ organisationId: org, duoId: slipping.id })
    ).programmeId;
    const soon = await coordinator.contact.endingSoon.query({ organisationId: org, programmeId });
    expect(soon.map((d) => d.id)).toEqual([slipping.id]);
    const page = await coordinator.contact.duo.query({ organisationId: org, duoId: slipping.id });
    expect(page.endingSoon).toBe(true);
  });

  it('of another organisation do not find the duo', async () => {
    await expect(
      lePontCoordinator.contact.duo.query({ organisationId: h.lePont, duoId: regular.id }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      lePontCoordinator.contact.duo.query({ organisationId: org, duoId: regular.id }),
    ).rejects.toBeTruthy();
  });
});

describe('pauses', () => {
  it('start and end; the next contact is owed later by the paused days', async () => {
    const duoId = overdue.id;
    const fromDate = addDays(today, -3);
    const before = await coordinator.contact.duo.query({ organisationId: org, duoId });
    const pause = await coordinator.contact.startPause.mutate({
      organisationId: org,
      duoId,
      fromDate,
      reason: 'Mentor op reis.',
    });
    await expect(
      coordinator.contact.startPause.mutate({
        organisationId: org,
        duoId,
        fromDate: today,
        reason: 'Nog eens.',
      }),
    ).rejects.toEqual(withKey('pause.already_open'));
    const paused = await coordinator.contact.duo.query({ organisationId: org, duoId });
    // Overdue before the pause, it owes nothing while paused.
    expect(paused.followUp).toMatchObject({
      dueBy: before.followUp.dueBy,
      overdueSince: null,
      pausedToday: true,
    });
    await expect(
      coordinator.contact.endPause.mutate({
        organisationId: org,
        duoId,
        pauseId: pause.id,
        untilDate: fromDate,
      }),
    ).rejects.toEqual(withKey('pause.end_not_after_start'));
    await coordinator.contact.endPause.mutate({
      organisationId: org,
      duoId,
      pauseId: pause.id,
      untilDate: today,
    });
    await expect(
      coordinator.contact.endPause.mutate({
        organisationId: org,
        duoId,
        pauseId: pause.id,
        untilDate: today,
      }),
    ).rejects.toEqual(withKey('pause.not_open'));
    const resumed = await coordinator.contact.duo.query({ organisationId: org, duoId });
    expect(resumed.pauses.at(-1)).toMatchObject({ fromDate, untilDate: today });
    // The pause began after the contact was due, so it does not move the due day.
    expect(resumed.followUp.dueBy).toBe(before.followUp.dueBy);
    await expect(
      coordinator.contact.startPause.mutate({
        organisationId: org,
        duoId,
        fromDate: addDays(today, -1),
        reason: 'Overlapt.',
      }),
    ).rejects.toEqual(withKey('pause.overlaps'));
    await expect(
      coordinator.contact.startPause.mutate({
        organisationId: org,
        duoId,
        fromDate: addDays(overdue.start_date, -1),
        reason: 'Te vroeg.',
      }),
    ).rejects.toEqual(withKey('pause.before_start'));
  });

  it('are for staff who manage duos', async () => {
    await expect(
      mentor.contact.startPause.mutate({
        organisationId: org,
        duoId: regular.id,
        fromDate: today,
        reason: 'x',
      }),
    ).rejects.toBeTruthy();
  });
});
