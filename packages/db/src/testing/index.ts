import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { type DatabaseHandle, openPostgres, wrapPglite } from '../client.ts';
import { migratePgliteClient, migratePostgresUrl, migrationsFolder } from '../migrate.ts';
import { APPLICATION_ROLE } from '../unit-of-work.ts';

/**
 * Test databases, real ones: PGlite by default, PostgreSQL when the test project sets
 * TANDEM_TEST_DB=postgres (with TEST_DATABASE_URL pointing at a role that may create
 * databases and roles). Each call gives a fresh, migrated database.
 */
export type TestDatabaseKind = 'pglite' | 'postgres';

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.TANDEM_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

let pgliteTemplate: Promise<PGlite> | undefined;

/** Migrating takes seconds, cloning well under one: migrate once per worker, clone per test. */
function migratedPgliteTemplate(): Promise<PGlite> {
  pgliteTemplate ??= (async () => {
    const client = await PGlite.create();
    await migratePgliteClient(client);
    return client;
  })();
  return pgliteTemplate;
}

/**
 * Named after the migrations it holds, so parallel test processes share one template and a
 * changed migration gets a new one instead of a stale copy.
 */
function templateDatabaseName(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsFolder)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    hash.update(readFileSync(join(migrationsFolder, file)));
  }
  return `tandem_test_tpl_${hash.digest('hex').slice(0, 12)}`;
}
const TEMPLATE_DATABASE = templateDatabaseName();
const TEST_LOGIN_ROLE = 'tandem_test_api';
const TEST_LOGIN_PASSWORD = 'tandem-test-api';

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TANDEM_TEST_DB=postgres needs TEST_DATABASE_URL');
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function withLogin(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = password;
  return parsed.toString();
}

/**
 * Builds the migrated template database and the unprivileged login role once per test run
 * (vitest globalSetup). An advisory lock keeps parallel test processes from racing.
 */
export async function preparePostgresTemplate(): Promise<void> {
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin`select pg_advisory_lock(727274)`;
    const existing = await admin`select 1 from pg_database where datname = ${TEMPLATE_DATABASE}`;
    if (existing.length === 0) {
      // Built under another name and renamed when complete: an interrupted run leaves no
      // half-migrated template behind under the real name.
      const building = `${TEMPLATE_DATABASE}_building`;
      await admin.unsafe(`drop database if exists ${building}`);
      await admin.unsafe(`create database ${building}`);
      await migratePostgresUrl(withDatabase(adminUrl(), building));
      await admin.unsafe(`alter database ${building} rename to ${TEMPLATE_DATABASE}`);
    }
    const role = await admin`select 1 from pg_roles where rolname = ${TEST_LOGIN_ROLE}`;
    if (role.length === 0) {
      await admin.unsafe(
        `create role ${TEST_LOGIN_ROLE} login nosuperuser nobypassrls password '${TEST_LOGIN_PASSWORD}'`,
      );
    }
    await admin.unsafe(`grant ${APPLICATION_ROLE} to ${TEST_LOGIN_ROLE}`);
  } finally {
    await admin`select pg_advisory_unlock(727274)`;
    await admin.end({ timeout: 5 });
  }
}

export interface TestDatabase extends DatabaseHandle {
  /** A second handle with the owner's rights, for test set-up that the app role may not do. */
  ownerHandle: DatabaseHandle;
  /** PostgreSQL only: the database's address as the test server's admin role, for pg_dump. */
  adminUrl: string | null;
  /** PostgreSQL only: its address as the unprivileged login role the API would use. */
  appUrl: string | null;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDatabaseKind() === 'pglite') {
    const client = (await (await migratedPgliteTemplate()).clone()) as PGlite;
    const handle = wrapPglite(client);
    return { ...handle, ownerHandle: handle, adminUrl: null, appUrl: null };
  }
  return createPostgresTestDatabase(TEMPLATE_DATABASE);
}

/**
 * A database on the PostgreSQL test server without migrations, for a test that fills it
 * itself (restoring a backup into it). The application role is there all the same: roles
 * belong to the server.
 */
export function createEmptyPostgresTestDatabase(): Promise<TestDatabase> {
  return createPostgresTestDatabase(null);
}

async function createPostgresTestDatabase(template: string | null): Promise<TestDatabase> {
  const name = `tandem_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}${template ? ` template ${template}` : ''}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = withDatabase(adminUrl(), name);
  const appUrl = withLogin(url, TEST_LOGIN_ROLE, TEST_LOGIN_PASSWORD);
  const app = openPostgres(appUrl, { max: 4 });
  const owner = openPostgres(url, { max: 1 });
  return {
    ...app,
    ownerHandle: owner,
    adminUrl: url,
    appUrl,
    close: async () => {
      await app.close();
      await owner.close();
      const dropper = postgres(adminUrl(), { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}
