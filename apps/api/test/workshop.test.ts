import { applications, decisions, duos, matches, outboxMessages, unitOfWork } from '@tandem/db';
import { addDays, brusselsDate, INTAKE_CONSENT_TEXT_VERSION } from '@tandem/domain';
import { and, asc, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type Client, createHarness } from './harness.ts';

/** Workshops for mentors over HTTP (D5): plan, invite the eligible, ICS, answers, attendance. */
const h = await createHarness();
const coordinator = await h.signIn('coordinator@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');
const org = h.deBrug;
const DAY = 86_400_000;

async function userId(client: Client) {
  const me = await client.auth.me.query();
  if (!me) throw new Error('not signed in');
  return me.user.id;
}
const coordinatorId = await userId(coordinator);

/**
 * A programme with two mentors whose duos started `startedDaysBefore` days before `on`
 * (a Brussels day), each with a mentee.
 */
async function programmeWithDuos(label: string, on: string, startedDaysBefore: number[]) {
  const programme = await coordinator.programme.create.mutate({
    organisationId: org,
    name: `Workshops ${label}`,
    languages: ['nl', 'fr'],
  });
  const channel = await coordinator.recruitmentChannel.create.mutate({
    organisationId: org,
    programmeId: programme.id,
    kind: 'other',
    name: `Kanaal ${label}`,
    audience: 'both',
  });
  return unitOfWork(h.database.db, { tenantId: org, userId: null }, async (tx) => {
    const mentors = [];
    for (const [i, days] of startedDaysBefore.entries()) {
      const people = (['mentor', 'mentee'] as const).map((role) => ({
        tenantId: org,
        programmeId: programme.id,
        role,
        email: `${role}.${i}.${label.toLowerCase()}@workshop.test`,
        name: `${role === 'mentor' ? 'Mentor' : 'Mentee'} ${i} ${label}`,
        preferredLocale: i === 0 ? ('nl' as const) : ('fr' as const),
        availability: [{ day: 'tue' as const, part: 'evening' as const }],
        postcode: '1000',
        municipality: 'Brussel',
        languages: ['nl', 'fr'],
        sector: 'logistiek',
        goal: 'Werk vinden',
        birthYear: role === 'mentor' ? 1970 : 1995,
        interests: [],
        experienceYears: role === 'mentor' ? 20 : null,
        channelId: channel.id,
        consentAt: new Date(),
        consentTextVersion: INTAKE_CONSENT_TEXT_VERSION,
      }));
      const [mentor, mentee] = await tx
        .insert(applications)
        .values(people)
        .returning({ id: applications.id, name: applications.name });
      if (!mentor || !mentee) throw new Error('insert returned nothing');
      await tx.insert(decisions).values(
        [mentor, mentee].map((a) => ({
          tenantId: org,
          applicationId: a.id,
          outcome: 'accepted' as const,
          decidedBy: coordinatorId,
        })),
      );
      const [match] = await tx
        .insert(matches)
        .values({
          tenantId: org,
          programmeId: programme.id,
          mentorApplicationId: mentor.id,
          menteeApplicationId: mentee.id,
          status: 'started',
          introduction: { mentorFirstName: 'Mentor', menteeFirstName: 'Mentee', commonGround: [] },
          decidedBy: coordinatorId,
          decidedAt: new Date(),
        })
        .returning();
      if (!match) throw new Error('insert returned nothing');
      const startDate = addDays(on, -days);
      await tx.insert(duos).values({
        tenantId: org,
        programmeId: programme.id,
        matchId: match.id,
        mentorApplicationId: mentor.id,
        menteeApplicationId: mentee.id,
        startDate,
        plannedEndDate: addDays(startDate, 365),
      });
      mentors.push(mentor);
    }
    return { programmeId: programme.id, mentors };
  });
}

const messagesOf = (workshopId: string) =>
  unitOfWork(h.database.db, { tenantId: org, userId: null }, (tx) =>
    tx
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.tenantId, org), eq(outboxMessages.workshopId, workshopId)))
      .orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.toAddress)),
  );

