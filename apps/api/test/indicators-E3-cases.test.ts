import { randomUUID } from 'node:crypto';
import { duos, evaluations, programmes, unitOfWork } from '@tandem/db';
import { createTestDatabase } from '@tandem/db/testing';
import {
  computeIndicator,
  type DuoRole,
  EVALUATION_QUESTION_SET_VERSION,
  EVALUATION_QUESTIONS,
  EVALUATION_SCALES,
  type IndicatorValue,
  type Measure,
} from '@tandem/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { endDuo } from '../src/duos/end-duo.ts';
import {
  duoEvaluationLister,
  evaluationLister,
} from '../src/indicators/records/evaluation-records.ts';
import { computeIndicators } from '../src/indicators/registry.ts';
import { writeDuos } from './duo-rows.ts';
import { loadIntakeEvidence } from './evidence-from-db.ts';
import { casesOrganisation } from './indicator-cases.ts';

/**
 * E3's boundary cases in Q1 2026 (end 2026-04-01, exclusive): duos ended by `endDuo` on the
 * period's first and last day and the day after it, early by each party, with evaluations
 * answered in the period, after its end, by one side only or by nobody. Judged in SQL and by
 * the reference on the evidence loaded back.
 */
const Q1 = { start: '2026-01-01', end: '2026-04-01' };
const scope = (programmeId: string) => ({ tenantId, programmeId, period: Q1 });
const database = await createTestDatabase();
afterAll(() => database.close());

const { tenantId, userId } = await casesOrganisation(database.db, 'E3 cases');
const programmeId = randomUUID();
await unitOfWork(database.db, { tenantId, userId }, async (tx) => {
  await tx.insert(programmes).values({ tenantId, id: programmeId, name: 'Evaluations' });
});

const answers = Object.fromEntries(
  EVALUATION_QUESTIONS.map((q) => [q.id, EVALUATION_SCALES[q.scale][0]]),
);

const { duo, evaluation } = await unitOfWork(database.db, { tenantId, userId }, async (tx) => {
  const ids = await writeDuos(tx, tenantId, programmeId, userId, {
    onFirstDay: { startDate: '2025-10-06' },
    plannedOnLastDay: { startDate: '2025-09-30' },
    onDayAfter: { startDate: '2025-10-06' },
    earlyByMentor: { startDate: '2025-11-03' },
    earlyByMentee: { startDate: '2025-11-03' },
    neverAnswered: { startDate: '2025-11-03' },
    neverSent: { startDate: '2025-11-03' },
    stillRunning: { startDate: '2025-12-01' },
  });
  type Key = keyof typeof ids;
  const end = (key: Key, lastDay: string, endedBy: 'mentor' | 'mentee' | 'staff') =>
    endDuo(tx, tenantId, ids[key], {
      lastDay,
      reasonCode: endedBy === 'staff' && lastDay === '2026-03-31' ? null : 'moved',
      reasonText: null,
      endedBy,
      recordedBy: userId,
    });
  await end('onFirstDay', '2026-01-01', 'staff');
  await end('plannedOnLastDay', '2026-03-31', 'staff');
  await end('onDayAfter', '2026-04-01', 'staff');
  await end('earlyByMentor', '2026-02-10', 'mentor');
  await end('earlyByMentee', '2026-02-11', 'mentee');
  await end('neverAnswered', '2026-02-12', 'staff');
  await end('neverSent', '2026-02-12', 'staff');

  const people = new Map(
    (
      await tx
        .select({ id: duos.id, mentor: duos.mentorApplicationId, mentee: duos.menteeApplicationId })
        .from(duos)
        .where(and(eq(duos.tenantId, tenantId), inArray(duos.id, Object.values(ids))))
    ).map((d) => [d.id, d]),
  );
  const evaluationIds: Record<string, string> = {};
  const send = async (key: Key, role: DuoRole, sentAt: string, completedAt: string | null) => {
    const id = randomUUID();
    evaluationIds[`${key}.${role}`] = id;
    const applicationId = people.get(ids[key])?.[role];
    if (!applicationId) throw new Error('no such duo');
    await tx.insert(evaluations).values({
      tenantId,
      id,
      duoId: ids[key],
      role,
      applicationId,
      questionSetVersion: EVALUATION_QUESTION_SET_VERSION,
      locale: 'nl',
      sentAt: new Date(sentAt),
      completedAt: completedAt === null ? null : new Date(completedAt),
      answers: completedAt === null ? null : answers,
    });
  };
  // Answered by the mentee on the day it went out.
  await send('onFirstDay', 'mentor', '2026-01-01T09:00:00Z', null);
  await send('onFirstDay', 'mentee', '2026-01-01T09:00:00Z', '2026-01-01T20:00:00Z');
  // Sent on the last day, answered by the mentor after the period's end: it still counts.
  await send('plannedOnLastDay', 'mentor', '2026-03-31T09:00:00Z', '2026-04-20T10:00:00Z');
  await send('plannedOnLastDay', 'mentee', '2026-03-31T09:00:00Z', null);
  // The next period's duo: answered, yet not Q1's.
  await send('onDayAfter', 'mentor', '2026-04-01T09:00:00Z', '2026-04-02T09:00:00Z');
  await send('earlyByMentor', 'mentor', '2026-02-10T09:00:00Z', '2026-02-15T09:00:00Z');
  await send('earlyByMentor', 'mentee', '2026-02-10T09:00:00Z', '2026-02-16T09:00:00Z');
  await send('earlyByMentee', 'mentor', '2026-02-11T09:00:00Z', null);
  await send('earlyByMentee', 'mentee', '2026-02-11T09:00:00Z', '2026-03-01T09:00:00Z');
  await send('neverAnswered', 'mentor', '2026-02-12T09:00:00Z', null);
  await send('neverAnswered', 'mentee', '2026-02-12T09:00:00Z', null);
  // An evaluation of a running duo, which no workflow writes: no duo ended, nothing counted.
  await send('stillRunning', 'mentee', '2026-03-01T09:00:00Z', '2026-03-02T09:00:00Z');
  return { duo: ids, evaluation: evaluationIds };
});
type Key = keyof typeof duo;

