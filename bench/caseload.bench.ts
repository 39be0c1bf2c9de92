/**
 * Benchmark of a coach's caseload (not a test: nothing here fails a build). Run from the
 * repository root: `corepack pnpm exec tsx bench/caseload.bench.ts`; with `TEST_DATABASE_URL`
 * set it runs on PostgreSQL too.
 *
 * A fresh database gets the synthetic organisation of `synthetic-organisation.ts`, whose first
 * coach holds 60 running duos among its 2,000. The caseload query runs as the coach's request
 * runs it, in a unit of work as the application role; beside it, in the same run, one
 * sequential scan of the tables it reads, since the machine may be shared.
 */
import { sql } from 'drizzle-orm';
import { loadCaseload } from '../apps/api/src/routers/duo/caseload.queries.ts';
import { unitOfWork } from '../packages/db/src/index.ts';
import { createTestDatabase, preparePostgresTemplate } from '../packages/db/src/testing/index.ts';
import { brusselsDate } from '../packages/domain/src/index.ts';
import { medianOf, ms, printTable, scanTables } from './database-timing.ts';
import { writeSyntheticOrganisation } from './synthetic-organisation.ts';

const SEED = 60;
const RUNS = 9;
const TARGET_MS = 100;
type Kind = 'pglite' | 'postgres';

const CASELOAD_TABLES = [
  'coach_assignments',
  'duos',
  'programmes',
  'applications',
  'agreements',
  'duo_contacts',
  'check_ins',
  'duo_pauses',
] as const;

async function benchDatabase(kind: Kind): Promise<string[]> {
  process.env.TANDEM_TEST_DB = kind;
  if (kind === 'postgres') await preparePostgresTemplate();
  const database = await createTestDatabase();
  const today = brusselsDate(new Date().toISOString());
  const organisation = await writeSyntheticOrganisation(database.db, SEED, today);
  await database.ownerHandle.db.execute(sql`analyze`);
  const coachId = organisation.coachIds[0] ?? '';
  const unit = <T>(work: Parameters<typeof unitOfWork<T>>[2]) =>
    unitOfWork(database.db, { tenantId: organisation.tenantId, userId: coachId }, work);
  let duos = 0;
  const caseload = await medianOf(RUNS, async () => {
    duos = (await unit((tx) => loadCaseload(tx, organisation.tenantId, coachId, today))).length;
  });
  const scan = await medianOf(RUNS, () => unit((tx) => scanTables(tx, CASELOAD_TABLES)));
  await database.close();
  return [
    kind,
    String(duos),
    ms(caseload),
    ms(scan),
    `${(caseload / scan).toFixed(2)}×`,
    kind === 'postgres' ? `< ${TARGET_MS} ms: ${caseload < TARGET_MS ? 'PASS' : 'MISS'}` : '',
  ];
}

console.log(
  `Tandem caseload benchmark — node ${process.version}, median of ${RUNS} after a warm-up`,
);
const kinds: Kind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
const rows: string[][] = [];
for (const kind of kinds) rows.push(await benchDatabase(kind));
printTable(['database', 'duos', 'caseload', 'scan', 'ratio', 'target'], rows);
