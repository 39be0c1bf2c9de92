import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { APPLICATION_ROLE } from '../unit-of-work.ts';
import { BackupRefusedError, refuseExistingFile, writeCompletely } from './refusal.ts';

/** Where pg_dump and pg_restore are; without it they are looked up on PATH. */
export interface PostgresTools {
  binDir?: string;
}

/**
 * pg_dump in custom format, as a role that row-level security does not bind: the superuser,
 * or `tandem_backup` (BYPASSRLS, a member of pg_read_all_data). Any other role would either
 * stop at the first table under FORCE ROW LEVEL SECURITY or, with --enable-row-security,
 * write a dump without the rows it may not see (docs/decisions/0016-backups.md).
 */
export async function backupPostgres(
  url: string,
  file: string,
  tools: PostgresTools = {},
): Promise<void> {
  refuseExistingFile(file);
  const role = await connectedRole(url);
  if (!role.rolsuper && !role.rolbypassrls) {
    throw new BackupRefusedError(
      `The role "${role.name}" is bound by row-level security and cannot read every row. ` +
        'Back up as the superuser or as tandem_backup (BYPASSRLS, member of pg_read_all_data): set DATABASE_BACKUP_URL.',
    );
  }
  await writeCompletely(file, async (partial) => {
    await run(tools, 'pg_dump', ['--format=custom', '--no-password', `--file=${partial}`], url);
  });
}

/**
 * pg_restore into an empty database, in one transaction, as the superuser: tables come back
 * with FORCE ROW LEVEL SECURITY before their rows, which only a role that bypasses it can
 * load. Owners and the application role's grants are in the dump; the roles are not (they
 * belong to the server), so a missing one is named before anything is written.
 */
export async function restorePostgres(
  file: string,
  url: string,
  options: { replace?: boolean } = {},
  tools: PostgresTools = {},
): Promise<void> {
  if (!existsSync(file)) throw new BackupRefusedError(`There is no backup file ${file}.`);
  const role = await connectedRole(url);
  if (!role.rolsuper) {
    throw new BackupRefusedError(
      `The role "${role.name}" is not a superuser; restore as the superuser (DATABASE_RESTORE_URL).`,
    );
  }
  if (role.tables > 0 && options.replace !== true) {
    throw new BackupRefusedError(
      `The database "${role.database}" already holds ${role.tables} tables. Restore into a new, empty ` +
        'database (createdb, then infra/postgres/init/01-roles.sql on it), or pass --replace to replace what the backup holds.',
    );
  }
  const listing = await run(tools, 'pg_restore', ['--list', file], null);
  const missing = await missingRoles(url, [APPLICATION_ROLE, ...ownersIn(listing)]);
  if (missing.length > 0) {
    throw new BackupRefusedError(
      `The server lacks the roles ${missing.join(', ')} that own or are granted the backup's objects. ` +
        'Create them first (infra/postgres/init/01-roles.sql), then restore again.',
    );
  }
  await run(
    tools,
    'pg_restore',
    [
      '--exit-on-error',
      '--single-transaction',
      '--no-password',
      ...(options.replace === true ? ['--clean', '--if-exists'] : []),
      `--dbname=${role.database}`,
      file,
    ],
    url,
  );
  // pg_restore brings no planner statistics; the indicators' plans depend on them.
  await withClient(url, (sql) => sql`analyze`);
}

interface ConnectedRole {
  name: string;
  rolsuper: boolean;
  rolbypassrls: boolean;
  database: string;
  tables: number;
}

function connectedRole(url: string): Promise<ConnectedRole> {
  return withClient(url, async (sql) => {
    const [row] = await sql<ConnectedRole[]>`
      select r.rolname as name, r.rolsuper, r.rolbypassrls, current_database() as database,
        (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where c.relkind in ('r', 'p')
           and n.nspname not in ('pg_catalog', 'information_schema')
           and n.nspname not like 'pg\\_toast%') as tables
      from pg_roles r where r.rolname = current_user`;
    if (!row) throw new Error('current role not found in pg_roles');
    return row;
  });
}

function missingRoles(url: string, roles: string[]): Promise<string[]> {
  return withClient(url, async (sql) => {
    const rows = await sql<{ name: string }[]>`
      select wanted_role as name from unnest(${[...new Set(roles)]}::text[]) as wanted(wanted_role)
      where not exists (select 1 from pg_roles where rolname = wanted_role)
      order by 1`;
    return rows.map((row) => row.name);
  });
}

/** The owner ends each entry of `pg_restore --list` (`id; oid oid TYPE schema name owner`). */
function ownersIn(listing: string): string[] {
  return listing
    .split('\n')
    .filter((line) => /^\d+;/.test(line))
    .map((line) => line.trim().split(/\s+/).at(-1) ?? '')
    .filter((owner) => owner !== '' && owner !== '-');
}

async function withClient<T>(url: string, use: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await use(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Runs a PostgreSQL client tool with the connection in its environment, never on its command
 * line, where every user of the machine could read the password. Resolves with its output.
 */
function run(
  tools: PostgresTools,
  tool: 'pg_dump' | 'pg_restore',
  args: string[],
  url: string | null,
): Promise<string> {
  const command = tools.binDir ? join(tools.binDir, tool) : tool;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...(url ? connectionEnvironment(url) : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', (error) =>
      reject(
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? new BackupRefusedError(
              `${command} was not found; install the PostgreSQL client tools (at least the server's version) or set PG_BIN_DIR.`,
            )
          : error,
      ),
    );
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${tool} failed (exit ${code}): ${stderr.trim()}`));
    });
  });
}

function connectionEnvironment(url: string): Record<string, string> {
  const parsed = new URL(url);
  const env: Record<string, string> = {
    PGHOST: parsed.searchParams.get('host') ?? decodeURIComponent(parsed.hostname),
    PGPORT: parsed.port || '5432',
    PGDATABASE: decodeURIComponent(parsed.pathname.replace(/^\//, '')),
    PGUSER: decodeURIComponent(parsed.username),
  };
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
  const sslmode = parsed.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}
