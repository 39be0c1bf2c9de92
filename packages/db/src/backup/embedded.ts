import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { emptyLockedDataFolder, isLockClaim, lockDataFolder } from '../data-folder-lock.ts';
import { BackupRefusedError, refuseExistingFile, writeCompletely } from './refusal.ts';

/**
 * The embedded database into one file, through PGlite's own dump of its data folder
 * (docs/decisions/0016-backups.md). The folder's lock is taken first, so a running API makes
 * this refuse (ADR 0008); under the lock the folder is at rest and is copied, and the copy,
 * not the folder, is opened and dumped: the lock's sockets are no files a dump can hold, and
 * the API may start again as soon as the copy is taken.
 */
export async function backupEmbeddedDatabase(dataDir: string, file: string): Promise<void> {
  refuseExistingFile(file);
  if (!holdsDatabase(dataDir)) {
    throw new BackupRefusedError(`There is no embedded database in ${dataDir} to back up.`);
  }
  // Beside the backup: the same file system, which must have room for the backup anyway.
  const copy = mkdtempSync(join(dirname(file), '.tandem-backup-'));
  try {
    const lock = await lockDataFolder(dataDir);
    try {
      cpSync(dataDir, copy, { recursive: true, filter: (path) => !isLockClaim(basename(path)) });
    } finally {
      await lock.release();
    }
    const client = await PGlite.create(copy);
    let archive: Blob;
    try {
      archive = await client.dumpDataDir('gzip');
    } finally {
      await client.close();
    }
    const bytes = new Uint8Array(await archive.arrayBuffer());
    await writeCompletely(file, async (partial) => writeFileSync(partial, bytes, { flag: 'wx' }));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * A backup file into a data folder, under the folder's lock. A folder holding anything is
 * only replaced when asked, and only after the file has been opened as a Tandem database, so
 * a wrong or damaged file never costs the database that was there.
 */
export async function restoreEmbeddedDatabase(
  file: string,
  dataDir: string,
  options: { replace?: boolean } = {},
): Promise<void> {
  const archive = readArchive(file);
  mkdirSync(dataDir, { recursive: true });
  const lock = await lockDataFolder(dataDir);
  try {
    const occupied = holdsDatabase(dataDir);
    if (occupied && options.replace !== true) {
      throw new BackupRefusedError(
        `${dataDir} is not empty. Restore into a new folder (TANDEM_DATA_DIR), or pass --replace to replace what is there.`,
      );
    }
    await refuseUnlessTandemBackup(archive, file);
    if (occupied) emptyLockedDataFolder(dataDir);
    const client = await PGlite.create({ dataDir, loadDataDir: archive });
    await client.close();
  } finally {
    await lock.release();
  }
}

function holdsDatabase(dataDir: string): boolean {
  try {
    return readdirSync(dataDir).some((name) => !isLockClaim(name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Unpacked here rather than by PGlite, which reports a damaged file as an unhandled
 * rejection instead of an error of the restore.
 */
function readArchive(file: string): Blob {
  let tar: Buffer;
  try {
    tar = gunzipSync(readFileSync(file));
  } catch (cause) {
    throw new BackupRefusedError(`${file} is not a backup made by npm run backup.`, { cause });
  }
  if (tar.subarray(257, 262).toString('latin1') !== 'ustar') {
    throw new BackupRefusedError(`${file} is not a backup made by npm run backup.`);
  }
  return new Blob([new Uint8Array(tar)], { type: 'application/x-tar' });
}

async function refuseUnlessTandemBackup(archive: Blob, file: string): Promise<void> {
  const refusal = new BackupRefusedError(
    `${file} is not a backup of Tandem's embedded database (made by npm run backup).`,
  );
  const client = await PGlite.create({ loadDataDir: archive }).catch((cause: unknown) => {
    throw Object.assign(refusal, { cause });
  });
  try {
    await client.query('select 1 from drizzle.__drizzle_migrations limit 1');
  } catch (cause) {
    throw Object.assign(refusal, { cause });
  } finally {
    await client.close();
  }
}
