// `npm run backup -- <file>` and `npm run restore -- <file> [--replace]`, for the set-up the
// API is configured for (docs/decisions/0016-backups.md, README "Backups").
import { resolve } from 'node:path';
import {
  BackupRefusedError,
  backupEmbeddedDatabase,
  backupPostgres,
  DataFolderInUseError,
  restoreEmbeddedDatabase,
  restorePostgres,
} from '@tandem/db';
import { z } from 'zod';
import { loadConfig } from '../config.ts';

const BackupEnv = z.object({
  /** The superuser or tandem_backup: a role that row-level security does not bind. */
  DATABASE_BACKUP_URL: z.string().url().optional(),
  /** The superuser, on the (new, empty) database to restore into. */
  DATABASE_RESTORE_URL: z.string().url().optional(),
  PG_BIN_DIR: z.string().optional(),
});

const Args = z.union([
  z.tuple([z.literal('backup'), z.string().min(1)]),
  z.tuple([z.literal('restore'), z.string().min(1)]),
  z.tuple([z.literal('restore'), z.string().min(1), z.literal('--replace')]),
]);

const USAGE = 'Usage: npm run backup -- <file>\n       npm run restore -- <file> [--replace]';

async function main(argv: string[]): Promise<void> {
  const args = Args.safeParse(argv);
  if (!args.success) throw new BackupRefusedError(USAGE);
  const [command, name, replace] = args.data;
  // npm runs scripts from the repository's root; a file is meant from where npm was called.
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), name);
  const config = loadConfig(process.env);
  const env = BackupEnv.parse(process.env);
  const tools = { binDir: env.PG_BIN_DIR };

  if (command === 'backup') {
    if (env.DATABASE_BACKUP_URL) {
      await backupPostgres(env.DATABASE_BACKUP_URL, file, tools);
    } else if (config.databaseUrl) {
      throw new BackupRefusedError(
        'DATABASE_URL is a role that row-level security binds, by design: it cannot read every row. ' +
          'Set DATABASE_BACKUP_URL to the superuser or to tandem_backup (see infra/README.md).',
      );
    } else {
      await backupEmbeddedDatabase(config.pgliteDataDir, file);
    }
    console.log(`Backed up to ${file}.`);
    return;
  }
  if (env.DATABASE_RESTORE_URL) {
    await restorePostgres(
      file,
      env.DATABASE_RESTORE_URL,
      { replace: replace !== undefined },
      tools,
    );
  } else if (config.databaseUrl) {
    throw new BackupRefusedError(
      'Set DATABASE_RESTORE_URL to the superuser on the new, empty database to restore into.',
    );
  } else {
    await restoreEmbeddedDatabase(file, config.pgliteDataDir, { replace: replace !== undefined });
  }
  console.log(`Restored ${file}.`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof BackupRefusedError || error instanceof DataFolderInUseError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
