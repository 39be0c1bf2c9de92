import { randomUUID } from 'node:crypto';
import { duoContacts, programmes, unitOfWork } from '@tandem/db';
import { createTestDatabase } from '@tandem/db/testing';
import { computeIndicator } from '@tandem/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { endPause, lockDuo, startPause } from '../src/duos/contact-log.ts';
import { computeIndicators } from '../src/indicators/registry.ts';
import { writeDuos } from './duo-rows.ts';
import { loadIntakeEvidence } from './evidence-from-db.ts';
import { casesOrganisation } from './indicator-cases.ts';

/**
 * D1's and D2's boundary cases, written as the workflows write them and judged in SQL and by
 * the reference on the evidence loaded back. Q1 2026 (end 2026-04-01, exclusive): a D2
 * window belongs to the period when its last day falls in it, so the last window a duo can
 * owe ends on 31 March.
 */
const Q1 = { start: '2026-01-01', end: '2026-04-01' };
const database = await createTestDatabase();
afterAll(() => database.close());

const { tenantId, userId } = await casesOrganisation(database.db, 'D1 D2 cases');
const sixMonths = randomUUID();
const fiveMonths = randomUUID();
const contactsProgramme = randomUUID();

await unitOfWork(database.db, { tenantId, userId }, async (tx) => {
  await tx.insert(programmes).values([
    { tenantId, id: sixMonths, name: 'Six months' },
    {
      tenantId,
      id: fiveMonths,
      name: 'Five months',
      plannedDurationMonths: 5,
      shorterDurationReason: 'Een schooljaar',
    },
    { tenantId, id: contactsProgramme, name: 'Contact log' },
  ]);
});

const durationDuos = await unitOfWork(database.db, { tenantId, userId }, async (tx) => ({
  ...(await writeDuos(tx, tenantId, sixMonths, userId, {
    // 1 September to 28 February, the last day included, is six months; a day less is not.
    exactlySix: { startDate: '2025-09-01', endedOn: '2026-02-28' },
    oneDayShort: { startDate: '2025-09-01', endedOn: '2026-02-27' },
    // Six months from 31 August is the last day of February.
    fromMonthEnd: { startDate: '2025-08-31', endedOn: '2026-02-27' },
    earlyWithReason: {
      startDate: '2025-11-03',
      endedOn: '2026-01-30',
      endKind: 'early',
      endReasonCode: 'found_work',
    },
    earlyWithoutReason: { startDate: '2025-11-03', endedOn: '2026-01-30', endKind: 'early' },
    // Not ended in the period: the day after it, and still running however long.
    endedAfterPeriod: { startDate: '2025-10-01', endedOn: '2026-04-01' },
    stillActive: { startDate: '2025-06-02' },
  })),
  ...(await writeDuos(tx, tenantId, fiveMonths, userId, {
    endedAsPlannedAtFive: { startDate: '2025-09-01', endedOn: '2026-01-31' },
  })),
}));

const duo = await unitOfWork(database.db, { tenantId, userId }, async (tx) =>
  writeDuos(tx, tenantId, contactsProgramme, userId, {
    pausedAndResumed: { startDate: '2025-12-22' },
    gapEdges: { startDate: '2026-01-05' },
    straddlesPeriodStart: { startDate: '2025-12-25' },
    startedMidPeriod: { startDate: '2026-03-10' },
    endedMidWindow: { startDate: '2026-01-05', endedOn: '2026-02-10' },
    outsideItsLife: { startDate: '2026-01-05', endedOn: '2026-02-01' },
    severalOnOneDay: { startDate: '2026-01-05', endedOn: '2026-02-01' },
    openPauseAtEnd: { startDate: '2026-01-05' },
    pausedFromFirstDay: { startDate: '2025-12-22', endedOn: '2026-02-15' },
  }),
);
type ContactDuo = keyof typeof duo;

/** Contact IDs by `<duo>@<day>` (`#n` for the n-th of a day), to name the gaps they end. */
const contact: Record<string, string> = {};

