import { randomUUID } from 'node:crypto';
import { closingMeetings, duoClosures, duos, programmes, unitOfWork } from '@tandem/db';
import { createTestDatabase } from '@tandem/db/testing';
import { type ClosingMeetingStatus, computeIndicator } from '@tandem/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { endDuo } from '../src/duos/end-duo.ts';
import {
  duoClosingMeetingLister,
  duoEndLister,
} from '../src/indicators/records/closure-records.ts';
import { computeIndicators } from '../src/indicators/registry.ts';
import { writeDuos } from './duo-rows.ts';
import { loadIntakeEvidence } from './evidence-from-db.ts';
import { casesOrganisation } from './indicator-cases.ts';

/**
 * E1's and E2's boundary cases in Q1 2026 (end 2026-04-01, exclusive), the ends written by
 * `endDuo` as the staff page and the portal write them, and the rows no workflow writes (an
 * early end without a reason or without a closure, left by an import or an older version)
 * inserted as they are. Judged in SQL and by the reference on the evidence loaded back.
 */
const Q1 = { start: '2026-01-01', end: '2026-04-01' };
const database = await createTestDatabase();
afterAll(() => database.close());

const { tenantId, userId } = await casesOrganisation(database.db, 'E1 E2 cases');
const programmeId = randomUUID();
await unitOfWork(database.db, { tenantId, userId }, async (tx) => {
  await tx.insert(programmes).values({ tenantId, id: programmeId, name: 'End of the duo' });
});

const duo = await unitOfWork(database.db, { tenantId, userId }, async (tx) => {
  const ids = await writeDuos(tx, tenantId, programmeId, userId, {
    // Ended on the period's first day, early, by staff: in Q1.
    onFirstDay: { startDate: '2025-10-06' },
    // Ended on the day after the period: the next period's.
    onDayAfter: { startDate: '2025-10-06' },
    // Six months to the day (planned end 2026-04-01): its last day, 31 March, is in Q1.
    plannedOnLastDay: { startDate: '2025-09-30' },
    earlyByMentor: { startDate: '2025-11-03' },
    earlyByMentee: { startDate: '2025-11-03' },
    mentorWithoutReason: { startDate: '2025-11-03' },
    menteeWithoutReason: { startDate: '2025-11-03' },
    staffWithoutReason: { startDate: '2025-11-03' },
    earlyWithoutClosure: { startDate: '2025-11-03' },
    stillRunning: { startDate: '2025-12-01' },
  });
  const end = (
    key: keyof typeof ids,
    lastDay: string,
    endedBy: 'mentor' | 'mentee' | 'staff',
    reasonCode: 'found_work' | 'moved' | null,
  ) =>
    endDuo(tx, tenantId, ids[key], {
      lastDay,
      reasonCode,
      reasonText: null,
      endedBy,
      recordedBy: userId,
    });
  await end('onFirstDay', '2026-01-01', 'staff', 'found_work');
  await end('onDayAfter', '2026-04-01', 'staff', 'moved');
  await end('plannedOnLastDay', '2026-03-31', 'staff', null);
  await end('earlyByMentor', '2026-02-10', 'mentor', 'moved');
  await end('earlyByMentee', '2026-02-11', 'mentee', 'found_work');

  // What no workflow writes any more, as it is.
  const raw = async (
    key: keyof typeof ids,
    endedBy: 'mentor' | 'mentee' | 'staff',
    reason: 'moved' | null,
    closure: boolean,
  ) => {
    await tx
      .update(duos)
      .set({
        endedOn: '2026-02-12',
        endKind: 'early',
        endReasonCode: reason,
        endedBy,
        endRecordedBy: userId,
      })
      .where(and(eq(duos.tenantId, tenantId), eq(duos.id, ids[key])));
    if (closure)
      await tx.insert(duoClosures).values({ tenantId, duoId: ids[key], startedBy: userId });
  };
  await raw('mentorWithoutReason', 'mentor', null, true);
  await raw('menteeWithoutReason', 'mentee', null, true);
  await raw('staffWithoutReason', 'staff', null, true);
  await raw('earlyWithoutClosure', 'staff', 'moved', false);

  const meeting = (key: keyof typeof ids, on: string, status: ClosingMeetingStatus) => {
    const id = randomUUID();
    return {
      tenantId,
      id,
      duoId: ids[key],
      startsAt: new Date(`${on}T13:00:00Z`),
      mode: 'in_person' as const,
      place: 'Zaal 2',
      status,
      heldOn: status === 'held' ? on : null,
      icsUid: `${id}@example.org`,
      recordedBy: userId,
    };
  };
  await tx.insert(closingMeetings).values([
    // Held three weeks after the last day: closing often follows it.
    meeting('plannedOnLastDay', '2026-04-21', 'held'),
    // Held before the last day.
    meeting('onFirstDay', '2025-12-18', 'held'),
    meeting('earlyByMentor', '2026-02-20', 'cancelled'),
    meeting('earlyByMentee', '2026-02-20', 'not_held'),
    meeting('earlyByMentee', '2026-03-02', 'planned'),
    // A running duo's meeting: no duo ended, nothing to count.
    meeting('stillRunning', '2026-03-02', 'held'),
  ]);
  return ids;
});
type Key = keyof typeof duo;

