import {
  checkIns,
  coachAssignments,
  duoContacts,
  duos,
  mediationNotes,
  participantAccounts,
  unitOfWork,
} from '@tandem/db';
import { addDays, brusselsDate } from '@tandem/domain';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appErrorForConstraint } from '../src/errors.ts';
import { writeDuos } from './duo-rows.ts';
import { type Client, createHarness, withKey } from './harness.ts';

/** Coach follow-up over HTTP (D3): assignments and their history, check-ins, the caseload. */
const h = await createHarness();
const coordinator = await h.signIn('coordinator@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');
const org = h.deBrug;
const today = brusselsDate(new Date().toISOString());
const daysAgo = (n: number) => addDays(today, -n);

async function userId(client: Client) {
  const me = await client.auth.me.query();
  if (!me) throw new Error('not signed in');
  return me.user.id;
}
const coordinatorId = await userId(coordinator);
const coachId = await userId(coach);
const lePontCoordinatorId = await userId(lePontCoordinator);

const programme = await coordinator.programme.create.mutate({
  organisationId: org,
  name: 'Opvolging door coaches',
  languages: ['nl'],
});
const inOrg = <T>(work: Parameters<typeof unitOfWork<T>>[2]) =>
  unitOfWork(h.database.db, { tenantId: org, userId: coordinatorId }, work);
const duo = await inOrg((tx) =>
  writeDuos(tx, org, programme.id, coordinatorId, {
    handedOver: { startDate: daysAgo(120) },
    notCoached: { startDate: daysAgo(120) },
    ended: { startDate: daysAgo(300), endedOn: daysAgo(10) },
    // The caseload, from most to least in need.
    contactOverdue: { startDate: daysAgo(100), mentorName: 'Anke Overdue' },
    checkInDue: { startDate: daysAgo(100), mentorName: 'Bert Checkin' },
    flagged: { startDate: daysAgo(100), mentorName: 'Cora Flagged' },
    difficult: { startDate: daysAgo(100), mentorName: 'Dries Difficult' },
    fine: { startDate: daysAgo(100), mentorName: 'Els Fine' },
  }),
);
const caseloadKeys = ['contactOverdue', 'checkInDue', 'flagged', 'difficult', 'fine'] as const;
await inOrg(async (tx) => {
  await tx.insert(coachAssignments).values(
    caseloadKeys.map((k) => ({
      tenantId: org,
      duoId: duo[k],
      coachUserId: coachId,
      fromDate: daysAgo(100),
      assignedBy: coordinatorId,
    })),
  );
  const recent = (k: (typeof caseloadKeys)[number]) => ({
    tenantId: org,
    duoId: duo[k],
    contactOn: daysAgo(3),
    mode: 'phone' as const,
    loggedBy: 'mentor' as const,
    recordedBy: coordinatorId,
  });
  await tx
    .insert(duoContacts)
    .values(['checkInDue', 'flagged', 'difficult', 'fine'].map((k) => recent(k as 'fine')));
  const checkIn = (
    k: (typeof caseloadKeys)[number],
    days: number,
    going: 'well' | 'mixed' | 'difficult',
    followUpNeeded = false,
  ) => ({
    tenantId: org,
    duoId: duo[k],
    coachUserId: coachId,
    checkInOn: daysAgo(days),
    withWhom: 'both' as const,
    going,
    followUpNeeded,
  });
  await tx
    .insert(checkIns)
    .values([
      checkIn('contactOverdue', 5, 'well'),
      checkIn('checkInDue', 50, 'well'),
      checkIn('flagged', 5, 'well', true),
      checkIn('difficult', 5, 'difficult'),
      checkIn('fine', 5, 'well'),
    ]);
});

