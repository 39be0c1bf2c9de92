/**
 * Benchmark of the API under load (not a test: nothing here fails a build). Run from the
 * repository root: `corepack pnpm exec tsx bench/api.bench.ts`; with `TEST_DATABASE_URL` set
 * (a role that may create databases and roles, as for the tests) it runs on PostgreSQL too.
 *
 * Each database gets a fresh test database with the demo data, and two servers on loopback
 * over it: the API itself, and a bare `node:http` handler that runs the same session check,
 * membership check and programme query in the same row-level-security unit of work. The
 * ratio of the two is what tRPC, its middleware and the error shaping cost; the fixed-rate
 * runs say what a person waits at a realistic load. Every run is bounded in time and stops
 * by itself. The machine may be shared: compare ratios within one run, not across runs.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { hashPassword } from '../apps/api/src/auth/password.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import { AppError } from '../apps/api/src/errors.ts';
import { createApiServer } from '../apps/api/src/http/server.ts';
import { createLogger } from '../apps/api/src/logger.ts';
import { bearerToken } from '../apps/api/src/trpc/context.ts';
import { inMemberUnit } from '../apps/api/src/trpc/procedures.ts';
import {
  DEMO_PASSWORD,
  organisations,
  programmes,
  seedDemoData,
  unitOfWork,
} from '../packages/db/src/index.ts';
import {
  createTestDatabase,
  preparePostgresTemplate,
  type TestDatabase,
} from '../packages/db/src/testing/index.ts';

const WARM_UP_SECONDS = 2;
const RUN_SECONDS = 5;
const THROUGHPUT_CONNECTIONS = 10;
const FIXED_RATE = 200;
const FIXED_RATE_CONNECTIONS = 50;
const MIXED_READERS = 50;
const MIXED_WRITE_RATE = 20;
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 50;
/** The partner API allows 60 requests a minute per key: enough keys that none is refused. */
const PARTNER_KEYS = 40;
const PARTNER_REQUESTS_PER_KEY = 55;

type Kind = 'pglite' | 'postgres';

interface Load {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Called for every request, e.g. to give each its own idempotency key. */
  perRequest?: () => { headers: Record<string, string> };
  connections: number;
  seconds: number;
  rate?: number;
}

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  ok: number;
  failed: number;
}

async function load(spec: Load): Promise<Measured> {
  const result = await autocannon({
    url: spec.url,
    method: spec.method ?? 'GET',
    headers: spec.headers,
    body: spec.body,
    connections: spec.connections,
    duration: spec.seconds,
    ...(spec.rate ? { overallRate: spec.rate } : {}),
    ...(spec.perRequest
      ? {
          requests: [
            {
              setupRequest: (request: { headers: Record<string, string> }) => {
                const extra = spec.perRequest?.() ?? { headers: {} };
                return { ...request, headers: { ...request.headers, ...extra.headers } };
              },
            },
          ],
        }
      : {}),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    ok: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * Listens on loopback and counts the requests still being handled, so that the database is
 * closed only after the last one that a load run left behind has finished.
 */
async function listen(server: Server): Promise<{ url: string; close(): Promise<void> }> {
  const [handler] = server.listeners('request') as Array<
    (req: IncomingMessage, res: ServerResponse) => unknown
  >;
  if (!handler) throw new Error('server without a request handler');
  let inFlight = 0;
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    inFlight++;
    void Promise.resolve(handler(req, res)).finally(() => inFlight--);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
      while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/**
 * `programme.list` without tRPC: the same unit of work (session, membership, programmes)
 * behind a plain handler, as the baseline the procedure is measured against.
 */
function bareProgrammeList(database: TestDatabase): Server {
  return createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const token = bearerToken(req.headers.authorization);
    const organisationId = new URL(req.url ?? '/', 'http://bench').searchParams.get('org');
    if (!token || !organisationId) return sendJson(res, 400, { error: 'bad_request' });
    try {
      const rows = await inMemberUnit(
        database.db,
        token,
        organisationId,
        'programme.read',
        ({ tx }) => tx.select().from(programmes).orderBy(programmes.name),
      );
      sendJson(
        res,
        200,
        rows.map((row) => ({
          id: row.id,
          name: row.name,
          description: row.description,
          languages: row.languages,
          plannedDurationMonths: row.plannedDurationMonths,
          shorterDurationReason: row.shorterDurationReason,
          minContactFrequencyDays: row.minContactFrequencyDays,
          updatedAt: row.updatedAt.toISOString(),
        })),
      );
    } catch (error) {
      sendJson(res, error instanceof AppError ? 403 : 500, { error: 'refused' });
    }
  });
}

async function trpc<T>(
  baseUrl: string,
  path: string,
  token: string | null,
  input: unknown,
  kind: 'query' | 'mutation',
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response =
    kind === 'query'
      ? await fetch(`${baseUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, {
          headers,
        })
      : await fetch(`${baseUrl}/trpc/${path}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input),
        });
  const body = (await response.json()) as { result?: { data: T }; error?: unknown };
  if (!body.result) throw new Error(`${path} failed: ${JSON.stringify(body.error)}`);
  return body.result.data;
}