await unitOfWork(database.db, { tenantId, userId }, async (tx) => {
  const pause = async (key: ContactDuo, fromDate: string, resumedOn: string | null) => {
    const row = await lockDuo(tx, tenantId, duo[key]);
    const { id } = await startPause(tx, row, { fromDate, reason: 'Ziekte', recordedBy: userId });
    if (resumedOn !== null) await endPause(tx, row, id, resumedOn);
  };
  await pause('pausedAndResumed', '2026-01-20', '2026-02-16');
  await pause('openPauseAtEnd', '2026-03-01', null);
  await pause('pausedFromFirstDay', '2026-01-01', '2026-01-19');

  // The rows `logContact` writes, inserted as they are: it refuses a day outside the duo's
  // life, which a start or end recorded afterwards can still leave behind.
  const logged = (key: ContactDuo, days: string[]) =>
    days.map((day) => {
      const label = `${key}@${day}`;
      const id = randomUUID();
      contact[label] = id;
      return {
        tenantId,
        id,
        duoId: duo[key],
        contactOn: day.slice(0, 10),
        mode: 'phone' as const,
        durationMinutes: 30,
        loggedBy: 'mentor' as const,
        recordedBy: userId,
        note: null,
        noteSharedWithStaff: false,
      };
    });
  await tx.insert(duoContacts).values([
    // None while paused from 20 January; back on 16 February, the first day of a window.
    ...logged('pausedAndResumed', [
      '2025-12-23',
      '2026-01-10',
      '2026-02-20',
      '2026-03-05',
      '2026-03-20',
    ]),
    // Windows start on 5, 19 January, 2, 16 February, 2, 16 March. 14 days apart from a
    // window's first day lands on the next one's; 13 apart stays in the same window; 15
    // apart from its last day skips one (2–15 February).
    ...logged('gapEdges', [
      '2026-01-05',
      '2026-01-19',
      '2026-02-01',
      '2026-02-16',
      '2026-03-02',
      '2026-03-15',
      '2026-03-29',
    ]),
    // The first window (25 December – 7 January) ends in the period: its December contact
    // counts. The window ending on 1 April is the next period's, though its gap is this one's.
    ...logged('straddlesPeriodStart', ['2025-12-26', '2026-01-10', '2026-03-31']),
    ...logged('startedMidPeriod', ['2026-03-12']),
    // Ended on 10 February, in its third window: that stub is not owed, its contact is a gap.
    ...logged('endedMidWindow', ['2026-01-06', '2026-02-05', '2026-02-20']),
    // A contact before its start and one after its end (ended on a window's last day): neither
    // makes a gap nor fills a window.
    ...logged('outsideItsLife', ['2026-01-02', '2026-01-10', '2026-01-24', '2026-02-05']),
    ...logged('severalOnOneDay', ['2026-01-07', '2026-01-21#1', '2026-01-21#2', '2026-01-21#3']),
    // Paused from 1 March, still at the period's end: the window of 16 February – 1 March on
    // is not owed, its contact of 20 February notwithstanding.
    ...logged('openPauseAtEnd', ['2026-01-10', '2026-01-25', '2026-02-20']),
    // Paused 1–18 January: the window straddling the period's start (22 December – 4 January)
    // is not owed either, whatever contact it holds.
    ...logged('pausedFromFirstDay', ['2025-12-23', '2026-01-20']),
  ]);
});

async function judge<C extends 'D1' | 'D2'>(criterion: C, programmeId: string) {
  return unitOfWork(database.db, { tenantId, userId }, async (tx) => ({
    sql: (await computeIndicators(tx, { tenantId, programmeId, period: Q1 }, [criterion]))[
      criterion
    ],
    reference: computeIndicator(criterion, await loadIntakeEvidence(tx, tenantId, programmeId), Q1),
  }));
}

const smallestContact = (labels: string[]) =>
  labels.reduce((smallest, label) =>
    (contact[label] as string) < (contact[smallest] as string) ? label : smallest,
  );

const measure = (value: { measures: readonly { key: string }[] }, key: string) => {
  const found = value.measures.find((m) => m.key === key);
  if (!found) throw new Error(`no measure ${key}`);
  return found;
};

describe('D1 boundary cases (six months, or ended early with a reason)', () => {
  it('counts six months to the day and an early end with a reason, not a day short or an early end without one', async () => {
    const { sql, reference } = await judge('D1', sixMonths);
    expect(sql).toEqual(reference);
    const ids = (keys: (keyof typeof durationDuos)[]) => keys.map((k) => durationDuos[k]).sort();
    expect(measure(sql, 'share')).toMatchObject({
      denominatorIds: ids([
        'exactlySix',
        'oneDayShort',
        'fromMonthEnd',
        'earlyWithReason',
        'earlyWithoutReason',
      ]),
      numeratorIds: ids(['exactlySix', 'fromMonthEnd', 'earlyWithReason']),
    });
    expect(measure(sql, 'planned_duration')).toMatchObject({
      value: 6,
      numeratorIds: [sixMonths],
      status: 'met',
    });
  });

  it('does not meet the criterion with a programme planned at five months, nor count a duo that lasted its five', async () => {
    const { sql, reference } = await judge('D1', fiveMonths);
    expect(sql).toEqual(reference);
    expect(measure(sql, 'share')).toMatchObject({
      denominatorIds: [durationDuos.endedAsPlannedAtFive],
      numeratorIds: [],
    });
    expect(measure(sql, 'planned_duration')).toMatchObject({
      value: 5,
      numeratorIds: [fiveMonths],
      status: 'not_met',
    });
    expect(sql.status).toBe('not_met');
  });
});

