import {
  agreements,
  applications,
  decisions,
  outboxMessages,
  trainingAttendances,
  trainingSessions,
  unitOfWork,
} from '@tandem/db';
import { INTAKE_CONSENT_TEXT_VERSION, TRAINING_TOPIC_IDS } from '@tandem/domain';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type Client, createHarness, withKey } from './harness.ts';

/** The first meeting over HTTP (C3), staff-recorded answers (C4) and the duo overview. */
const h = await createHarness();
const coordinator = await h.signIn('coordinator@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');
const org = h.deBrug;
const HOUR = 3_600_000;

async function userId(client: Client) {
  const me = await client.auth.me.query();
  if (!me) throw new Error('not signed in');
  return me.user.id;
}
const coordinatorId = await userId(coordinator);
const coachId = await userId(coach);
const lePontCoordinatorId = await userId(lePontCoordinator);

/** A programme with one trained mentor and one mentee, accepted, and the match decided. */
async function proposedMatch(label: string) {
  const programme = await coordinator.programme.create.mutate({
    organisationId: org,
    name: `Eerste ontmoeting ${label}`,
    languages: ['nl', 'fr'],
  });
  const channel = await coordinator.recruitmentChannel.create.mutate({
    organisationId: org,
    programmeId: programme.id,
    kind: 'other',
    name: `Kanaal ${label}`,
    audience: 'both',
  });
  const people = [
    { role: 'mentor' as const, name: `Mentor Vandamme ${label}`, locale: 'nl' as const },
    { role: 'mentee' as const, name: `Mentee Oosterlinck ${label}`, locale: 'fr' as const },
  ];
  const [mentor, mentee] = await unitOfWork(
    h.database.db,
    { tenantId: org, userId: null },
    async (tx) => {
      const rows = await tx
        .insert(applications)
        .values(
          people.map((p) => ({
            tenantId: org,
            programmeId: programme.id,
            role: p.role,
            email: `${p.role}.${label.toLowerCase()}@first-meeting.test`,
            name: p.name,
            preferredLocale: p.locale,
            availability: [{ day: 'tue' as const, part: 'evening' as const }],
            postcode: '1000',
            municipality: 'Brussel',
            languages: ['nl', 'fr'],
            sector: 'logistiek',
            goal: 'Werk vinden',
            birthYear: p.role === 'mentor' ? 1970 : 1995,
            interests: [],
            experienceYears: p.role === 'mentor' ? 20 : null,
            channelId: channel.id,
            consentAt: new Date(),
            consentTextVersion: INTAKE_CONSENT_TEXT_VERSION,
          })),
        )
        .returning({ id: applications.id });
      await tx.insert(decisions).values(
        rows.map((r) => ({
          tenantId: org,
          applicationId: r.id,
          outcome: 'accepted' as const,
          decidedBy: coordinatorId,
        })),
      );
      const [session] = await tx
        .insert(trainingSessions)
        .values({
          tenantId: org,
          programmeId: programme.id,
          startsAt: new Date(Date.now() - 24 * HOUR),
          place: 'Lokaal',
          trainer: 'Trainer',
          topicsCovered: [...TRAINING_TOPIC_IDS],
        })
        .returning();
      await tx.insert(trainingAttendances).values({
        tenantId: org,
        trainingSessionId: session?.id ?? '',
        applicationId: rows[0]?.id ?? '',
        attended: true,
        attendanceRecordedAt: new Date(),
        attendanceRecordedBy: coordinatorId,
      });
      return rows;
    },
  );
  const scope = { organisationId: org, programmeId: programme.id };
  await coordinator.matching.proposal.decide.mutate({
    ...scope,
    pairs: [{ mentorApplicationId: mentor?.id ?? '', menteeApplicationId: mentee?.id ?? '' }],
  });
  const [match] = await coordinator.matching.match.list.query(scope);
  if (!match) throw new Error('no match');
  return { scope, matchId: match.id };
}

async function outbox(firstMeetingId: string) {
  return unitOfWork(h.database.db, { tenantId: org, userId: null }, (tx) =>
    tx
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.firstMeetingId, firstMeetingId))
      .orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.toAddress)),
  );
}

const plan = (startsAt: Date) => ({
  startsAt: startsAt.toISOString(),
  durationMinutes: 60,
  place: 'Bibliotheek Elsene, Mercelisstraat 19',
  locationKind: 'library' as const,
  plannedStaffUserId: coachId,
});

