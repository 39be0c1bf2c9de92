import {
  coachAssignments,
  outboxMessages,
  outcomes,
  participantAccounts,
  queryRows,
  reminderDeliveries,
  unitOfWork,
  users,
} from '@tandem/db';
import { addDays, brusselsDate, type CalendarDate } from '@tandem/domain';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queueOutcomeFollowUps } from '../src/jobs/outcome-follow-up.ts';
import { createLogger } from '../src/logger.ts';
import { loadCaseload } from '../src/routers/duo/caseload.queries.ts';
import { writeDuos } from './duo-rows.ts';
import { createHarness, withKey } from './harness.ts';

/**
 * The mentee's outcomes over HTTP: staff record them at intake and on the duo, the mentee
 * answers the end and six-month questions in the portal (as the app role, only their own),
 * the six-month job asks once, and an unanswered ask puts a call on the coach's caseload.
 */
const h = await createHarness();
const owner = h.database.ownerHandle.db;
const coordinator = await h.signIn('coordinator@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');
const org = h.deBrug;
const today = brusselsDate(new Date().toISOString());

/** A demo application and its duo, by e-mail. */
async function demo(email: string) {
  const [row] = await queryRows<{ application_id: string; duo_id: string; tenant_id: string }>(
    owner,
    sql`select a.id as application_id, d.id as duo_id, a.tenant_id from applications a
        join duos d on d.tenant_id = a.tenant_id
          and (d.mentee_application_id = a.id or d.mentor_application_id = a.id)
        where a.email = ${email}`,
  );
  if (!row) throw new Error(`no duo for ${email}`);
  return row;
}

const employed = { situation: 'employed' as const, contractKind: 'permanent' as const };
const seeking = { situation: 'job_seeking' as const, contractKind: null, hoursPerWeek: null };

describe('staff record outcomes', () => {
  it('records the intake of an accepted mentee; a correction is added and holds', async () => {
    const mehdi = await demo('mehdi.aydin@example.be');
    const scope = { organisationId: org, applicationId: mehdi.application_id };
    await coordinator.outcome.recordIntake.mutate({
      ...scope,
      recordedOn: today,
      ...seeking,
      confidence: 2,
      autonomy: 3,
    });
    await coordinator.outcome.recordIntake.mutate({
      ...scope,
      recordedOn: today,
      ...employed,
      hoursPerWeek: 19,
      confidence: 3,
      autonomy: 3,
    });
    const history = await coordinator.outcome.ofApplication.query(scope);
    expect(history[0]).toMatchObject({ situation: 'employed', hoursPerWeek: 19, source: 'staff' });
    expect(history[1]).toMatchObject({ situation: 'job_seeking', recordedOn: today });
  });

  it('refuses an intake for a mentor, a future day and fields that do not fit', async () => {
    const elif = await demo('elif.hermans@example.be');
    const mehdi = await demo('mehdi.aydin@example.be');
    const fields = { recordedOn: today, ...seeking, confidence: 2, autonomy: 2 };
    await expect(
      coordinator.outcome.recordIntake.mutate({
        organisationId: org,
        applicationId: elif.application_id,
        ...fields,
      }),
    ).rejects.toEqual(withKey('outcome.not_accepted_mentee'));
    await expect(
      coordinator.outcome.recordIntake.mutate({
        organisationId: org,
        applicationId: mehdi.application_id,
        ...fields,
        recordedOn: addDays(today, 1),
      }),
    ).rejects.toEqual(withKey('outcome.date_in_future'));
    const refused = await coordinator.outcome.recordIntake
      .mutate({
        organisationId: org,
        applicationId: mehdi.application_id,
        ...fields,
        situation: 'training',
        contractKind: 'permanent',
        confidence: null,
      })
      .catch((error: unknown) => error);
    expect(JSON.stringify(refused)).toContain('outcome.only_when_employed');
    expect(JSON.stringify(refused)).toContain('outcome.rating_required');
  });

  it('records end and six-month outcomes of an ended duo only, in its own organisation', async () => {
    const elif = await demo('elif.hermans@example.be');
    const fields = { recordedOn: today, ...seeking, confidence: 3, autonomy: 3 };
    await expect(
      coordinator.outcome.recordForDuo.mutate({
        organisationId: org,
        duoId: elif.duo_id,
        moment: 'end',
        ...fields,
      }),
    ).rejects.toEqual(withKey('outcome.duo_not_ended'));
    const ended = await demo('luc.verhoeven@example.be');
    await coordinator.outcome.recordForDuo.mutate({
      organisationId: org,
      duoId: ended.duo_id,
      moment: 'follow_up_6m',
      ...fields,
      confidence: null,
      autonomy: null,
    });
    const { history } = await coordinator.outcome.ofDuo.query({
      organisationId: org,
      duoId: ended.duo_id,
    });
    expect(history[0]).toMatchObject({ moment: 'follow_up_6m', situation: 'job_seeking' });
    expect(history.map((o) => o.moment)).toContain('end');
    await expect(
      lePontCoordinator.outcome.recordForDuo.mutate({
        organisationId: org,
        duoId: ended.duo_id,
        moment: 'end',
        ...fields,
      }),
    ).rejects.toEqual(withKey('not_found'));
  });
});