describe('D2 boundary cases (fortnights with a contact, median gap)', () => {
  const windows = (key: ContactDuo, firstDays: string[]) =>
    firstDays.map((day) => `${duo[key]}/${day}`);
  const owed = [
    // 19 January and 2 February overlap the pause.
    ...windows('pausedAndResumed', [
      '2025-12-22',
      '2026-01-05',
      '2026-02-16',
      '2026-03-02',
      '2026-03-16',
    ]),
    ...windows('gapEdges', [
      '2026-01-05',
      '2026-01-19',
      '2026-02-02',
      '2026-02-16',
      '2026-03-02',
      '2026-03-16',
    ]),
    ...windows('straddlesPeriodStart', [
      '2025-12-25',
      '2026-01-08',
      '2026-01-22',
      '2026-02-05',
      '2026-02-19',
      '2026-03-05',
    ]),
    ...windows('startedMidPeriod', ['2026-03-10']),
    ...windows('endedMidWindow', ['2026-01-05', '2026-01-19']),
    ...windows('outsideItsLife', ['2026-01-05', '2026-01-19']),
    ...windows('severalOnOneDay', ['2026-01-05', '2026-01-19']),
    ...windows('openPauseAtEnd', ['2026-01-05', '2026-01-19', '2026-02-02']),
    ...windows('pausedFromFirstDay', ['2026-01-19', '2026-02-02']),
  ];
  const withContact = [
    ...windows('pausedAndResumed', [
      '2025-12-22',
      '2026-01-05',
      '2026-02-16',
      '2026-03-02',
      '2026-03-16',
    ]),
    ...windows('gapEdges', ['2026-01-05', '2026-01-19', '2026-02-16', '2026-03-02', '2026-03-16']),
    ...windows('straddlesPeriodStart', ['2025-12-25', '2026-01-08']),
    ...windows('startedMidPeriod', ['2026-03-10']),
    ...windows('endedMidWindow', ['2026-01-05']),
    ...windows('outsideItsLife', ['2026-01-05', '2026-01-19']),
    ...windows('severalOnOneDay', ['2026-01-05', '2026-01-19']),
    ...windows('openPauseAtEnd', ['2026-01-05', '2026-01-19']),
    ...windows('pausedFromFirstDay', ['2026-01-19']),
  ];
  // Per duo, the contact that ends each gap, with the gap's days.
  const gaps: [string, number][] = [
    ['pausedAndResumed@2026-01-10', 18],
    // Across the pause, in calendar days.
    ['pausedAndResumed@2026-02-20', 41],
    ['pausedAndResumed@2026-03-05', 13],
    ['pausedAndResumed@2026-03-20', 15],
    ['gapEdges@2026-01-19', 14],
    ['gapEdges@2026-02-01', 13],
    ['gapEdges@2026-02-16', 15],
    ['gapEdges@2026-03-02', 14],
    ['gapEdges@2026-03-15', 13],
    ['gapEdges@2026-03-29', 14],
    ['straddlesPeriodStart@2026-01-10', 15],
    ['straddlesPeriodStart@2026-03-31', 80],
    ['endedMidWindow@2026-02-05', 30],
    ['outsideItsLife@2026-01-24', 14],
    // One contact day, named by its smallest contact ID.
    [
      smallestContact([
        'severalOnOneDay@2026-01-21#1',
        'severalOnOneDay@2026-01-21#2',
        'severalOnOneDay@2026-01-21#3',
      ]),
      14,
    ],
    ['openPauseAtEnd@2026-01-25', 15],
    ['openPauseAtEnd@2026-02-20', 26],
    ['pausedFromFirstDay@2026-01-20', 28],
  ];
  const gapContactIds = gaps.map(([label]) => contact[label]).sort();

  it('agrees with the reference on every window and gap in Q1 2026', async () => {
    const { sql, reference } = await judge('D2', contactsProgramme);
    expect(sql).toEqual(reference);
    expect(measure(sql, 'share')).toMatchObject({
      denominatorIds: [...owed].sort(),
      numeratorIds: [...withContact].sort(),
      status: 'partly',
    });
    // Eighteen gaps; the ninth and tenth smallest are both 15 days.
    expect(measure(sql, 'median_contact_gap_days')).toMatchObject({
      value: 15,
      numerator: gaps.length,
      numeratorIds: gapContactIds,
      denominatorIds: gapContactIds,
    });
  });
});