const judged = () =>
  unitOfWork(database.db, { tenantId, userId }, async (tx) => ({
    sql: (await computeIndicators(tx, scope(programmeId), ['E3'])).E3,
    reference: computeIndicator('E3', await loadIntakeEvidence(tx, tenantId, programmeId), Q1),
  }));

const duoIds = (keys: Key[]) => keys.map((k) => duo[k]).sort();
const evaluationIds = (keys: string[]) => keys.map((k) => evaluation[k] ?? `missing ${k}`).sort();
const measure = (value: IndicatorValue, key: string): Measure => {
  const found = value.measures.find((m) => m.key === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
};

describe('E3 boundary cases (an evaluation answered for every ended duo)', () => {
  it('counts a duo ended on either period boundary, answered by either side whenever, not the next period’s', async () => {
    const { sql, reference } = await judged();
    expect(sql).toEqual(reference);
    expect(measure(sql, 'share')).toMatchObject({
      denominatorIds: duoIds([
        'onFirstDay',
        'plannedOnLastDay',
        'earlyByMentor',
        'earlyByMentee',
        'neverAnswered',
        'neverSent',
      ]),
      numeratorIds: duoIds(['onFirstDay', 'plannedOnLastDay', 'earlyByMentor', 'earlyByMentee']),
    });
  });

  it('gives each role’s response rate over the evaluations sent for the period’s duos', async () => {
    const { sql } = await judged();
    expect(measure(sql, 'mentor_response_rate')).toMatchObject({
      denominatorIds: evaluationIds([
        'onFirstDay.mentor',
        'plannedOnLastDay.mentor',
        'earlyByMentor.mentor',
        'earlyByMentee.mentor',
        'neverAnswered.mentor',
      ]),
      numeratorIds: evaluationIds(['plannedOnLastDay.mentor', 'earlyByMentor.mentor']),
      target: null,
      status: null,
    });
    expect(measure(sql, 'mentee_response_rate')).toMatchObject({
      denominatorIds: evaluationIds([
        'onFirstDay.mentee',
        'plannedOnLastDay.mentee',
        'earlyByMentor.mentee',
        'earlyByMentee.mentee',
        'neverAnswered.mentee',
      ]),
      numeratorIds: evaluationIds([
        'onFirstDay.mentee',
        'earlyByMentor.mentee',
        'earlyByMentee.mentee',
      ]),
    });
  });

  it('lists each ended duo with both sides’ evaluations, and each evaluation with its answer', async () => {
    const { duos: listed, sent } = await unitOfWork(
      database.db,
      { tenantId, userId },
      async (tx) => {
        const value = (await computeIndicators(tx, scope(programmeId), ['E3'])).E3;
        return {
          duos: await duoEvaluationLister.list(tx, {
            scope: scope(programmeId),
            measure: measure(value, 'share'),
            ids: duoIds(['plannedOnLastDay', 'neverSent']),
          }),
          sent: await evaluationLister.list(tx, {
            scope: scope(programmeId),
            measure: measure(value, 'mentee_response_rate'),
            ids: evaluationIds(['plannedOnLastDay.mentee', 'earlyByMentee.mentee']),
          }),
        };
      },
    );
    const byDuo = new Map(listed.records.map((r) => [r.id, r]));
    expect(byDuo.get(duo.plannedOnLastDay)).toMatchObject({
      endedOn: '2026-03-31',
      evaluations: {
        mentor: { sentAt: '2026-03-31T09:00:00.000Z', completedAt: '2026-04-20T10:00:00.000Z' },
        mentee: { sentAt: '2026-03-31T09:00:00.000Z', reminders: 0, completedAt: null },
      },
    });
    expect(byDuo.get(duo.neverSent)?.evaluations).toEqual({ mentor: null, mentee: null });
    const byEvaluation = new Map(sent.records.map((r) => [r.id, r]));
    expect(byEvaluation.get(evaluation['earlyByMentee.mentee'] ?? '')).toMatchObject({
      role: 'mentee',
      person: 'Mentee earlyByMentee',
      duoId: duo.earlyByMentee,
      completedAt: '2026-03-01T09:00:00.000Z',
    });
    expect(byEvaluation.get(evaluation['plannedOnLastDay.mentee'] ?? '')).toMatchObject({
      completedAt: null,
    });
  });
});