/** The VEVENT of a calendar object as a real iCalendar parser reads it. */
function parsed(calendar: string | null) {
  if (calendar === null) throw new Error('no calendar');
  const component = new ICAL.Component(ICAL.parse(calendar));
  const vevent = component.getFirstSubcomponent('vevent');
  if (vevent === null) throw new Error('no VEVENT');
  const event = new ICAL.Event(vevent);
  const start = event.startDate.toJSDate();
  const brussels = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(start);
  return {
    method: component.getFirstPropertyValue('method'),
    uid: event.uid,
    sequence: event.sequence,
    brussels,
    durationMinutes: (event.endDate.toJSDate().getTime() - start.getTime()) / 60_000,
    summary: event.summary,
  };
}

/** A future date at a fixed Brussels wall-clock time, in summer (July) or winter (January). */
function nextAt(month: 1 | 7, utcHour: number) {
  const year = new Date().getUTCFullYear() + 1;
  return new Date(Date.UTC(year, month - 1, 15, utcHour, 0));
}

const plan = (programmeId: string, startsAt: Date) =>
  coordinator.workshop.plan.mutate({
    organisationId: org,
    programmeId,
    startsAt: startsAt.toISOString(),
    durationMinutes: 120,
    theme: 'Moeilijke gesprekken',
    kind: 'peer_exchange',
    place: 'Zaal De Brug',
    onlineUrl: '',
    capacity: 1,
  });