const signIn = async (baseUrl: string, email: string) =>
  (
    await trpc<{ token: string }>(
      baseUrl,
      'auth.signIn',
      null,
      { email, password: DEMO_PASSWORD },
      'mutation',
    )
  ).token;

/** Round robin over fresh API keys, each used below the per-minute limit. */
function partnerKeyRotation(keys: string[]) {
  let sent = 0;
  return () => {
    const index = Math.floor(sent / PARTNER_REQUESTS_PER_KEY);
    const key = keys[index];
    if (!key) throw new Error('bench ran out of partner API keys');
    sent++;
    return {
      headers: {
        authorization: `Bearer ${key}`,
        'idempotency-key': `bench-${process.pid}-${sent}`,
      },
    };
  };
}

interface Row {
  label: string;
  measured: Measured;
}

const fmt = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));

/**
 * Partner POSTs sent one at a time at about MIXED_WRITE_RATE while the readers flood the API,
 * each timed from send to answer. A second autocannon run in the same process as the first
 * (and as the server) got no answer at all within the run under a 50-connection flood, which
 * measured the load generator rather than the API.
 */
async function probePartnerPosts(
  url: string,
  body: string,
  next: () => { headers: Record<string, string> },
): Promise<Measured> {
  const latencies: number[] = [];
  let failed = 0;
  const until = performance.now() + RUN_SECONDS * 1000;
  while (performance.now() < until) {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...next().headers },
      body,
    });
    await response.arrayBuffer();
    const took = performance.now() - started;
    if (response.status === 201) latencies.push(took);
    else failed++;
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, 1000 / MIXED_WRITE_RATE - took)),
    );
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    rps: latencies.length / RUN_SECONDS,
    p50: at(0.5),
    p99: at(0.99),
    max: sorted.at(-1) ?? 0,
    ok: latencies.length,
    failed,
  };
}