describe('the mentee answers in the portal', () => {
  it('answers the end questions once after the duo ended; six months are not due yet', async () => {
    const mehdi = await demo('mehdi.aydin@example.be');
    const mentee = await h.portalAs('mehdi.aydin@example.be', 'de-brug');
    const brug = { organisationSlug: 'de-brug', duoId: mehdi.duo_id };
    expect(await mentee.portalOutcome.questions.query(brug)).toMatchObject({ questions: [] });
    await queryRows(
      owner,
      sql`update duos set ended_on = ${addDays(today, -3)}::date, end_kind = 'planned',
          ended_by = 'staff' where id = ${mehdi.duo_id}`,
    );
    expect(await mentee.portalOutcome.questions.query(brug)).toMatchObject({
      questions: ['end'],
    });
    const answer = { ...brug, moment: 'end' as const, ...seeking, confidence: 4, autonomy: 4 };
    await mentee.portalOutcome.answer.mutate(answer);
    await expect(mentee.portalOutcome.answer.mutate(answer)).rejects.toEqual(
      withKey('outcome.already_answered'),
    );
    await expect(
      mentee.portalOutcome.answer.mutate({
        ...answer,
        moment: 'follow_up_6m',
        confidence: null,
        autonomy: null,
      }),
    ).rejects.toEqual(withKey('outcome.follow_up_not_due'));
    const [row] = await queryRows<{ source: string; moment: string }>(
      owner,
      sql`select source, moment from outcomes where duo_id = ${mehdi.duo_id}`,
    );
    expect(row).toEqual({ source: 'participant', moment: 'end' });
    // The mentor of that duo has no questions to answer.
    const mentor = await h.portalAs('elif.hermans@example.be', 'de-brug');
    await expect(mentor.portalOutcome.questions.query(brug)).rejects.toEqual(withKey('not_found'));
    expect(await mentor.portalOutcome.open.query({ organisationSlug: 'de-brug' })).toEqual([]);
  });

  it('writes only their own outcomes, never an intake, as the app role', async () => {
    const mireille = await demo('mireille.kabongo@example.be');
    const elif = await demo('elif.hermans@example.be');
    const [account] = await owner
      .select({ userId: participantAccounts.userId })
      .from(participantAccounts)
      .innerJoin(users, eq(users.id, participantAccounts.userId))
      .where(eq(users.email, 'mireille.kabongo@example.be'));
    if (!account) throw new Error('the demo mentee has no portal account');
    const asMentee = <T>(work: Parameters<typeof unitOfWork<T>>[2]) =>
      unitOfWork(
        h.database.db,
        { tenantId: mireille.tenant_id, userId: account.userId, participant: true },
        work,
      );
    const row = {
      tenantId: mireille.tenant_id,
      menteeApplicationId: mireille.application_id,
      duoId: mireille.duo_id,
      moment: 'follow_up_6m' as const,
      recordedOn: today,
      situation: 'training' as const,
      source: 'participant' as const,
      recordedBy: account.userId,
    };
    await expect(
      asMentee((tx) => tx.insert(outcomes).values({ ...row, moment: 'intake', duoId: null })),
    ).rejects.toThrow();
    await expect(
      asMentee((tx) => tx.insert(outcomes).values({ ...row, source: 'staff' })),
    ).rejects.toThrow();
    await expect(
      asMentee((tx) =>
        tx.insert(outcomes).values({ ...row, tenantId: h.deBrug, duoId: elif.duo_id }),
      ),
    ).rejects.toThrow();
    const seen = await asMentee((tx) => tx.select().from(outcomes));
    expect(new Set(seen.map((o) => o.menteeApplicationId))).toEqual(
      new Set([mireille.application_id]),
    );
  });

  it('answers the six-month questions; the coach’s call goes off the caseload', async () => {
    const mireille = await demo('mireille.kabongo@example.be');
    const pont = { organisationSlug: 'le-pont' };
    const lePontCoach = { organisationId: h.lePont };
    const calls = async () =>
      (await coach.coach.caseload.query(lePontCoach)).duos
        .filter((d) => d.need.reasons.includes('outcome_follow_up_call'))
        .map((d) => d.id);
    expect(await calls()).toEqual([mireille.duo_id]);
    const mentee = await h.portalAs('mireille.kabongo@example.be', 'le-pont');
    expect(await mentee.portalOutcome.open.query(pont)).toEqual([
      { duoId: mireille.duo_id, endedOn: expect.any(String), questions: ['follow_up_6m'] },
    ]);
    const refused = await mentee.portalOutcome.answer
      .mutate({
        ...pont,
        duoId: mireille.duo_id,
        moment: 'follow_up_6m',
        ...employed,
        hoursPerWeek: null,
        confidence: 3,
        autonomy: null,
      })
      .catch((error: unknown) => error);
    expect(JSON.stringify(refused)).toContain('outcome.required_when_employed');
    expect(JSON.stringify(refused)).toContain('outcome.rating_not_asked');
    await mentee.portalOutcome.answer.mutate({
      ...pont,
      duoId: mireille.duo_id,
      moment: 'follow_up_6m',
      ...employed,
      hoursPerWeek: 24,
      confidence: null,
      autonomy: null,
    });
    expect(await mentee.portalOutcome.open.query(pont)).toEqual([]);
    expect(await calls()).toEqual([]);
  });
});