describe('first meeting (C3)', () => {
  it('invites mentor, mentee and staff in their language; a reschedule keeps the UID with a higher SEQUENCE; a cancellation sends CANCEL', async () => {
    const { scope, matchId } = await proposedMatch('Plan');
    const later = new Date(Date.now() + 14 * 24 * HOUR);
    const meeting = await coordinator.firstMeeting.schedule.mutate({
      organisationId: org,
      matchId,
      ...plan(later),
    });
    expect(meeting).toMatchObject({ status: 'planned', icsSequence: 0 });
    const invitations = await outbox(meeting.id);
    expect(invitations.map((m) => [m.toAddress, m.locale, m.kind])).toEqual(
      expect.arrayContaining([
        ['mentor.plan@first-meeting.test', 'nl', 'first_meeting_invitation'],
        ['mentee.plan@first-meeting.test', 'fr', 'first_meeting_invitation'],
        ['coach@debrug.example', expect.any(String), 'first_meeting_invitation'],
      ]),
    );
    expect(invitations).toHaveLength(3);
    const toMentee = invitations.find((m) => m.locale === 'fr');
    expect(toMentee?.subject).toBe(
      'Première rencontre de Mentor Vandamme Plan et Mentee Oosterlinck Plan',
    );
    expect(toMentee?.calendar).toContain('METHOD:REQUEST\r\n');
    expect(toMentee?.calendar).toContain(`UID:${meeting.icsUid}\r\n`);
    expect(toMentee?.calendar).toContain('SEQUENCE:0\r\n');
    expect(toMentee?.calendar).toMatch(/ORGANIZER;CN="De Brug[^"]*":mailto:no-reply@/);
    expect(invitations.find((m) => m.locale === 'nl')?.subject).toBe(
      'Eerste ontmoeting van Mentor Vandamme Plan en Mentee Oosterlinck Plan',
    );

    await expect(
      coordinator.firstMeeting.schedule.mutate({ organisationId: org, matchId, ...plan(later) }),
    ).rejects.toEqual(withKey('firstMeeting.already_planned'));

    const moved = await coordinator.firstMeeting.reschedule.mutate({
      organisationId: org,
      firstMeetingId: meeting.id,
      ...plan(new Date(later.getTime() + 24 * HOUR)),
      locationKind: 'cafe',
      place: 'Café De Markt',
    });
    expect(moved).toMatchObject({
      id: meeting.id,
      icsUid: meeting.icsUid,
      icsSequence: 1,
      place: 'Café De Markt',
    });
    const updates = (await outbox(meeting.id)).filter((m) => m.calendar?.includes('SEQUENCE:1'));
    expect(updates).toHaveLength(3);
    expect(updates.every((m) => m.calendar?.includes(`UID:${meeting.icsUid}\r\n`))).toBe(true);

    const cancelled = await coordinator.firstMeeting.cancel.mutate({
      organisationId: org,
      firstMeetingId: meeting.id,
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', icsSequence: 2 });
    const cancellations = (await outbox(meeting.id)).filter(
      (m) => m.kind === 'first_meeting_cancellation',
    );
    expect(cancellations).toHaveLength(3);
    expect(cancellations.every((m) => m.calendar?.includes('METHOD:CANCEL\r\n'))).toBe(true);
    expect(cancellations.every((m) => m.calendar?.includes('SEQUENCE:2\r\n'))).toBe(true);
    await expect(
      coordinator.firstMeeting.cancel.mutate({ organisationId: org, firstMeetingId: meeting.id }),
    ).rejects.toEqual(withKey('firstMeeting.not_planned'));

    const [row] = await coordinator.firstMeeting.list.query(scope);
    expect(row).toMatchObject({ matchId, stage: { stage: 'to_plan' } });
  });

  it('refuses a staff member of another organisation, and a match of another organisation', async () => {
    const { matchId } = await proposedMatch('Vreemd');
    const later = new Date(Date.now() + 14 * 24 * HOUR);
    await expect(
      coordinator.firstMeeting.schedule.mutate({
        organisationId: org,
        matchId,
        ...plan(later),
        plannedStaffUserId: lePontCoordinatorId,
      }),
    ).rejects.toEqual(withKey('firstMeeting.staff_not_member'));
    await expect(
      lePontCoordinator.firstMeeting.schedule.mutate({
        organisationId: h.lePont,
        matchId,
        ...plan(later),
        plannedStaffUserId: lePontCoordinatorId,
      }),
    ).rejects.toEqual(withKey('not_found'));
  });

  it('records the outcome only after the start, then staff record both answers and the agreement is issued', async () => {
    const { scope, matchId } = await proposedMatch('Uitkomst');
    const meeting = await coordinator.firstMeeting.schedule.mutate({
      organisationId: org,
      matchId,
      ...plan(new Date(Date.now() + 14 * 24 * HOUR)),
    });
    expect((await coordinator.firstMeeting.list.query(scope))[0]?.stage.stage).toBe(
      'meeting_planned',
    );
    const outcome = {
      organisationId: org,
      firstMeetingId: meeting.id,
      held: true,
      staffPresentUserId: coachId,
      mentorPresent: true,
      menteePresent: true,
    };
    await expect(coordinator.firstMeeting.recordOutcome.mutate(outcome)).rejects.toEqual(
      withKey('firstMeeting.not_started'),
    );
    const answer = {
      organisationId: org,
      matchId,
      role: 'mentor' as const,
      answer: 'confirmed' as const,
      channel: 'phone' as const,
      reason: null,
    };
    await expect(coordinator.firstMeeting.recordAnswer.mutate(answer)).rejects.toEqual(
      withKey('duo.first_meeting_not_held'),
    );
    await coordinator.firstMeeting.reschedule.mutate({
      organisationId: org,
      firstMeetingId: meeting.id,
      ...plan(new Date(Date.now() - 2 * HOUR)),
    });
    expect(await coordinator.firstMeeting.recordOutcome.mutate(outcome)).toMatchObject({
      status: 'held',
      staffPresentUserId: coachId,
    });
    expect((await coordinator.firstMeeting.list.query(scope))[0]?.stage).toMatchObject({
      stage: 'awaiting_validation',
      waitingOn: ['mentor', 'mentee'],
    });
    expect(await coach.firstMeeting.recordAnswer.mutate(answer)).toEqual({
      agreementIssued: false,
    });
    expect((await coordinator.firstMeeting.list.query(scope))[0]?.stage).toMatchObject({
      stage: 'awaiting_validation',
      waitingOn: ['mentee'],
    });
    expect(
      await coach.firstMeeting.recordAnswer.mutate({
        ...answer,
        role: 'mentee',
        channel: 'in_person',
      }),
    ).toEqual({ agreementIssued: true });
    const issued = await unitOfWork(h.database.db, { tenantId: org, userId: null }, (tx) =>
      tx
        .select({ issuedBy: agreements.issuedBy })
        .from(agreements)
        .where(and(eq(agreements.tenantId, org), eq(agreements.matchId, matchId))),
    );
    expect(issued).toEqual([{ issuedBy: coachId }]);
    expect((await coordinator.firstMeeting.list.query(scope))[0]).toMatchObject({
      mentorName: 'Mentor Vandamme Uitkomst',
      menteeName: 'Mentee Oosterlinck Uitkomst',
      stage: { stage: 'awaiting_agreement', waitingOn: ['mentor', 'mentee'] },
      meeting: { id: meeting.id, status: 'held' },
    });
  });

  it('a meeting that did not take place keeps nobody present, and the match can be planned again', async () => {
    const { matchId } = await proposedMatch('Gemist');
    const meeting = await coordinator.firstMeeting.schedule.mutate({
      organisationId: org,
      matchId,
      ...plan(new Date(Date.now() - 2 * HOUR)),
    });
    expect(
      await coordinator.firstMeeting.recordOutcome.mutate({
        organisationId: org,
        firstMeetingId: meeting.id,
        held: false,
        staffPresentUserId: coachId,
        mentorPresent: true,
        menteePresent: false,
      }),
    ).toMatchObject({
      status: 'not_held',
      staffPresentUserId: null,
      mentorPresent: null,
      menteePresent: null,
    });
    const again = await coordinator.firstMeeting.schedule.mutate({
      organisationId: org,
      matchId,
      ...plan(new Date(Date.now() + 24 * HOUR)),
    });
    expect(again.icsUid).not.toBe(meeting.icsUid);
  });

  it('calls off a planned first meeting when staff cancel its match: CANCEL with the same UID and a higher SEQUENCE to all three', async () => {
    const { scope, matchId } = await proposedMatch('Gesloten');
    const meeting = await coordinator.firstMeeting.schedule.mutate({
      organisationId: org,
      matchId,
      ...plan(new Date(Date.now() + 3 * 24 * HOUR)),
    });
    const cancelled = await coordinator.matching.match.cancel.mutate({
      organisationId: org,
      matchId,
      reason: 'De mentee vond ondertussen werk.',
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', firstMeetingsCalledOff: 1 });
    expect((await coordinator.firstMeeting.list.query(scope))[0]).toMatchObject({
      status: 'cancelled',
      meeting: { id: meeting.id, status: 'cancelled', icsSequence: 1 },
    });
    const cancellations = (await outbox(meeting.id)).filter(
      (m) => m.kind === 'first_meeting_cancellation',
    );
    expect(cancellations.map((m) => m.toAddress).sort()).toEqual([
      'coach@debrug.example',
      'mentee.gesloten@first-meeting.test',
      'mentor.gesloten@first-meeting.test',
    ]);
    for (const m of cancellations) {
      expect(m.calendar).toContain('METHOD:CANCEL\r\n');
      expect(m.calendar).toContain(`UID:${meeting.icsUid}\r\n`);
      expect(m.calendar).toContain('SEQUENCE:1\r\n');
    }
    expect(cancellations.find((m) => m.locale === 'fr')?.subject).toContain('Mentee Oosterlinck');

    const sent = (await outbox(meeting.id)).length;
    await expect(
      coordinator.firstMeeting.schedule.mutate({
        organisationId: org,
        matchId,
        ...plan(new Date(Date.now() + 4 * 24 * HOUR)),
      }),
    ).rejects.toEqual(withKey('duo.match_closed'));
    await expect(
      coordinator.firstMeeting.recordOutcome.mutate({
        organisationId: org,
        firstMeetingId: meeting.id,
        held: true,
        staffPresentUserId: coachId,
        mentorPresent: true,
        menteePresent: true,
      }),
    ).rejects.toEqual(withKey('firstMeeting.not_planned'));
    expect(await outbox(meeting.id)).toHaveLength(sent);
  });
});