describe('coach assignments', () => {
  it('assigns a coach, then hands over on a day, keeping the history with its dates', async () => {
    await coordinator.coach.assign.mutate({
      organisationId: org,
      duoId: duo.handedOver,
      coachUserId: coachId,
      fromDate: daysAgo(100),
    });
    await coordinator.coach.assign.mutate({
      organisationId: org,
      duoId: duo.handedOver,
      coachUserId: coordinatorId,
      fromDate: daysAgo(7),
    });
    const { assignments } = await coach.coach.followUp.query({
      organisationId: org,
      duoId: duo.handedOver,
    });
    expect(assignments).toMatchObject([
      { coachUserId: coordinatorId, fromDate: daysAgo(7), untilDate: null },
      { coachUserId: coachId, fromDate: daysAgo(100), untilDate: daysAgo(7) },
    ]);
  });

  it('refuses a change dated before the current coach began, and changes nothing', async () => {
    await expect(
      coordinator.coach.assign.mutate({
        organisationId: org,
        duoId: duo.handedOver,
        coachUserId: coachId,
        fromDate: daysAgo(7),
      }),
    ).rejects.toMatchObject(withKey('coach.change_before_current'));
    const { assignments } = await coordinator.coach.followUp.query({
      organisationId: org,
      duoId: duo.handedOver,
    });
    expect(assignments).toHaveLength(2);
  });

  it('refuses someone who is not a member, a future day, an ended duo, and a coach assigning', async () => {
    const assign = { organisationId: org, duoId: duo.notCoached, fromDate: today };
    await expect(
      coordinator.coach.assign.mutate({ ...assign, coachUserId: lePontCoordinatorId }),
    ).rejects.toMatchObject(withKey('coach.not_a_coach'));
    await expect(
      coordinator.coach.assign.mutate({
        ...assign,
        coachUserId: coachId,
        fromDate: addDays(today, 1),
      }),
    ).rejects.toMatchObject({
      data: expect.objectContaining({ fieldErrors: { fromDate: { key: 'coach.date_in_future' } } }),
    });
    await expect(
      coordinator.coach.assign.mutate({ ...assign, duoId: duo.ended, coachUserId: coachId }),
    ).rejects.toMatchObject(withKey('coach.duo_ended'));
    await expect(
      coach.coach.assign.mutate({ ...assign, coachUserId: coachId }),
    ).rejects.toMatchObject(withKey('forbidden'));
  });

  it('keeps one open assignment per duo in the database, with its own message', async () => {
    const error = await inOrg((tx) =>
      tx.insert(coachAssignments).values({
        tenantId: org,
        duoId: duo.handedOver,
        coachUserId: coachId,
        fromDate: today,
        assignedBy: coordinatorId,
      }),
    ).catch((e: unknown) => e);
    expect(appErrorForConstraint(error)?.key).toBe('coach.assignment_conflict');
  });

  it('is not visible across organisations', async () => {
    await expect(
      lePontCoordinator.coach.followUp.query({ organisationId: h.lePont, duoId: duo.handedOver }),
    ).rejects.toMatchObject(withKey('not_found'));
  });
});