async function judge<C extends 'E1' | 'E2'>(criterion: C) {
  return unitOfWork(database.db, { tenantId, userId }, async (tx) => ({
    sql: (await computeIndicators(tx, { tenantId, programmeId, period: Q1 }, [criterion]))[
      criterion
    ],
    reference: computeIndicator(criterion, await loadIntakeEvidence(tx, tenantId, programmeId), Q1),
  }));
}

const ids = (keys: Key[]) => keys.map((k) => duo[k]).sort();
const share = <M extends { key: string }>(value: { measures: readonly M[] }): M => {
  const found = value.measures.find((m) => m.key === 'share');
  if (!found) throw new Error('no share');
  return found;
};

describe('E1 boundary cases (early ends with a reason and a closure)', () => {
  it('counts early ends by each side with a reason and a closure, not one without either, nor a planned end', async () => {
    const { sql, reference } = await judge('E1');
    expect(sql).toEqual(reference);
    expect(share(sql)).toMatchObject({
      denominatorIds: ids([
        'onFirstDay',
        'earlyByMentor',
        'earlyByMentee',
        'mentorWithoutReason',
        'menteeWithoutReason',
        'staffWithoutReason',
        'earlyWithoutClosure',
      ]),
      numeratorIds: ids(['onFirstDay', 'earlyByMentor', 'earlyByMentee']),
    });
  });

  it('lists each duo with its end, reason, who ended it and its closure', async () => {
    const { records } = await unitOfWork(database.db, { tenantId, userId }, async (tx) =>
      duoEndLister.list(tx, {
        scope: { tenantId, programmeId, period: Q1 },
        measure: share(
          (await computeIndicators(tx, { tenantId, programmeId, period: Q1 }, ['E1'])).E1,
        ),
        ids: ids(['earlyByMentee', 'earlyWithoutClosure', 'mentorWithoutReason']),
      }),
    );
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(byId.get(duo.earlyByMentee)).toMatchObject({
      endedOn: '2026-02-11',
      endKind: 'early',
      endReasonCode: 'found_work',
      endedBy: 'mentee',
    });
    expect(byId.get(duo.earlyByMentee)?.closureStartedAt).not.toBeNull();
    expect(byId.get(duo.earlyWithoutClosure)).toMatchObject({ closureStartedAt: null });
    expect(byId.get(duo.mentorWithoutReason)).toMatchObject({
      endedBy: 'mentor',
      endReasonCode: null,
    });
  });
});

describe('E2 boundary cases (a held closing meeting for every ended duo)', () => {
  it('counts a meeting held before or after the last day, not a cancelled, not held or planned one', async () => {
    const { sql, reference } = await judge('E2');
    expect(sql).toEqual(reference);
    expect(share(sql)).toMatchObject({
      denominatorIds: ids([
        'onFirstDay',
        'plannedOnLastDay',
        'earlyByMentor',
        'earlyByMentee',
        'mentorWithoutReason',
        'menteeWithoutReason',
        'staffWithoutReason',
        'earlyWithoutClosure',
      ]),
      numeratorIds: ids(['onFirstDay', 'plannedOnLastDay']),
    });
  });

  it('lists each ended duo with its held closing meeting', async () => {
    const { records } = await unitOfWork(database.db, { tenantId, userId }, async (tx) =>
      duoClosingMeetingLister.list(tx, {
        scope: { tenantId, programmeId, period: Q1 },
        measure: share(
          (await computeIndicators(tx, { tenantId, programmeId, period: Q1 }, ['E2'])).E2,
        ),
        ids: ids(['plannedOnLastDay', 'earlyByMentor']),
      }),
    );
    expect(records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: duo.plannedOnLastDay,
          endedOn: '2026-03-31',
          closingMeeting: { heldOn: '2026-04-21', mode: 'in_person' },
        }),
        expect.objectContaining({ id: duo.earlyByMentor, closingMeeting: null }),
      ]),
    );
  });
});
