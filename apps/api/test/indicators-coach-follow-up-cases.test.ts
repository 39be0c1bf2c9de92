import {
  checkIns,
  coachAssignments,
  memberships,
  organisations,
  programmes,
  unitOfWork,
  users,
} from '@tandem/db';
import { createTestDatabase } from '@tandem/db/testing';
import { computeIndicator } from '@tandem/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../src/indicators/registry.ts';
import { writeDuos } from './duo-rows.ts';
import { loadIntakeEvidence } from './evidence-from-db.ts';

/**
 * D3's boundary cases, written as the workflows write them and judged in SQL and by the
 * reference on the evidence loaded back. Q1 2026: the reference day is 31 March, so the
 * 42-day window (the reference day included) starts on 18 February.
 */
const Q1 = { start: '2026-01-01', end: '2026-04-01' };
const database = await createTestDatabase();
afterAll(async () => {
  await database.close();
});

const { tenantId, userId, otherCoachId } = await unitOfWork(
  database.db,
  { tenantId: null, userId: null },
  async (tx) => {
    const [organisation] = await tx
      .insert(organisations)
      .values({ name: 'Coach cases', slug: 'coach-cases' })
      .returning();
    const [coach, other] = await tx
      .insert(users)
      .values([
        { email: 'first-coach@example.org', name: 'Eerste coach' },
        { email: 'second-coach@example.org', name: 'Tweede coach' },
      ])
      .returning();
    if (!organisation || !coach || !other) throw new Error('insert returned nothing');
    return { tenantId: organisation.id, userId: coach.id, otherCoachId: other.id };
  },
);

const programmeId = await unitOfWork(database.db, { tenantId, userId }, async (tx) => {
  await tx.insert(memberships).values([
    { tenantId, userId, role: 'coach' },
    { tenantId, userId: otherCoachId, role: 'coach' },
  ]);
  const [programme] = await tx
    .insert(programmes)
    .values({ tenantId, name: 'Coach cases' })
    .returning();
  if (!programme) throw new Error('insert returned nothing');
  return programme.id;
});

const ids = await unitOfWork(database.db, { tenantId, userId }, async (tx) => {
  const duo = await writeDuos(tx, tenantId, programmeId, userId, {
    handedOver: { startDate: '2025-10-01' },
    windowEdge: { startDate: '2025-10-01' },
    dayTooEarly: { startDate: '2025-10-01' },
    // 41 and 42 days old on 31 March, both days counted.
    young: { startDate: '2026-02-19' },
    oldEnough: { startDate: '2026-02-18' },
    endedMidPeriod: { startDate: '2025-10-01', endedOn: '2026-02-10' },
    endedUnfollowed: { startDate: '2025-10-01', endedOn: '2026-02-10' },
  });
  const assign = (duoId: string, coach: string, fromDate: string, untilDate: string | null) => ({
    tenantId,
    duoId,
    coachUserId: coach,
    fromDate,
    untilDate,
    assignedBy: userId,
  });
  await tx.insert(coachAssignments).values([
    // The coach changes on 25 March, in the middle of the last fortnight; the old coach's
    // check-in of 20 March still counts.
    assign(duo.handedOver, userId, '2025-10-01', '2026-03-25'),
    assign(duo.handedOver, otherCoachId, '2026-03-25', null),
    assign(duo.windowEdge, userId, '2025-10-01', null),
    assign(duo.dayTooEarly, userId, '2025-10-01', null),
    assign(duo.young, userId, '2026-02-19', null),
    assign(duo.oldEnough, userId, '2026-02-18', null),
    // Judged on its last day, 10 February: its coach then, a check-in in the 42 days before.
    assign(duo.endedMidPeriod, userId, '2025-10-01', '2026-02-11'),
    assign(duo.endedUnfollowed, userId, '2025-10-01', '2026-02-11'),
  ]);
  const checkIn = (duoId: string, checkInOn: string, coach = userId) => ({
    tenantId,
    duoId,
    coachUserId: coach,
    checkInOn,
    withWhom: 'both' as const,
    going: 'well' as const,
  });
  await tx.insert(checkIns).values([
    checkIn(duo.handedOver, '2026-03-20'),
    // The first day of the window counts (the 42nd day back, 31 March included); the day
    // before does not.
    checkIn(duo.windowEdge, '2026-02-18'),
    checkIn(duo.dayTooEarly, '2026-02-17'),
    checkIn(duo.young, '2026-02-20'),
    checkIn(duo.oldEnough, '2026-03-30', otherCoachId),
    checkIn(duo.endedMidPeriod, '2026-01-01'),
    // After its end: the duo was not followed while it ran.
    checkIn(duo.endedUnfollowed, '2026-03-01'),
    checkIn(duo.endedUnfollowed, '2025-12-30'),
  ]);
  return duo;
});

describe('D3 boundary cases (coach and a check-in in the last 42 days)', () => {
  it('agrees with the reference and counts the right duos in Q1 2026', async () => {
    const { sql, reference } = await unitOfWork(database.db, { tenantId, userId }, async (tx) => ({
      sql: (await computeIndicators(tx, { tenantId, programmeId, period: Q1 }, ['D3'])).D3,
      reference: computeIndicator('D3', await loadIntakeEvidence(tx, tenantId, programmeId), Q1),
    }));
    expect(sql).toEqual(reference);
    const expected = (keys: (keyof typeof ids)[]) => keys.map((k) => ids[k]).sort();
    expect(sql.denominatorIds).toEqual(
      expected([
        'handedOver',
        'windowEdge',
        'dayTooEarly',
        'oldEnough',
        'endedMidPeriod',
        'endedUnfollowed',
      ]),
    );
    expect(sql.numeratorIds).toEqual(
      expected(['handedOver', 'windowEdge', 'oldEnough', 'endedMidPeriod']),
    );
  });
});
