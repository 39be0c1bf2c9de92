import { duos, memberships, organisations, programmes, unitOfWork, users } from '@tandem/db';
import { createTestDatabase } from '@tandem/db/testing';
import { computeOutcomeIndicators } from '@tandem/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { computeOutcomeFigures } from '../src/indicators/outcomes.sql.ts';
import { type NewOutcome, writeOutcome } from '../src/outcomes/outcome-records.ts';
import { writeDuos } from './duo-rows.ts';
import { loadIntakeEvidence } from './evidence-from-db.ts';

/**
 * The outcome figures' boundary cases, written as the workflows write them and judged in SQL
 * and by the reference on the evidence loaded back. Q1 2026: the duos that ended in it.
 */
const Q1 = { start: '2026-01-01', end: '2026-04-01' };
const database = await createTestDatabase();
afterAll(() => database.close());

const { tenantId, userId } = await unitOfWork(
  database.db,
  { tenantId: null, userId: null },
  async (tx) => {
    const [organisation] = await tx
      .insert(organisations)
      .values({ name: 'Outcome cases', slug: 'outcome-cases' })
      .returning();
    const [staff] = await tx
      .insert(users)
      .values({ email: 'outcome-staff@example.org', name: 'Outcome staff' })
      .returning();
    if (!organisation || !staff) throw new Error('insert returned nothing');
    return { tenantId: organisation.id, userId: staff.id };
  },
);
const programmeId = '00000000-0000-4000-8000-00000000a11e';

const duo = await unitOfWork(database.db, { tenantId, userId }, async (tx) => {
  await tx.insert(memberships).values({ tenantId, userId, role: 'coordinator' });
  await tx.insert(programmes).values({ tenantId, id: programmeId, name: 'Outcomes' });
  return writeDuos(tx, tenantId, programmeId, userId, {
    correctedSameDay: { startDate: '2025-09-01', endedOn: '2026-02-28' },
    correctedLater: { startDate: '2025-09-01', endedOn: '2026-02-28' },
    intakeAfterStart: { startDate: '2025-09-01', endedOn: '2026-03-31' },
    onlyLateIntake: { startDate: '2025-09-01', endedOn: '2026-03-31' },
    noEndOutcome: { startDate: '2025-09-01', endedOn: '2026-01-15' },
    endedAfterPeriod: { startDate: '2025-10-01', endedOn: '2026-04-01' },
  });
});
type Key = keyof typeof duo;

await unitOfWork(database.db, { tenantId, userId }, async (tx) => {
  const menteeOf = async (key: Key) => {
    const [row] = await tx
      .select({ mentee: duos.menteeApplicationId })
      .from(duos)
      .where(and(eq(duos.tenantId, tenantId), eq(duos.id, duo[key])));
    if (!row) throw new Error('no duo');
    return row.mentee;
  };
  const write = async (
    key: Key,
    moment: NewOutcome['moment'],
    recordedOn: string,
    situation: NewOutcome['situation'],
    confidence: number | null = null,
  ) =>
    writeOutcome(tx, {
      tenantId,
      menteeApplicationId: await menteeOf(key),
      duoId: moment === 'intake' ? null : duo[key],
      moment,
      recordedOn,
      situation,
      contractKind: situation === 'employed' ? 'permanent' : null,
      hoursPerWeek: situation === 'employed' ? 38 : null,
      confidence: moment === 'follow_up_6m' ? null : confidence,
      autonomy: moment === 'follow_up_6m' ? null : confidence,
      source: 'staff',
      recordedBy: userId,
    });
  // Corrections on the day itself, one after the other: the last one written holds. Written
  // several times over, so an order left to chance would show.
  for (let i = 0; i < 5; i++) {
    await write('correctedSameDay', 'end', '2026-02-28', 'employed', 2);
    await write('correctedSameDay', 'end', '2026-02-28', 'job_seeking', 3);
  }
  await write('correctedSameDay', 'intake', '2025-09-01', 'job_seeking', 2);
  // A later day holds over an earlier one, whatever the order of writing.
  await write('correctedLater', 'end', '2026-03-05', 'training', 4);
  await write('correctedLater', 'end', '2026-02-28', 'other', 1);
  await write('correctedLater', 'follow_up_6m', '2026-08-28', 'employed');
  // Intake is the latest on or before the start day; one after it is ignored.
  await write('intakeAfterStart', 'intake', '2025-08-20', 'job_seeking', 1);
  await write('intakeAfterStart', 'intake', '2025-09-01', 'job_seeking', 2);
  await write('intakeAfterStart', 'intake', '2025-09-02', 'job_seeking', 5);
  await write('intakeAfterStart', 'end', '2026-03-31', 'employed', 4);
  await write('onlyLateIntake', 'intake', '2025-09-02', 'other', 1);
  await write('onlyLateIntake', 'end', '2026-03-31', 'other', 5);
  await write('noEndOutcome', 'intake', '2025-08-01', 'job_seeking', 2);
  await write('endedAfterPeriod', 'end', '2026-04-01', 'employed', 5);
});

const sorted = (keys: Key[]) => keys.map((k) => duo[k]).sort();

describe('outcome figures: boundary cases', () => {
  it('agrees with the reference and counts the right duos in Q1 2026', async () => {
    const { figures, evidence } = await unitOfWork(
      database.db,
      { tenantId, userId },
      async (tx) => ({
        figures: await computeOutcomeFigures(tx, { tenantId, programmeId, period: Q1 }),
        evidence: await loadIntakeEvidence(tx, tenantId, programmeId),
      }),
    );
    expect(figures).toEqual(computeOutcomeIndicators(evidence, Q1));

    // No end outcome: left out, not counted as a failure; ended after the period: not there.
    expect(figures.workOrTrainingAtEnd.denominatorIds).toEqual(
      sorted(['correctedSameDay', 'correctedLater', 'intakeAfterStart', 'onlyLateIntake']),
    );
    // The same-day correction to job-seeking holds; the later day's training holds.
    expect(figures.workOrTrainingAtEnd.numeratorIds).toEqual(
      sorted(['correctedLater', 'intakeAfterStart']),
    );
    expect(figures.workOrTrainingAtFollowUp).toMatchObject({
      numerator: 1,
      denominator: 1,
      value: 1,
      numeratorIds: [duo.correctedLater],
    });
    // correctedSameDay 3 − 2, intakeAfterStart 4 − 2 (the start day's intake, not the later
    // 5); onlyLateIntake has no intake before its start and correctedLater none at all.
    expect(figures.confidenceChange).toMatchObject({
      numerator: 3,
      denominator: 2,
      value: 1.5,
      denominatorIds: sorted(['correctedSameDay', 'intakeAfterStart']),
    });
  });

  it('has no value, not zero, when nothing ended in the period', async () => {
    const period = { start: '2025-01-01', end: '2025-02-01' };
    const figures = await unitOfWork(database.db, { tenantId, userId }, (tx) =>
      computeOutcomeFigures(tx, { tenantId, programmeId, period }),
    );
    expect(figures.workOrTrainingAtEnd).toMatchObject({ value: null, denominator: 0 });
    expect(figures.confidenceChange).toMatchObject({ value: null, denominator: 0 });
  });
});