describe('check-ins and mediation notes', () => {
  const checkIn = {
    organisationId: org,
    checkInOn: today,
    withWhom: 'mentee' as const,
    going: 'mixed' as const,
    followUpNeeded: false,
    note: 'Belde de mentee; de sollicitaties lopen trager.',
  };

  it('lets a coach log for a duo they coach, not for another one', async () => {
    await coach.coach.logCheckIn.mutate({ ...checkIn, going: 'well', duoId: duo.fine });
    await expect(
      coach.coach.logCheckIn.mutate({ ...checkIn, duoId: duo.notCoached }),
    ).rejects.toMatchObject(withKey('coach.not_your_duo'));
    await expect(
      coach.coach.addMediationNote.mutate({
        organisationId: org,
        duoId: duo.notCoached,
        writtenOn: today,
        note: 'Gesprek na een misverstand.',
      }),
    ).rejects.toMatchObject(withKey('coach.not_your_duo'));
    const rows = await inOrg((tx) =>
      tx.select().from(checkIns).where(eq(checkIns.duoId, duo.notCoached)),
    );
    expect(rows).toEqual([]);
  });

  it('lets a coordinator log for any duo, and refuses days outside the duo', async () => {
    await coordinator.coach.logCheckIn.mutate({ ...checkIn, duoId: duo.notCoached });
    await coordinator.coach.addMediationNote.mutate({
      organisationId: org,
      duoId: duo.notCoached,
      writtenOn: today,
      note: 'Gesprek na een misverstand over afspraken.',
    });
    await expect(
      coordinator.coach.logCheckIn.mutate({
        ...checkIn,
        duoId: duo.notCoached,
        checkInOn: daysAgo(121),
      }),
    ).rejects.toMatchObject(withKey('coach.date_before_start'));
    await expect(
      coordinator.coach.logCheckIn.mutate({ ...checkIn, duoId: duo.ended }),
    ).rejects.toMatchObject(withKey('coach.duo_ended'));
    const followUp = await coach.coach.followUp.query({
      organisationId: org,
      duoId: duo.notCoached,
    });
    expect(followUp.checkIns).toMatchObject([{ going: 'mixed', withWhom: 'mentee' }]);
    expect(followUp.mediationNotes).toMatchObject([
      { note: 'Gesprek na een misverstand over afspraken.' },
    ]);
  });

  it('never shows check-ins or mediation notes to a participant of the duo', async () => {
    const [demoDuo] = await inOrg((tx) =>
      tx.select().from(duos).where(eq(duos.tenantId, org)).orderBy(asc(duos.startDate)).limit(1),
    );
    if (!demoDuo) throw new Error('the demo duo is missing');
    const [account] = await inOrg((tx) =>
      tx
        .select()
        .from(participantAccounts)
        .where(
          and(
            eq(participantAccounts.tenantId, org),
            eq(participantAccounts.applicationId, demoDuo.mentorApplicationId),
          ),
        ),
    );
    if (!account) throw new Error('the demo mentor has no portal account');
    const staffSees = await inOrg((tx) =>
      tx.select().from(mediationNotes).where(eq(mediationNotes.duoId, demoDuo.id)),
    );
    expect(staffSees.length).toBeGreaterThan(0);
    const portal = await unitOfWork(
      h.database.db,
      { tenantId: org, userId: account.userId, participant: true },
      async (tx) => ({
        notes: await tx.select().from(mediationNotes),
        checkIns: await tx.select().from(checkIns),
        coach: await tx.select().from(coachAssignments),
      }),
    );
    expect(portal.notes).toEqual([]);
    expect(portal.checkIns).toEqual([]);
    // The same scope does see the duo's coach: the policy, not an empty duo, hides the rest.
    expect(portal.coach.map((a) => a.duoId)).toContain(demoDuo.id);
  });
});

describe('the caseload', () => {
  it('orders a coach’s duos by need, with each duo’s reasons', async () => {
    const caseload = await coach.coach.caseload.query({ organisationId: org });
    const mine = caseload.duos.filter((d) => d.programme.id === programme.id);
    expect(mine.map((d) => d.id)).toEqual(caseloadKeys.map((k) => duo[k]));
    expect(mine.map((d) => d.need.reasons)).toEqual([
      ['contact_overdue'],
      ['check_in_due'],
      ['follow_up'],
      ['going_difficult'],
      [],
    ]);
    expect(mine[1]?.need.checkInDueBy).toBe(addDays(daysAgo(50), 41));
  });

  it('moves a duo down once its check-in is logged', async () => {
    await coach.coach.logCheckIn.mutate({
      ...{ withWhom: 'both', going: 'well', followUpNeeded: false, note: null },
      organisationId: org,
      duoId: duo.checkInDue,
      checkInOn: today,
    });
    const caseload = await coach.coach.caseload.query({ organisationId: org });
    const mine = caseload.duos.filter((d) => d.programme.id === programme.id);
    expect(mine.map((d) => d.id).indexOf(duo.checkInDue)).toBeGreaterThan(2);
  });

  it('shows any coach’s caseload to a coordinator, and only their own to a coach', async () => {
    const seen = await coordinator.coach.caseload.query({
      organisationId: org,
      coachUserId: coachId,
    });
    expect(seen.coach?.id).toBe(coachId);
    expect(seen.duos.map((d) => d.id)).toContain(duo.contactOverdue);
    await expect(
      coach.coach.caseload.query({ organisationId: org, coachUserId: coordinatorId }),
    ).rejects.toMatchObject(withKey('forbidden'));
  });
});
