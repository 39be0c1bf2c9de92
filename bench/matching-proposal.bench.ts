/**
 * Benchmark of the cohort proposal (C1, C2) end to end (not a test: nothing here fails a
 * build). Run from the repository root: `corepack pnpm exec tsx bench/matching-proposal.bench.ts`;
 * with `TEST_DATABASE_URL` set it runs on PostgreSQL too.
 *
 * For each size, a programme gets the synthetic pool of `synthetic-pool.ts` as accepted,
 * trained applicants. Then, best of a few runs after a warm-up:
 * - end to end: `matching.proposal.get` over HTTP (session, membership, load, score,
 *   assign, explain, runner-ups, unmatched, JSON);
 * - load: the pool from the database in its unit of work;
 * - engine: the same proposal computed on the loaded pool, no database;
 * - assign only: prepareMatchingPool + proposeCohort on the loaded profiles.
 */
import type { AddressInfo } from 'node:net';
import { hashPassword } from '../apps/api/src/auth/password.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import { createApiServer } from '../apps/api/src/http/server.ts';
import { createLogger } from '../apps/api/src/logger.ts';
import { loadMatchingPool } from '../apps/api/src/routers/matching/matching.queries.ts';
import { cohortProposal } from '../apps/api/src/routers/matching/matching.router.ts';
import {
  applications,
  DEMO_PASSWORD,
  decisions,
  organisations,
  programmes,
  recruitmentChannels,
  seedDemoData,
  trainingAttendances,
  trainingSessions,
  unitOfWork,
} from '../packages/db/src/index.ts';
import { createTestDatabase, preparePostgresTemplate } from '../packages/db/src/testing/index.ts';
import {
  INTAKE_CONSENT_TEXT_VERSION,
  prepareMatchingPool,
  proposeCohort,
  TRAINING_TOPIC_IDS,
} from '../packages/domain/src/index.ts';
import { syntheticApplicants } from './synthetic-pool.ts';

const SIZES = [200, 1000] as const;
const RUNS = 3;
const TARGET_MS_200 = 1000;
type Kind = 'pglite' | 'postgres';

async function bestOf(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const ms = (value: number) => (value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`);

async function benchDatabase(kind: Kind) {
  process.env.TANDEM_TEST_DB = kind;
  if (kind === 'postgres') await preparePostgresTemplate();
  const database = await createTestDatabase();
  await seedDemoData(database.db, hashPassword);
  const server = createApiServer(
    database.db,
    loadConfig({}),
    createLogger(process.env.BENCH_LOG === 'yes' ? 'info' : 'silent'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signIn = await fetch(`${baseUrl}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'coordinator@debrug.example', password: DEMO_PASSWORD }),
  });
  const token = ((await signIn.json()) as { result: { data: { token: string } } }).result.data
    .token;
  const all = await unitOfWork(database.db, { tenantId: null, userId: null }, (tx) =>
    tx.select({ id: organisations.id, slug: organisations.slug }).from(organisations),
  );
  const tenantId = all.find((o) => o.slug === 'de-brug')?.id ?? '';
  const me = await fetch(`${baseUrl}/trpc/auth.me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const coordinatorId = ((await me.json()) as { result: { data: { user: { id: string } } } }).result
    .data.user.id;

  const rows: string[][] = [];
  for (const n of SIZES) {
    const currentYear = new Date().getUTCFullYear();
    const programmeId = await unitOfWork(database.db, { tenantId, userId: null }, async (tx) => {
      const [programme] = await tx
        .insert(programmes)
        .values({ tenantId, name: `Benchmark ${n}`, languages: ['nl', 'fr'] })
        .returning({ id: programmes.id });
      const id = programme?.id ?? '';
      const [channel] = await tx
        .insert(recruitmentChannels)
        .values({ tenantId, programmeId: id, kind: 'other', name: 'Benchmark', audience: 'both' })
        .returning({ id: recruitmentChannels.id });
      const people = syntheticApplicants(n, n, n, currentYear);
      const inserted: { id: string; role: string }[] = [];
      for (let i = 0; i < people.length; i += 500) {
        inserted.push(
          ...(await tx
            .insert(applications)
            .values(
              people.slice(i, i + 500).map((p) => ({
                ...p,
                tenantId,
                programmeId: id,
                email: `${n}.${p.email}`,
                preferredLocale: 'nl' as const,
                municipality: 'Synthetisch',
                channelId: channel?.id ?? '',
                consentAt: new Date(),
                consentTextVersion: INTAKE_CONSENT_TEXT_VERSION,
              })),
            )
            .returning({ id: applications.id, role: applications.role })),
        );
      }
      for (let i = 0; i < inserted.length; i += 1000)
        await tx.insert(decisions).values(
          inserted.slice(i, i + 1000).map((a) => ({
            tenantId,
            applicationId: a.id,
            outcome: 'accepted' as const,
            decidedBy: coordinatorId,
          })),
        );
      const [session] = await tx
        .insert(trainingSessions)
        .values({
          tenantId,
          programmeId: id,
          startsAt: new Date(Date.now() - 86_400_000),
          place: 'Benchmark',
          trainer: 'Benchmark',
          topicsCovered: [...TRAINING_TOPIC_IDS],
        })
        .returning({ id: trainingSessions.id });
      const mentors = inserted.filter((a) => a.role === 'mentor');
      for (let i = 0; i < mentors.length; i += 1000)
        await tx.insert(trainingAttendances).values(
          mentors.slice(i, i + 1000).map((a) => ({
            tenantId,
            trainingSessionId: session?.id ?? '',
            applicationId: a.id,
            attended: true,
          })),
        );
      return id;
    });

    const url = `${baseUrl}/trpc/matching.proposal.get?input=${encodeURIComponent(
      JSON.stringify({ organisationId: tenantId, programmeId }),
    )}`;
    let pairs = 0;
    const endToEnd = await bestOf(RUNS, async () => {
      // A fresh connection each time: a kept-alive one may be closed by the server meanwhile.
      const response = await fetch(url, {
        headers: { authorization: `Bearer ${token}`, connection: 'close' },
      });
      const body = (await response.json()) as { result: { data: { pairs: unknown[] } } };
      pairs = body.result.data.pairs.length;
    });
    const scope = { tenantId, userId: null };
    const loadPool = () =>
      unitOfWork(database.db, scope, (tx) => loadMatchingPool(tx, tenantId, programmeId));
    const load = await bestOf(RUNS, loadPool);
    const loaded = await loadPool();
    const pool = loaded.pool;
    const engine = await bestOf(RUNS, async () => cohortProposal(loaded));
    const assign = await bestOf(RUNS, async () =>
      proposeCohort(prepareMatchingPool(pool.mentors, pool.mentees, pool.settings), {
        minScore: 0,
        locks: [],
      }),
    );
    rows.push([
      `${n}×${n}`,
      ms(endToEnd),
      ms(load),
      ms(engine),
      ms(assign),
      String(pairs),
      n === 200
        ? `end to end < ${TARGET_MS_200} ms: ${endToEnd < TARGET_MS_200 ? 'PASS' : 'MISS'}`
        : '',
    ]);
  }
  console.log(`\n${kind}`);
  printTable(['size', 'end to end', 'load', 'engine', 'assign only', 'pairs', 'target'], rows);
  await new Promise((resolve) => server.close(resolve));
  await database.close();
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}

console.log(
  `Tandem cohort proposal benchmark — node ${process.version}, best of ${RUNS} after a warm-up`,
);
const kinds: Kind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
for (const kind of kinds) await benchDatabase(kind);
