import { queryRows, unitOfWork } from '@tandem/db';
import { brusselsDate, EVALUATION_QUESTIONS, EVALUATION_SCALES } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { endDuo } from '../src/duos/end-duo.ts';
import { runEvaluations } from '../src/jobs/evaluations.ts';
import { createLogger } from '../src/logger.ts';
import { createHarness, TEST_SERVER_SECRET, withKey } from './harness.ts';

/**
 * The evaluation after a duo ends (E3) over HTTP against the demo data: the end kicks the job,
 * which sends each side their evaluation in their language, once however many runs; open
 * ones are reminded on day 7 and 14 and then no more; the participant answers once in the
 * portal; staff read the status, and the answers with `duo.coordinate`.
 */
const h = await createHarness({ evaluationsJob: true });
const owner = h.database.ownerHandle.db;
const coordinator = await h.signIn('coordinator@lepont.example');
const coach = await h.signIn('coach@debrug.example');
const org = h.lePont;
const pont = { organisationSlug: 'le-pont' };
const today = brusselsDate(new Date().toISOString());
const silent = createLogger('silent');
const run = (now: Date) =>
  runEvaluations(h.database.db, silent, {
    webUrl: 'http://web.test',
    serverSecret: TEST_SERVER_SECRET,
    now: () => now,
  });
const DAY = 86_400_000;

async function duoOf(menteeEmail: string) {
  const [row] = await queryRows<{ id: string; tenant_id: string }>(
    owner,
    sql`select d.id, d.tenant_id from duos d
        join applications a on a.tenant_id = d.tenant_id and a.id = d.mentee_application_id
        where a.email = ${menteeEmail}`,
  );
  if (!row) throw new Error(`no duo for ${menteeEmail}`);
  return row;
}

interface SentRow extends Record<string, unknown> {
  id: string;
  role: string;
  locale: string;
  question_set_version: string;
  to_address: string;
  body: string;
}

const sentFor = (duoId: string) =>
  queryRows<SentRow>(
    owner,
    sql`select e.id, e.role, e.locale, e.question_set_version, a.email as to_address,
          coalesce((select string_agg(o.body, '|') from outbox_messages o
            where o.duo_id = e.duo_id and o.kind = 'evaluation_invitation'
              and o.to_address = a.email), '') as body
        from evaluations e join applications a on a.id = e.application_id
        where e.duo_id = ${duoId} order by e.role`,
  );

const remindersFor = async (duoId: string) =>
  (
    await queryRows<{ to_address: string; body: string }>(
      owner,
      sql`select to_address, body from outbox_messages
          where duo_id = ${duoId} and kind = 'evaluation_reminder' order by created_at, id`,
    )
  ).map((r) => r.to_address);

const aminata = await duoOf('aminata.sangare@example.be');
const mentee = await h.portalAs('aminata.sangare@example.be', 'le-pont');
const mentor = await h.portalAs('vincent.lemaire@example.be', 'le-pont');

const complete = Object.fromEntries(
  EVALUATION_QUESTIONS.map((q) => [q.id, EVALUATION_SCALES[q.scale][0]]),
);

describe('sending the evaluations when a duo ends', () => {
  it('sends mentor and mentee theirs right after the end, in their language, with a portal link', async () => {
    await mentee.portalEnd.end.mutate({
      ...pont,
      duoId: aminata.id,
      lastDay: today,
      reasonCode: 'found_work',
      reasonText: '',
    });
    // The end kicks the job once its unit has committed; it runs beside the response.
    let sent = await sentFor(aminata.id);
    for (let i = 0; i < 100 && sent.filter((s) => s.body !== '').length < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      sent = await sentFor(aminata.id);
    }
    expect(sent.map((s) => [s.role, s.to_address, s.locale, s.question_set_version])).toEqual([
      ['mentee', 'aminata.sangare@example.be', 'fr', 'v1'],
      ['mentor', 'vincent.lemaire@example.be', 'fr', 'v1'],
    ]);
    for (const s of sent) {
      expect(s.body).toContain(`http://web.test/portal/le-pont/evaluations/${s.id}`);
      expect(s.body).toContain('Bonjour');
      expect(s.body).not.toContain('|');
    }
  });

  it('sends each side once, from any number of runs at once', async () => {
    const samir = await duoOf('samir.haddou@example.be');
    const [coordinatorId] = await queryRows<{ id: string }>(
      owner,
      sql`select id from users where email = 'coordinator@debrug.example'`,
    );
    await unitOfWork(
      h.database.db,
      { tenantId: samir.tenant_id, userId: coordinatorId?.id ?? '' },
      (tx) =>
        endDuo(tx, samir.tenant_id, samir.id, {
          lastDay: today,
          reasonCode: 'moved',
          reasonText: null,
          endedBy: 'staff',
          recordedBy: coordinatorId?.id ?? '',
        }),
    );
    const runs = await Promise.all([run(new Date()), run(new Date()), run(new Date())]);
    expect(runs.reduce((sum, r) => sum + r.sent, 0)).toBe(2);
    const sent = await sentFor(samir.id);
    expect(sent.map((s) => [s.role, s.locale])).toEqual([
      ['mentee', 'nl'],
      ['mentor', 'nl'],
    ]);
    expect(sent.every((s) => s.body.includes('Dag ') && !s.body.includes('|'))).toBe(true);
    expect((await run(new Date())).sent).toBe(0);
  });

  it('does not send for a duo whose end was recorded long ago', async () => {
    const ines = await duoOf('ines.lambert@example.be');
    await queryRows(owner, sql`delete from evaluations where duo_id = ${ines.id}`);
    await queryRows(
      owner,
      sql`update duos set end_recorded_at = now() - interval '40 days' where id = ${ines.id}`,
    );
    await run(new Date());
    expect(await sentFor(ines.id)).toEqual([]);
  });
});

