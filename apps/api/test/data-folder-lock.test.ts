import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { amcheck } from '@electric-sql/pglite/contrib/amcheck';
import { DEMO_PASSWORD } from '@tandem/db';
import { createTRPCClient, httpLink } from '@trpc/client';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppRouter } from '../src/router.ts';

/**
 * The real API process, started the way a person starts it, twice on one data folder: two
 * PGlite instances on one folder each serve their own view and lose acknowledged writes.
 */

const apiDir = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'tandem-lock-'));
const running: ChildProcess[] = [];

afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

interface ApiProcess {
  child: ChildProcess;
  baseUrl: string;
  exited: Promise<number | null>;
  output(): string;
}

async function startApi(extraEnv: NodeJS.ProcessEnv = {}): Promise<ApiProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TANDEM_DATA_DIR: dataDir,
    API_PORT: String(port),
    API_HOST: '127.0.0.1',
    SEED_DEMO_DATA: 'auto',
    LOG_LEVEL: 'info',
    ...extraEnv,
  };
  for (const name of ['DATABASE_URL', 'DATABASE_OWNER_URL', 'SMTP_URL']) delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, baseUrl: `http://127.0.0.1:${port}`, exited, output: () => output };
}

/** Ready, or the exit code if the process ended first. */
async function readyOrExit(api: ApiProcess): Promise<'ready' | { exitCode: number | null }> {
  let exitCode: number | null | undefined;
  void api.exited.then((code) => {
    exitCode = code;
  });
  for (;;) {
    if (exitCode !== undefined) return { exitCode };
    try {
      if ((await fetch(`${api.baseUrl}/readyz`)).ok) return 'ready';
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function coordinatorOf(api: ApiProcess) {
  const client = (token: string | null) =>
    createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${api.baseUrl}/trpc`,
          headers: () => (token ? { authorization: `Bearer ${token}` } : {}),
        }),
      ],
    });
  const { token } = await client(null).auth.signIn.mutate({
    email: 'coordinator@debrug.example',
    password: DEMO_PASSWORD,
  });
  const signedIn = client(token);
  const me = await signedIn.auth.me.query();
  const organisationId = me?.memberships[0]?.organisationId;
  if (!organisationId) throw new Error('demo coordinator has no organisation');
  return { client: signedIn, organisationId };
}

const programmeNames = async (api: ApiProcess) => {
  const { client, organisationId } = await coordinatorOf(api);
  return (await client.programme.list.query({ organisationId })).map((p) => p.name);
};

describe.skipIf(process.env.TANDEM_TEST_DB === 'postgres')(
  'one API process per data folder',
  () => {
    it('refuses a second process on the folder, and a crash never leaves it locked', async () => {
      const first = await startApi();
      expect(await readyOrExit(first), first.output()).toBe('ready');
      const { client, organisationId } = await coordinatorOf(first);
      await client.programme.create.mutate({
        organisationId,
        name: 'Written before the second start',
        description: 'Must survive.',
        languages: ['nl'],
      });

      const second = await startApi();
      expect(await readyOrExit(second)).toEqual({ exitCode: 1 });
      expect(second.output()).toContain('is in use by another Tandem process');
      expect(second.output()).toContain(`pid ${first.child.pid}`);

      expect(await programmeNames(first)).toContain('Written before the second start');

      // Asked for a clean slate, a second process must still not touch a folder in use.
      const fresh = await startApi({ TANDEM_FRESH: '1' });
      expect(await readyOrExit(fresh)).toEqual({ exitCode: 1 });
      expect(fresh.output()).toContain('is in use by another Tandem process');
      expect(await programmeNames(first)).toContain('Written before the second start');

      first.child.kill('SIGKILL');
      await first.exited;
      const third = await startApi();
      expect(await readyOrExit(third), third.output()).toBe('ready');
      expect(await programmeNames(third)).toContain('Written before the second start');
      third.child.kill('SIGTERM');
      expect(await third.exited).toBe(0);

      const pglite = await PGlite.create(join(dataDir, 'pglite'), { extensions: { amcheck } });
      try {
        await pglite.exec('create extension if not exists amcheck');
        const checked = await pglite.query<{ n: number }>(
          `select count(bt_index_check(c.oid, true))::int as n
           from pg_index i join pg_class c on c.oid = i.indexrelid
           join pg_am am on am.oid = c.relam join pg_namespace s on s.oid = c.relnamespace
          where am.amname = 'btree' and s.nspname = 'public'`,
        );
        expect(checked.rows[0]?.n).toBeGreaterThan(0);
      } finally {
        await pglite.close();
      }

      // Once nobody holds the folder, a clean slate empties it and seeds the demo again.
      const clean = await startApi({ TANDEM_FRESH: '1' });
      expect(await readyOrExit(clean), clean.output()).toBe('ready');
      const names = await programmeNames(clean);
      expect(names).not.toContain('Written before the second start');
      expect(names.length).toBeGreaterThan(0);
      clean.child.kill('SIGTERM');
      expect(await clean.exited).toBe(0);
    }, 240_000);
  },
);