describe('workshops', () => {
  it('invites only mentors active three months by the day, with an ICS read back in Brussels time (summer and winter)', async () => {
    // 18:30 in Brussels: UTC+2 in July, UTC+1 in January.
    for (const [month, utcHour, label] of [
      [7, 16, 'Zomer'],
      [1, 17, 'Winter'],
    ] as const) {
      const startsAt = new Date(nextAt(month, utcHour).getTime() + 30 * 60_000);
      const on = brusselsDate(startsAt.toISOString());
      // Three calendar months back is ~92 days: 100 days is owed, 30 days is not yet.
      const { programmeId, mentors } = await programmeWithDuos(label, on, [100, 30]);
      const workshop = await plan(programmeId, startsAt);
      const eligible = await coordinator.workshop.eligible.query({
        organisationId: org,
        workshopId: workshop.id,
      });
      expect(eligible.map((m) => m.applicationId)).toEqual([mentors[0]?.id]);
      await expect(
        coordinator.workshop.invite.mutate({
          organisationId: org,
          workshopId: workshop.id,
          applicationIds: [mentors[1]?.id ?? ''],
        }),
      ).rejects.toThrow('workshop.mentor_not_eligible');
      expect(
        await coordinator.workshop.invite.mutate({
          organisationId: org,
          workshopId: workshop.id,
          applicationIds: eligible.map((m) => m.applicationId),
        }),
      ).toEqual({ invited: 1 });
      const [message] = await messagesOf(workshop.id);
      expect(message?.kind).toBe('workshop_invitation');
      expect(message?.locale).toBe('nl');
      expect(message?.subject).toContain('Moeilijke gesprekken');
      const ics = parsed(message?.calendar ?? null);
      expect(ics).toMatchObject({
        method: 'REQUEST',
        uid: workshop.icsUid,
        sequence: 0,
        durationMinutes: 120,
        brussels: expect.stringMatching(/ 18:30$/),
      });
    }
  });

  it('keeps the UID with a higher SEQUENCE on an edit and sends METHOD:CANCEL on cancellation', async () => {
    const startsAt = nextAt(7, 8);
    const { programmeId, mentors } = await programmeWithDuos(
      'Wijzig',
      brusselsDate(startsAt.toISOString()),
      [200],
    );
    const workshop = await plan(programmeId, startsAt);
    await coordinator.workshop.invite.mutate({
      organisationId: org,
      workshopId: workshop.id,
      applicationIds: [mentors[0]?.id ?? ''],
    });
    const moved = await coordinator.workshop.edit.mutate({
      organisationId: org,
      workshopId: workshop.id,
      startsAt: new Date(startsAt.getTime() + DAY).toISOString(),
      durationMinutes: 90,
      theme: 'Moeilijke gesprekken',
      kind: 'extra_training',
      place: '',
      onlineUrl: 'https://meet.example/werkplaats',
      capacity: 5,
    });
    expect(moved.icsSequence).toBe(1);
    await coordinator.workshop.cancel.mutate({ organisationId: org, workshopId: workshop.id });
    const messages = await messagesOf(workshop.id);
    expect(messages.map((m) => m.kind)).toEqual([
      'workshop_invitation',
      'workshop_invitation',
      'workshop_cancellation',
    ]);
    const [invitation, update, cancellation] = messages.map((m) => parsed(m.calendar));
    expect(new Set([invitation?.uid, update?.uid, cancellation?.uid])).toEqual(
      new Set([workshop.icsUid]),
    );
    expect(update).toMatchObject({ method: 'REQUEST', sequence: 1, durationMinutes: 90 });
    expect(cancellation).toMatchObject({ method: 'CANCEL', sequence: 2 });
    await expect(
      coordinator.workshop.cancel.mutate({ organisationId: org, workshopId: workshop.id }),
    ).rejects.toThrow('workshop.cancelled');
  });

  it('holds registrations to the capacity and attendance until the workshop has started', async () => {
    const startsAt = nextAt(1, 9);
    const { programmeId, mentors } = await programmeWithDuos(
      'Vol',
      brusselsDate(startsAt.toISOString()),
      [120, 150],
    );
    const workshop = await plan(programmeId, startsAt);
    await coordinator.workshop.invite.mutate({
      organisationId: org,
      workshopId: workshop.id,
      applicationIds: mentors.map((m) => m.id),
    });
    const detail = await coordinator.workshop.get.query({
      organisationId: org,
      workshopId: workshop.id,
    });
    const [first, second] = detail.invitations;
    if (!first || !second) throw new Error('two invitations expected');
    expect(
      await coordinator.workshop.answer.mutate({
        organisationId: org,
        invitationId: first.id,
        answer: 'registered',
      }),
    ).toEqual({ invitationId: first.id, status: 'registered' });
    await expect(
      coordinator.workshop.answer.mutate({
        organisationId: org,
        invitationId: second.id,
        answer: 'registered',
      }),
    ).rejects.toThrow('workshop.full');
    await coordinator.workshop.answer.mutate({
      organisationId: org,
      invitationId: first.id,
      answer: 'declined',
    });
    await coordinator.workshop.answer.mutate({
      organisationId: org,
      invitationId: second.id,
      answer: 'registered',
    });
    await expect(
      coordinator.workshop.recordAttendance.mutate({
        organisationId: org,
        workshopId: workshop.id,
        attendance: [{ invitationId: second.id, attended: true }],
      }),
    ).rejects.toThrow('workshop.not_started');
    const list = await coordinator.workshop.list.query({ organisationId: org, programmeId });
    expect(list).toMatchObject([{ id: workshop.id, invited: 2, registered: 1, attended: 0 }]);
  });

  it('shows another organisation nothing of the workshop', async () => {
    const startsAt = nextAt(7, 10);
    const { programmeId } = await programmeWithDuos(
      'Apart',
      brusselsDate(startsAt.toISOString()),
      [100],
    );
    const workshop = await plan(programmeId, startsAt);
    await expect(
      lePontCoordinator.workshop.get.query({ organisationId: h.lePont, workshopId: workshop.id }),
    ).rejects.toThrow('not_found');
    await expect(
      lePontCoordinator.workshop.get.query({ organisationId: org, workshopId: workshop.id }),
    ).rejects.toThrow();
  });
});