describe('reminding open evaluations', () => {
  it('reminds on day 7 and day 14, once each, with a stop link, then no more; nobody who answered or stopped', async () => {
    const samir = await duoOf('samir.haddou@example.be');
    const at = (days: number) => new Date(Date.now() + days * DAY);
    await mentor.portalReminders.set.mutate({ ...pont, nonEssential: false });
    await mentee.portalEvaluation.answer.mutate({
      ...pont,
      evaluationId: (await mentee.portalEvaluation.open.query(pont))[0]?.evaluationId ?? '',
      answers: complete,
    });
    await run(at(6));
    expect(await remindersFor(samir.id)).toEqual([]);
    await Promise.all([run(at(7)), run(at(7))]);
    await run(at(9));
    expect((await remindersFor(samir.id)).sort()).toEqual([
      'marc.wauters@example.be',
      'samir.haddou@example.be',
    ]);
    await run(at(14));
    await run(at(30));
    expect(await remindersFor(samir.id)).toHaveLength(4);
    const [body] = await queryRows<{ body: string }>(
      owner,
      sql`select body from outbox_messages where duo_id = ${samir.id} and kind = 'evaluation_reminder' limit 1`,
    );
    expect(body?.body).toContain('http://web.test/reminders/stop?token=');
    expect(await remindersFor(aminata.id)).toEqual([]);

    // Turned on again, the mentor gets the last step's reminder, and nothing after it.
    await mentor.portalReminders.set.mutate({ ...pont, nonEssential: true });
    await run(at(31));
    await run(at(60));
    expect(await remindersFor(aminata.id)).toEqual(['vincent.lemaire@example.be']);
    expect(await remindersFor(samir.id)).toHaveLength(4);
  });
});

describe('answering in the portal', () => {
  it('shows a participant only their own open evaluation, with the questions of its set', async () => {
    const open = await mentor.portalEvaluation.open.query(pont);
    expect(open).toHaveLength(1);
    const evaluation = await mentor.portalEvaluation.get.query({
      ...pont,
      evaluationId: open[0]?.evaluationId ?? '',
    });
    expect(evaluation).toMatchObject({ role: 'mentor', endedOn: today, answered: false });
    expect(evaluation.questions.map((q) => q.id)).toEqual(EVALUATION_QUESTIONS.map((q) => q.id));
    const [theirs] = await sentFor(aminata.id);
    await expect(
      mentor.portalEvaluation.get.query({ ...pont, evaluationId: theirs?.id ?? '' }),
    ).rejects.toEqual(withKey('not_found'));
  });

  it('refuses a missing or foreign answer with the translated key, then takes the answers once', async () => {
    const [open] = await mentor.portalEvaluation.open.query(pont);
    const evaluationId = open?.evaluationId ?? '';
    const { overall: _, ...missing } = complete;
    await expect(
      mentor.portalEvaluation.answer.mutate({ ...pont, evaluationId, answers: missing }),
    ).rejects.toEqual(
      expect.objectContaining({
        data: expect.objectContaining({
          fieldErrors: expect.objectContaining({
            'answers.overall': expect.objectContaining({ key: 'evaluation.answer_required' }),
          }),
        }),
      }),
    );
    await expect(
      mentor.portalEvaluation.answer.mutate({
        ...pont,
        evaluationId,
        answers: { ...complete, contact_rhythm: '5' },
      }),
    ).rejects.toEqual(withKey('validation.invalid_input'));
    await mentor.portalEvaluation.answer.mutate({
      ...pont,
      evaluationId,
      answers: { ...complete, would_recommend: 'yes' },
      comment: 'Une belle expérience.',
    });
    await expect(
      mentor.portalEvaluation.answer.mutate({ ...pont, evaluationId, answers: complete }),
    ).rejects.toEqual(withKey('evaluation.already_answered'));
    expect(await mentor.portalEvaluation.open.query(pont)).toEqual([]);
    expect(await mentor.portalEvaluation.get.query({ ...pont, evaluationId })).toMatchObject({
      answered: true,
    });
  });
});

describe('the evaluations on the staff duo page', () => {
  it('shows each side’s status, and the answers and comment to a coordinator only', async () => {
    const forCoordinator = await coordinator.evaluation.forDuo.query({
      organisationId: org,
      duoId: aminata.id,
    });
    expect(forCoordinator).toMatchObject({ ended: true, canReadAnswers: true });
    const [mentorSide, menteeSide] = forCoordinator.sides;
    expect(mentorSide).toMatchObject({
      role: 'mentor',
      name: 'Vincent Lemaire',
      evaluation: { locale: 'fr', comment: 'Une belle expérience.' },
    });
    expect(mentorSide?.evaluation?.remindedAt).toHaveLength(1);
    expect(mentorSide?.evaluation?.answers).toMatchObject({ would_recommend: 'yes' });
    expect(menteeSide?.evaluation?.completedAt).not.toBeNull();

    const forCoach = await coach.evaluation.forDuo.query({
      organisationId: org,
      duoId: aminata.id,
    });
    expect(forCoach.canReadAnswers).toBe(false);
    for (const side of forCoach.sides) {
      expect(side.evaluation?.completedAt).not.toBeNull();
      expect(side.evaluation).toMatchObject({ answers: null, comment: null });
    }
  });
});