describe('the six-month follow-up job', () => {
  /** A day long before the demo duos, so only this file's duos are due. */
  const RUN_DAY: CalendarDate = '2021-03-03';
  const silent = createLogger('silent');
  const run = (day: CalendarDate) =>
    queueOutcomeFollowUps(h.database.db, silent, {
      webUrl: 'http://web.test',
      now: () => new Date(`${day}T10:00:00Z`),
    });

  it('asks once, in the mentee’s language, from any number of runs at once', async () => {
    const me = await coordinator.auth.me.query();
    const coordinatorId = me?.user.id ?? '';
    const coachId = (await coach.auth.me.query())?.user.id ?? '';
    const programme = await coordinator.programme.create.mutate({
      organisationId: org,
      name: 'Zes maanden later',
      languages: ['nl'],
    });
    const duo = await unitOfWork(h.database.db, { tenantId: org, userId: coordinatorId }, (tx) =>
      writeDuos(tx, org, programme.id, coordinatorId, {
        // Six months after 31 August is 28 February: due from 28 February 2021.
        due: { startDate: '2020-03-01', endedOn: '2020-08-31', menteeName: 'Sara Zes' },
        tooLongAgo: { startDate: '2019-12-01', endedOn: '2020-06-01' },
        notYet: { startDate: '2020-03-15', endedOn: '2020-09-30' },
        answered: { startDate: '2020-03-01', endedOn: '2020-08-31' },
      }),
    );
    await unitOfWork(h.database.db, { tenantId: org, userId: coordinatorId }, async (tx) => {
      await tx.insert(coachAssignments).values({
        tenantId: org,
        duoId: duo.due,
        coachUserId: coachId,
        fromDate: '2020-03-01',
        untilDate: '2020-08-31',
        assignedBy: coordinatorId,
      });
    });
    await coordinator.outcome.recordForDuo.mutate({
      organisationId: org,
      duoId: duo.answered,
      moment: 'follow_up_6m',
      recordedOn: '2021-02-20',
      ...seeking,
      confidence: null,
      autonomy: null,
    });

    expect((await run('2021-02-27')).queued).toBe(0);
    const runs = await Promise.all([run(RUN_DAY), run(RUN_DAY), run(RUN_DAY)]);
    expect(runs.reduce((sum, r) => sum + r.queued, 0)).toBe(1);
    expect((await run(addDays(RUN_DAY, 7))).queued).toBe(0);

    const asked = await unitOfWork(h.database.db, { tenantId: org, userId: null }, (tx) =>
      tx
        .select({ duoId: reminderDeliveries.duoId, subject: outboxMessages.subject })
        .from(reminderDeliveries)
        .innerJoin(
          outboxMessages,
          and(
            eq(outboxMessages.tenantId, reminderDeliveries.tenantId),
            eq(outboxMessages.id, reminderDeliveries.outboxMessageId),
          ),
        )
        .where(eq(reminderDeliveries.kind, 'outcome_follow_up')),
    );
    expect(asked).toEqual([{ duoId: duo.due, subject: 'Hoe gaat het nu met je?' }]);
    const [message] = await unitOfWork(h.database.db, { tenantId: org, userId: null }, (tx) =>
      tx
        .select({ body: outboxMessages.body, locale: outboxMessages.locale })
        .from(outboxMessages)
        .where(eq(outboxMessages.kind, 'outcome_follow_up')),
    );
    expect(message?.locale).toBe('nl');
    expect(message?.body).toContain(`http://web.test/portal/de-brug/outcomes/${duo.due}`);
    expect(message?.body).toContain('Dag Sara Zes');

    // No answer 14 days after the ask: the coach's caseload asks for a call, not before.
    const caseloadOn = (day: CalendarDate) =>
      unitOfWork(h.database.db, { tenantId: org, userId: coachId }, (tx) =>
        loadCaseload(tx, org, coachId, day),
      );
    expect((await caseloadOn(addDays(today, 13))).map((d) => d.id)).not.toContain(duo.due);
    const called = (await caseloadOn(addDays(today, 14))).find((d) => d.id === duo.due);
    expect(called?.need.reasons).toEqual(['outcome_follow_up_call']);
  });
});
