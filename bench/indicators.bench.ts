/**
 * Benchmark of the quality indicators (not a test: nothing here fails a build). Run from the
 * repository root: `corepack pnpm exec tsx bench/indicators.bench.ts`; with
 * `TEST_DATABASE_URL` set (a role that may create databases and roles, as for the tests) it
 * runs on PostgreSQL too.
 *
 * A fresh database gets the synthetic organisation of `synthetic-organisation.ts` (2,000
 * duos, 100,000 contacts and the intake behind them). Then every criterion computed so far
 * for its programme and last calendar year, as a request computes them: in one unit of work
 * as the application role. Beside it, in the same run, one sequential scan of every table
 * the indicators read; the ratio of the two is what the benchmark judges, since the machine
 * may be shared. Per criterion times say where the time goes.
 *
 * The trends: every criterion for the eight quarters up to today, as `quality.trends` asks
 * them (one query per family over all the quarters), judged against the same scan (≤ 8×).
 * The organisation dashboard: every programme of the organisation, all criteria, merged
 * (ADR 0018).
 */

import { sql } from 'drizzle-orm';
import {
  computeOrganisationIndicators,
  organisationProgrammes,
} from '../apps/api/src/indicators/organisation-indicators.ts';
import {
  computeIndicators,
  computeIndicatorsByPeriod,
} from '../apps/api/src/indicators/registry.ts';
import { type Database, unitOfWork } from '../packages/db/src/index.ts';
import { createTestDatabase, preparePostgresTemplate } from '../packages/db/src/testing/index.ts';
import {
  brusselsDate,
  CRITERIA_WITH_WORKFLOW,
  lastQuarters,
} from '../packages/domain/src/index.ts';
import { medianOf, ms, printTable, scanTables } from './database-timing.ts';
import { writeSyntheticOrganisation } from './synthetic-organisation.ts';

const SEED = 10;
const RUNS = 5;
const TARGET_RATIO = 3;
const TRENDS_TARGET_RATIO = 8;
type Kind = 'pglite' | 'postgres';

/** Every table an indicator's SQL twin reads. */
const INDICATOR_TABLES = [
  'programmes',
  'applications',
  'decisions',
  'outbox_messages',
  'info_sessions',
  'info_session_registrations',
  'interviews',
  'referrals',
  'onward_referrals',
  'training_modules',
  'training_sessions',
  'training_attendances',
  'matches',
  'participant_accounts',
  'first_meetings',
  'match_validations',
  'agreements',
  'agreement_acceptances',
  'duos',
  'duo_contacts',
  'duo_pauses',
  'coach_assignments',
  'check_ins',
  'resources',
  'workshops',
  'workshop_invitations',
] as const;

async function benchDatabase(kind: Kind) {
  process.env.TANDEM_TEST_DB = kind;
  if (kind === 'postgres') await preparePostgresTemplate();
  const database = await createTestDatabase();
  const today = brusselsDate(new Date().toISOString());
  const setupStarted = performance.now();
  const organisation = await writeSyntheticOrganisation(database.db, SEED, today);
  // Fresh bulk-loaded tables have no statistics yet; a live database has them.
  await database.ownerHandle.db.execute(sql`analyze`);
  const setup = performance.now() - setupStarted;
  const year = Number(today.slice(0, 4)) - 1;
  const scope = {
    tenantId: organisation.tenantId,
    programmeId: organisation.programmeId,
    period: { start: `${year}-01-01`, end: `${year + 1}-01-01` },
  };
  const unit = <T>(db: Database, work: Parameters<typeof unitOfWork<T>>[2]) =>
    unitOfWork(db, { tenantId: organisation.tenantId, userId: organisation.coordinatorId }, work);

  let scannedRows = 0;
  const scan = await medianOf(RUNS, async () => {
    scannedRows = await unit(database.db, (tx) => scanTables(tx, INDICATOR_TABLES));
  });
  const all = await medianOf(RUNS, () =>
    unit(database.db, (tx) => computeIndicators(tx, scope, CRITERIA_WITH_WORKFLOW)),
  );
  const quarters = lastQuarters(today);
  const trendsScope = {
    tenantId: organisation.tenantId,
    programmeId: organisation.programmeId,
    periods: quarters,
  };
  const trends = await medianOf(RUNS, () =>
    unit(database.db, (tx) => computeIndicatorsByPeriod(tx, trendsScope, CRITERIA_WITH_WORKFLOW)),
  );
  const dashboard = await medianOf(RUNS, () =>
    unit(database.db, async (tx) => {
      const listed = await organisationProgrammes(tx, organisation.tenantId);
      return computeOrganisationIndicators(
        tx,
        {
          tenantId: organisation.tenantId,
          programmeIds: listed.map((p) => p.id),
          period: scope.period,
        },
        CRITERIA_WITH_WORKFLOW,
      );
    }),
  );
  const perCriterion: string[][] = [];
  for (const id of CRITERIA_WITH_WORKFLOW) {
    const time = await medianOf(RUNS, () =>
      unit(database.db, (tx) => computeIndicators(tx, scope, [id])),
    );
    perCriterion.push([id, ms(time), `${(time / scan).toFixed(2)}×`]);
  }
  const ratio = all / scan;
  console.log(`\n${kind} (setup ${(setup / 1000).toFixed(1)} s, ${scannedRows} rows scanned)`);
  printTable(
    ['all criteria', 'scan', 'ratio', 'target'],
    [
      [
        ms(all),
        ms(scan),
        `${ratio.toFixed(2)}×`,
        kind === 'postgres'
          ? `≤ ${TARGET_RATIO}× the scan: ${ratio <= TARGET_RATIO ? 'PASS' : 'MISS'}`
          : '',
      ],
    ],
  );
  const trendsRatio = trends / scan;
  console.log('');
  printTable(
    [`trends (${quarters.length} quarters)`, 'scan', 'ratio', 'target'],
    [
      [
        ms(trends),
        ms(scan),
        `${trendsRatio.toFixed(2)}×`,
        kind === 'postgres'
          ? `≤ ${TRENDS_TARGET_RATIO}× the scan: ${trendsRatio <= TRENDS_TARGET_RATIO ? 'PASS' : 'MISS'}`
          : '',
      ],
    ],
  );
  const dashboardRatio = dashboard / scan;
  console.log('');
  printTable(
    [
      'organisation dashboard (all programmes, all criteria, one period)',
      'scan',
      'ratio',
      'target',
    ],
    [
      [
        ms(dashboard),
        ms(scan),
        `${dashboardRatio.toFixed(2)}×`,
        kind === 'postgres'
          ? `≤ ${TARGET_RATIO}× the scan: ${dashboardRatio <= TARGET_RATIO ? 'PASS' : 'MISS'}`
          : '',
      ],
    ],
  );
  console.log('');
  printTable(['criterion', 'alone', 'ratio to scan'], perCriterion);
  await database.close();
}

console.log(
  `Tandem indicators benchmark — node ${process.version}, median of ${RUNS} after a warm-up, ${CRITERIA_WITH_WORKFLOW.length} criteria, last calendar year`,
);
const kinds: Kind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
for (const kind of kinds) await benchDatabase(kind);
