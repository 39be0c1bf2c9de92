import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFolderInUseError, lockDataFolder } from '../src/data-folder-lock.ts';

const root = mkdtempSync(join(tmpdir(), 'tandem-lock-'));
let folders = 0;
const newFolder = (name = `d${++folders}`) => {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What a process killed with SIGKILL leaves: its socket file, with nobody listening. */
function leaveDeadClaim(dir: string, name: string) {
  const result = spawnSync(process.execPath, [
    '-e',
    "require('node:net').createServer().listen(process.argv[1], () => process.kill(process.pid, 'SIGKILL'))",
    join(dir, name),
  ]);
  expect(result.signal).toBe('SIGKILL');
  expect(existsSync(join(dir, name))).toBe(true);
}

const claims = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('tandem-api-'));

describe.skipIf(process.env.TANDEM_TEST_DB === 'postgres')('data folder lock', () => {
  it('refuses a second holder until the first releases', async () => {
    const dir = newFolder();
    const first = await lockDataFolder(dir);
    const refused = await lockDataFolder(dir).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DataFolderInUseError);
    expect((refused as DataFolderInUseError).holderPid).toBe(process.pid);
    await first.release();
    expect(claims(dir)).toEqual([]);
    await (await lockDataFolder(dir)).release();
  });

  it('clears the claims of killed processes and gives the folder to exactly one of several starting together', async () => {
    const dir = newFolder();
    leaveDeadClaim(dir, 'tandem-api-0123456789abcdef.lock');
    leaveDeadClaim(dir, 'tandem-api-fedcba9876543210.binding');
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => lockDataFolder(dir)));
    const held = outcomes.filter((o) => o.status === 'fulfilled');
    expect(held).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected')
        expect(outcome.reason).toBeInstanceOf(DataFolderInUseError);
    }
    expect(claims(dir)).toHaveLength(1);
    expect(claims(dir)[0]).toMatch(/^tandem-api-[0-9a-f]{16}\.lock$/);
    await held[0]?.value.release();
    expect(claims(dir)).toEqual([]);
  });

  it('puts the lock in the folder however long its path', async () => {
    const dir = newFolder(`${'long-folder-name-'.repeat(8)}/pglite`);
    expect(dir.length).toBeGreaterThan(110);
    const lock = await lockDataFolder(dir);
    expect(claims(dir)).toHaveLength(1);
    await expect(lockDataFolder(dir)).rejects.toBeInstanceOf(DataFolderInUseError);
    await lock.release();
  });
});
