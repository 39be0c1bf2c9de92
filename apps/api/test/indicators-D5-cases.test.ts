import { randomUUID } from 'node:crypto';
import { duos, programmes, unitOfWork, workshopInvitations, workshops } from '@tandem/db';
import { createTestDatabase } from '@tandem/db/testing';
import { computeIndicator, type Period } from '@tandem/domain';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../src/indicators/registry.ts';
import { writeDuos } from './duo-rows.ts';
import { loadIntakeEvidence } from './evidence-from-db.ts';
import { casesOrganisation } from './indicator-cases.ts';

/**
 * D5's boundary cases. In Q1 2026 (end 2026-04-01, exclusive): a duo that began on the
 * period's first day has run exactly three months by its last day and its mentor is owed an
 * invitation, one that began a day later is not; workshops on the first and last Brussels
 * day count, one at half past midnight on 1 April does not; a cancelled workshop counts for
 * nothing (no invitation, no window, no attendance). The six-month windows count back from
 * the end, whole windows only, and a short period looks back before its start.
 */
const Q1 = { start: '2026-01-01', end: '2026-04-01' };
const database = await createTestDatabase();
afterAll(() => database.close());

const { tenantId, userId } = await casesOrganisation(database.db, 'D5 cases');
const boundaries = randomUUID();
const cadence = randomUUID();
const mentors: Record<string, string> = {};
const workshopIds: Record<string, string> = {};

await unitOfWork(database.db, { tenantId, userId }, async (tx) => {
  await tx.insert(programmes).values([
    { tenantId, id: boundaries, name: 'Boundaries' },
    { tenantId, id: cadence, name: 'Cadence' },
  ]);
  const duoIds = await writeDuos(tx, tenantId, boundaries, userId, {
    fromFirstDay: { startDate: '2026-01-01' },
    dayTooLate: { startDate: '2026-01-02' },
    endedTooEarly: { startDate: '2025-06-01', endedOn: '2026-03-30' },
    onlyCancelled: { startDate: '2025-09-01' },
    lastDay: { startDate: '2025-10-01' },
    afterMidnight: { startDate: '2025-09-01' },
  });
  for (const [key, duoId] of Object.entries(duoIds)) {
    const [duo] = await tx.select().from(duos).where(eq(duos.id, duoId));
    if (!duo) throw new Error('duo missing');
    mentors[key] = duo.mentorApplicationId;
  }
  const workshop = (key: string, programmeId: string, startsAt: string, cancelled = false) => {
    workshopIds[key] = randomUUID();
    return {
      tenantId,
      id: workshopIds[key],
      programmeId,
      startsAt: new Date(startsAt),
      theme: key,
      kind: 'peer_exchange' as const,
      place: 'Zaal',
      capacity: 20,
      icsUid: `${randomUUID()}@d5.test`,
      createdBy: userId,
      cancelledAt: cancelled ? new Date('2026-01-10T10:00:00Z') : null,
    };
  };
  await tx.insert(workshops).values([
    // 00:15 in Brussels (UTC+1) on the first day; 23:30 (UTC+2 since 29 March) on the last.
    workshop('first day', boundaries, '2026-01-01T00:15:00+01:00'),
    workshop('last day', boundaries, '2026-03-31T23:30:00+02:00'),
    workshop('cancelled', boundaries, '2026-02-15T18:00:00+01:00', true),
    workshop('after midnight', boundaries, '2026-04-01T00:30:00+02:00'),
    workshop('last day of a window', cadence, '2025-09-30T19:00:00+02:00'),
    workshop('cancelled in the last window', cadence, '2025-12-01T19:00:00+01:00', true),
    workshop('before the whole windows', cadence, '2025-02-01T19:00:00+01:00'),
  ]);
  const invite = (mentor: string, workshopKey: string, attended: boolean | null = null) => ({
    tenantId,
    workshopId: workshopIds[workshopKey] ?? '',
    applicationId: mentors[mentor] ?? '',
    attended,
  });
  await tx
    .insert(workshopInvitations)
    .values([
      invite('fromFirstDay', 'first day', true),
      invite('lastDay', 'last day', false),
      invite('dayTooLate', 'last day', true),
      invite('endedTooEarly', 'first day'),
      invite('onlyCancelled', 'cancelled', true),
      invite('afterMidnight', 'after midnight', true),
    ]);
});

async function judge(programmeId: string, period: Period) {
  return unitOfWork(database.db, { tenantId, userId }, async (tx) => {
    const { D5: fromSql } = await computeIndicators(tx, { tenantId, programmeId, period }, ['D5']);
    const reference = computeIndicator(
      'D5',
      await loadIntakeEvidence(tx, tenantId, programmeId),
      period,
    );
    const measure = (key: string) => {
      const found = fromSql.measures.find((m) => m.key === key);
      if (!found) throw new Error(`no measure ${key}`);
      return found;
    };
    return { fromSql, reference, measure };
  });
}

const emailOf = (key: string) =>
  expect.stringMatching(new RegExp(`^mentor-${key.toLowerCase()}-[0-9a-f]{8}@example\\.org$`));

describe('D5 boundary cases', () => {
  it('owes an invitation after exactly three months, counts the first and last Brussels day and nothing of a cancelled workshop', async () => {
    const { fromSql, reference, measure } = await judge(boundaries, Q1);
    expect(fromSql).toEqual(reference);
    expect(measure('share')).toMatchObject({ numerator: 2, denominator: 4 });
    expect(measure('share').numeratorIds).toEqual(
      expect.arrayContaining([emailOf('fromFirstDay'), emailOf('lastDay')]),
    );
    const denominator = [...measure('share').denominatorIds];
    for (const key of ['fromFirstDay', 'lastDay', 'onlyCancelled', 'afterMidnight'])
      expect(denominator).toContainEqual(emailOf(key));
    for (const key of ['dayTooLate', 'endedTooEarly'])
      expect(denominator).not.toContainEqual(emailOf(key));
    // Four invitations to the two workshops held in the quarter, two attended; the cancelled
    // and the April workshop's attended invitations are not among them.
    expect(measure('workshop_attendance')).toMatchObject({ numerator: 2, denominator: 4 });
    expect(measure('workshop_cadence')).toMatchObject({
      numerator: 1,
      denominator: 1,
      numeratorIds: ['2025-10-01/2026-04-01'],
    });
  });

  it('judges whole six-month windows back from the end; a cancelled workshop fills none', async () => {
    const year = await judge(cadence, { start: '2025-01-01', end: '2026-04-01' });
    expect(year.fromSql).toEqual(year.reference);
    expect(year.measure('workshop_cadence')).toMatchObject({
      numerator: 1,
      denominator: 2,
      numeratorIds: ['2025-04-01/2025-10-01'],
    });
    const month = await judge(cadence, { start: '2026-03-01', end: '2026-04-01' });
    expect(month.fromSql).toEqual(month.reference);
    expect(month.measure('workshop_cadence')).toMatchObject({
      numerator: 0,
      denominator: 1,
      numeratorIds: [],
    });
  });
});
