import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BackupRefusedError,
  backupEmbeddedDatabase,
  backupPostgres,
  type Database,
  DataFolderInUseError,
  openEmbeddedDatabase,
  programmes,
  queryRows,
  restoreEmbeddedDatabase,
  restorePostgres,
  seedDemoData,
  unitOfWork,
} from '@tandem/db';
import {
  createEmptyPostgresTestDatabase,
  createTestDatabase,
  testDatabaseKind,
} from '@tandem/db/testing';
import { brusselsDate, CRITERIA_WITH_WORKFLOW } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../src/indicators/registry.ts';

/**
 * Backup and restore of both set-ups (docs/decisions/0016-backups.md): the demo data backed
 * up, restored into a fresh database, and every table's rows, every sequence and every
 * programme's indicators the same afterwards.
 */

const folder = mkdtempSync(join(tmpdir(), 'tandem-backup-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Passwords play no part in a backup; hashing thirty of them would only slow the test down.
const plainHash = async (password: string) => `test-hash:${password}`;
const tools = { binDir: process.env.PG_BIN_DIR };

interface Snapshot {
  rows: Record<string, number>;
  sequences: Record<string, string | null>;
  indicators: Record<string, unknown>;
}

/**
 * Rows counted as a role that row-level security does not bind, over every table the
 * catalogue lists (the migrations' own bookkeeping included); indicators computed as a
 * request does, in a unit of work as the application role, so the restored grants and
 * policies are exercised too.
 */
async function snapshot(app: Database, owner: Database): Promise<Snapshot> {
  const tables = await queryRows<{ schema: string; name: string }>(
    owner,
    sql`select n.nspname as schema, c.relname as name
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p')
          and n.nspname not in ('pg_catalog', 'information_schema')
          and n.nspname not like 'pg\\_toast%'
        order by 1, 2`,
  );
  const rows: Record<string, number> = {};
  for (const { schema, name } of tables) {
    const [row] = await queryRows<{ n: number }>(
      owner,
      sql`select count(*)::int as n from ${sql.identifier(schema)}.${sql.identifier(name)}`,
    );
    rows[`${schema}.${name}`] = Number(row?.n);
  }
  const sequences = Object.fromEntries(
    (
      await queryRows<{ name: string; last_value: string | null }>(
        owner,
        sql`select schemaname || '.' || sequencename as name, last_value::text
            from pg_sequences order by 1`,
      )
    ).map((s) => [s.name, s.last_value]),
  );
  // The demo intake and duos lie in the months around today (see the seed).
  const day = 86_400_000;
  const period = {
    start: brusselsDate(new Date(Date.now() - 365 * day).toISOString()),
    end: brusselsDate(new Date(Date.now() + 30 * day).toISOString()),
  };
  const all = await queryRows<{ tenant_id: string; id: string }>(
    owner,
    sql`select tenant_id, id from ${programmes} order by tenant_id, id`,
  );
  const indicators: Record<string, unknown> = {};
  for (const programme of all) {
    indicators[programme.id] = await unitOfWork(
      app,
      { tenantId: programme.tenant_id, userId: null },
      (tx) =>
        computeIndicators(
          tx,
          { tenantId: programme.tenant_id, programmeId: programme.id, period },
          CRITERIA_WITH_WORKFLOW,
        ),
    );
  }
  return { rows, sequences, indicators };
}

/** Guards against comparing two empty databases, which would prove nothing. */
function expectDemoData(taken: Snapshot): void {
  expect(taken.rows['public.organisations']).toBe(2);
  expect(taken.rows['public.duos']).toBeGreaterThan(0);
  expect(taken.rows['public.audit_events']).toBeGreaterThan(0);
  expect(taken.rows['drizzle.__drizzle_migrations']).toBeGreaterThan(0);
  const values = Object.values(taken.indicators).flatMap((computed) =>
    Object.values(computed as Record<string, { denominator: number }>),
  );
  expect(values.some((value) => value.denominator > 0)).toBe(true);
}

describe.runIf(testDatabaseKind() === 'pglite')('backup of the embedded database', () => {
  it('backs up a data folder into one file and restores it into a fresh folder', async () => {
    const source = join(folder, 'source');
    const file = join(folder, 'tandem.pglite.tar.gz');
    mkdirSync(source);
    const running = await openEmbeddedDatabase(source);
    await seedDemoData(running.db, plainHash);
    const before = await snapshot(running.db, running.db);
    expectDemoData(before);
    // The API holds the folder: a copy taken now could be torn, so none is taken.
    await expect(backupEmbeddedDatabase(source, file)).rejects.toThrow(DataFolderInUseError);
    await running.close();

    await backupEmbeddedDatabase(source, file);
    await expect(backupEmbeddedDatabase(source, file)).rejects.toThrow(/exists already/);

    const target = join(folder, 'target');
    await restoreEmbeddedDatabase(file, target);
    const restored = await openEmbeddedDatabase(target);
    try {
      expect(await snapshot(restored.db, restored.db)).toEqual(before);
    } finally {
      await restored.close();
    }
  }, 300_000);

  it('restores over a database only when told to, and never from a file that is no backup', async () => {
    const file = join(folder, 'tandem.pglite.tar.gz');
    const target = join(folder, 'target');
    const changed = await openEmbeddedDatabase(target);
    const before = await snapshot(changed.db, changed.db);
    await changed.db.execute(sql`delete from audit_events`);
    await changed.close();

    await expect(restoreEmbeddedDatabase(file, target)).rejects.toThrow(/is not empty/);
    const notABackup = join(folder, 'notes.txt');
    writeFileSync(notABackup, 'not a database');
    await expect(restoreEmbeddedDatabase(notABackup, target, { replace: true })).rejects.toThrow(
      BackupRefusedError,
    );

    await restoreEmbeddedDatabase(file, target, { replace: true });
    const restored = await openEmbeddedDatabase(target);
    try {
      expect(await snapshot(restored.db, restored.db)).toEqual(before);
    } finally {
      await restored.close();
    }
  }, 300_000);
});

describe.runIf(testDatabaseKind() === 'postgres')('backup of a PostgreSQL database', () => {
  it('dumps as the backup role and restores into a new database as the superuser', async () => {
    const source = await createTestDatabase();
    const target = await createEmptyPostgresTestDatabase();
    try {
      await seedDemoData(source.db, plainHash);
      const before = await snapshot(source.db, source.ownerHandle.db);
      expectDemoData(before);
      const sourceUrl = required(source.adminUrl);
      const targetUrl = required(target.adminUrl);
      const file = join(folder, 'tandem.dump');

      // The API's own role is bound by row-level security: it would dump tables without rows.
      await expect(backupPostgres(required(source.appUrl), file, tools)).rejects.toThrow(
        /bound by row-level security/,
      );
      await backupPostgres(await asBackupRole(sourceUrl), file, tools);

      await restorePostgres(file, targetUrl, {}, tools);
      expect(await snapshot(target.db, target.ownerHandle.db)).toEqual(before);

      await target.ownerHandle.db.execute(sql`delete from audit_events`);
      await expect(restorePostgres(file, targetUrl, {}, tools)).rejects.toThrow(/already holds/);
      await restorePostgres(file, targetUrl, { replace: true }, tools);
      expect(await snapshot(target.db, target.ownerHandle.db)).toEqual(before);
    } finally {
      await target.close();
      await source.close();
    }
  }, 300_000);
});

function required(url: string | null): string {
  if (!url) throw new Error('a PostgreSQL test database has its addresses');
  return url;
}

const BACKUP_ROLE = 'tandem_test_backup';
const BACKUP_PASSWORD = 'tandem-test-backup';

/** The dedicated backup role the infra README describes: BYPASSRLS, reads all data, owns nothing. */
async function asBackupRole(url: string): Promise<string> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`do $$ begin
      create role ${BACKUP_ROLE} login bypassrls password '${BACKUP_PASSWORD}';
    exception when duplicate_object then null; end $$`);
    await admin.unsafe(`grant pg_read_all_data to ${BACKUP_ROLE}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const parsed = new URL(url);
  parsed.username = BACKUP_ROLE;
  parsed.password = BACKUP_PASSWORD;
  return parsed.toString();
}
