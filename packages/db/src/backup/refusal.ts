import { existsSync, renameSync, rmSync } from 'node:fs';

/** A backup or restore that would lose data or prove nothing; the message says what to do. */
export class BackupRefusedError extends Error {
  override name = 'BackupRefusedError';
}

/** An existing file may be the only good backup there is. */
export function refuseExistingFile(file: string): void {
  if (existsSync(file)) {
    throw new BackupRefusedError(`${file} exists already; choose a new file name for the backup.`);
  }
}

/**
 * Written under a temporary name and renamed once complete, so an interrupted backup never
 * leaves a file that looks like a good one.
 */
export async function writeCompletely(
  file: string,
  write: (partial: string) => Promise<void>,
): Promise<void> {
  const partial = `${file}.partial`;
  try {
    await write(partial);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}