function printRows(title: string, rows: Row[]) {
  console.log(`\n${title}`);
  console.log(
    '  run                                   req/s   p50 ms   p99 ms   max ms   2xx  failed',
  );
  for (const { label, measured: m } of rows) {
    console.log(
      `  ${label.padEnd(36)} ${fmt(m.rps).padStart(6)} ${fmt(m.p50).padStart(8)} ${fmt(m.p99).padStart(8)} ${fmt(m.max).padStart(8)} ${String(m.ok).padStart(5)} ${String(m.failed).padStart(7)}`,
    );
  }
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

async function benchDatabase(kind: Kind): Promise<boolean> {
  process.env.TANDEM_TEST_DB = kind;
  if (kind === 'postgres') await preparePostgresTemplate();
  const database = await createTestDatabase();
  await seedDemoData(database.db, hashPassword);
  const api = createApiServer(
    database.db,
    loadConfig({ WEB_URL: 'http://web.test' }),
    createLogger('silent'),
  );
  const bare = bareProgrammeList(database);
  const apiListener = await listen(api);
  const bareListener = await listen(bare);
  const apiUrl = apiListener.url;
  const bareUrl = bareListener.url;
  try {
    const deBrug = (
      await unitOfWork(database.db, { tenantId: null, userId: null }, (tx) =>
        tx.select().from(organisations),
      )
    ).find((organisation) => organisation.slug === 'de-brug');
    if (!deBrug) throw new Error('demo organisation de-brug missing');
    const coordinator = await signIn(apiUrl, 'coordinator@debrug.example');
    const partnerToken = await signIn(apiUrl, 'partner@vdab.example');
    const [partner] = await trpc<Array<{ id: string }>>(
      apiUrl,
      'partner.mine',
      partnerToken,
      undefined,
      'query',
    );
    if (!partner) throw new Error('demo partner missing');
    const [linked] = await trpc<Array<{ programmes: Array<{ id: string }> }>>(
      apiUrl,
      'partner.organisations',
      partnerToken,
      { partnerId: partner.id },
      'query',
    );
    const programmeId = linked?.programmes[0]?.id;
    if (!programmeId) throw new Error('demo partner link missing');
    const keys: string[] = [];
    for (let i = 0; i < PARTNER_KEYS; i++) {
      const created = await trpc<{ key: string }>(
        apiUrl,
        'partner.apiKeys.create',
        partnerToken,
        { partnerId: partner.id, name: `bench ${i}` },
        'mutation',
      );
      keys.push(created.key);
    }
    const nextPartnerRequest = partnerKeyRotation(keys);

    const auth = { authorization: `Bearer ${coordinator}` };
    const listUrl = `${apiUrl}/trpc/programme.list?input=${encodeURIComponent(JSON.stringify({ organisationId: deBrug.id }))}`;
    const bareListUrl = `${bareUrl}/?org=${deBrug.id}`;
    const referral = JSON.stringify({
      organisationSlug: 'de-brug',
      programmeId,
      person: {
        name: 'Noor Aerts',
        email: 'noor.aerts@example.org',
        phone: null,
        preferredLanguage: 'nl',
      },
      needs: 'Zoekt werk als boekhouder.',
      consent: { givenAt: new Date(Date.now() - 3_600_000).toISOString(), textVersion: 'bench' },
    });
    const partnerPost = (rate: number, seconds: number, connections: number): Load => ({
      url: `${apiUrl}/partner/v1/referrals`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: referral,
      perRequest: nextPartnerRequest,
      connections,
      seconds,
      rate,
    });

    await load({ url: bareListUrl, headers: auth, connections: 4, seconds: WARM_UP_SECONDS });
    await load({ url: listUrl, headers: auth, connections: 4, seconds: WARM_UP_SECONDS });
    await load(partnerPost(20, 1, 2));

    const throughputLoad = { connections: THROUGHPUT_CONNECTIONS, seconds: RUN_SECONDS };
    const bareRun = await load({ url: bareListUrl, headers: auth, ...throughputLoad });
    const trpcRun = await load({ url: listUrl, headers: auth, ...throughputLoad });
    const fixedLoad = { connections: FIXED_RATE_CONNECTIONS, seconds: RUN_SECONDS };
    const listFixed = await load({ url: listUrl, headers: auth, rate: FIXED_RATE, ...fixedLoad });
    const partnerFixed = await load(partnerPost(FIXED_RATE, RUN_SECONDS, FIXED_RATE_CONNECTIONS));
    const [mixedReads, mixedWrites] = await Promise.all([
      load({ url: listUrl, headers: auth, connections: MIXED_READERS, seconds: RUN_SECONDS }),
      probePartnerPosts(`${apiUrl}/partner/v1/referrals`, referral, nextPartnerRequest),
    ]);

    printRows(`${kind}`, [
      { label: `bare handler, ${THROUGHPUT_CONNECTIONS} connections`, measured: bareRun },
      { label: `programme.list, ${THROUGHPUT_CONNECTIONS} connections`, measured: trpcRun },
      { label: `programme.list at ${FIXED_RATE}/s`, measured: listFixed },
      { label: `partner POST at ${FIXED_RATE}/s`, measured: partnerFixed },
      { label: `mixed: programme.list, ${MIXED_READERS} conn.`, measured: mixedReads },
      { label: `mixed: partner POST, ≤${MIXED_WRITE_RATE}/s`, measured: mixedWrites },
    ]);
    const ratio = trpcRun.rps / bareRun.rps;
    const checks: Array<[string, boolean]> = [
      [
        `programme.list / bare handler throughput ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO})`,
        ratio >= TARGET_RATIO,
      ],
    ];
    if (kind === 'postgres') {
      checks.push(
        [
          `programme.list p99 at ${FIXED_RATE}/s ${fmt(listFixed.p99)} ms (target < ${TARGET_P99_MS} ms)`,
          listFixed.p99 < TARGET_P99_MS && listFixed.failed === 0,
        ],
        [
          `partner POST p99 at ${FIXED_RATE}/s ${fmt(partnerFixed.p99)} ms (target < ${TARGET_P99_MS} ms)`,
          partnerFixed.p99 < TARGET_P99_MS && partnerFixed.failed === 0,
        ],
      );
    }
    for (const [label, ok] of checks) console.log(`  ${verdict(ok)}  ${label}`);
    return checks.every(([, ok]) => ok);
  } finally {
    await apiListener.close();
    await bareListener.close();
    await database.close();
  }
}

const kinds: Kind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
console.log(
  `API under load: ${RUN_SECONDS} s per run on loopback; throughput with ${THROUGHPUT_CONNECTIONS} connections, fixed rate with ${FIXED_RATE_CONNECTIONS}.`,
);
if (!process.env.TEST_DATABASE_URL) console.log('(TEST_DATABASE_URL not set: PGlite only)');
let allPassed = true;
for (const kind of kinds) allPassed = (await benchDatabase(kind)) && allPassed;
console.log(`\n${allPassed ? 'all targets met' : 'some targets missed'}`);
