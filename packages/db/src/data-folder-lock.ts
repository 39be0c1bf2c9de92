import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, readdirSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';

export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number | null,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Tandem process${holderPid ? ` (pid ${holderPid})` : ''}. ` +
        'The embedded database serves one process only. Stop the other process first, or start this one ' +
        'with another data folder (TANDEM_DATA_DIR), then try again.',
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface DataFolderLock {
  release(): Promise<void>;
}

type State = 'contending' | 'holding';
type Answer = { kind: 'live'; pid: number | null; state: State } | { kind: 'dead' };

/** A claim in the folder: `.binding` while its socket is set up, `.lock` once it answers. */
const CLAIM = /^tandem-api-[0-9a-f]{16}\.(binding|lock)$/;

/**
 * An exclusive lock on a data folder that ends with the process, however it ends (kill -9
 * included): Unix sockets listening in the folder. A socket whose process is gone refuses
 * connections, so a left-over claim is recognised without trusting process ids, and as every
 * claim has a name of its own, removing a dead one can never remove a live one.
 * See docs/decisions/0008-one-process-per-embedded-data-folder.md.
 */
export async function lockDataFolder(dataDir: string): Promise<DataFolderLock> {
  if (process.platform === 'win32') return lockNamedPipe(dataDir);
  const folder = socketFolder(dataDir);
  try {
    for (let attempt = 0; attempt < 20; attempt++) {
      const outcome = await claim(dataDir, folder);
      if (outcome.kind === 'locked') return outcome.lock;
      if (outcome.kind === 'held') throw new DataFolderInUseError(dataDir, outcome.pid);
      // Processes starting at the same moment saw each other: all step back, at random.
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 200));
    }
    throw new DataFolderInUseError(dataDir, null);
  } catch (error) {
    folder.close();
    throw error;
  }
}

/** A file of the lock itself, not of the database: backups leave these out. */
export function isLockClaim(name: string): boolean {
  return CLAIM.test(name);
}

/** Removes everything in a folder this process has locked, except the lock's own claims. */
export function emptyLockedDataFolder(dataDir: string): void {
  for (const name of readdirSync(dataDir)) {
    if (!isLockClaim(name)) rmSync(join(dataDir, name), { recursive: true, force: true });
  }
}

type Outcome =
  | { kind: 'locked'; lock: DataFolderLock }
  | { kind: 'held'; pid: number | null }
  | { kind: 'contended' };

/**
 * Announce a claim, then look at every other one. Whoever announces second sees the first
 * (its claim stays until it ends), so two processes can never both find the folder free.
 */
async function claim(dataDir: string, folder: SocketFolder): Promise<Outcome> {
  const id = randomBytes(8).toString('hex');
  const binding = `tandem-api-${id}.binding`;
  const announced = `tandem-api-${id}.lock`;
  let state: State = 'contending';
  const server = await listen(folder.address(binding), () => `${process.pid} ${state}`);
  const withdraw = async () => {
    rmSync(join(dataDir, announced), { force: true });
    await new Promise((resolve) => server.close(resolve));
  };
  // Announced only once listening: a claim under a .lock name that refuses is truly dead.
  try {
    renameSync(join(dataDir, binding), join(dataDir, announced));
  } catch (error) {
    await withdraw();
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'contended' };
    throw error;
  }
  let contended = false;
  for (const name of readdirSync(dataDir)) {
    if (name === announced || !CLAIM.test(name)) continue;
    const answer = await ask(folder.address(name));
    if (answer.kind === 'dead') rmSync(join(dataDir, name), { force: true });
    // A claim still binding announces after us and will see ours.
    else if (name.endsWith('.binding')) continue;
    else if (answer.state === 'holding') {
      await withdraw();
      return { kind: 'held', pid: answer.pid };
    } else contended = true;
  }
  if (contended) {
    await withdraw();
    return { kind: 'contended' };
  }
  state = 'holding';
  return {
    kind: 'locked',
    lock: {
      release: async () => {
        await withdraw();
        folder.close();
      },
    },
  };
}

/** Named pipes are not files: the name itself is exclusive and ends with its process. */
async function lockNamedPipe(dataDir: string): Promise<DataFolderLock> {
  const key = createHash('sha256').update(realpathSync(dataDir).toLowerCase()).digest('hex');
  const address = `\\\\.\\pipe\\tandem-api-${key.slice(0, 32)}`;
  const server = await listen(address, () => `${process.pid} holding`).catch((error) => {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return null;
  });
  if (!server) {
    const answer = await ask(address);
    throw new DataFolderInUseError(dataDir, answer.kind === 'live' ? answer.pid : null);
  }
  return { release: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface SocketFolder {
  address(name: string): string;
  close(): void;
}

/** Longest socket path every platform takes (macOS: 104 bytes with the terminating zero). */
const MAX_SOCKET_PATH = 103;

/**
 * Socket paths are limited to about a hundred bytes, and longer ones are silently cut short.
 * On Linux the folder is reached through an open descriptor, so the sockets sit in the folder
 * whatever its path.
 */
function socketFolder(dataDir: string): SocketFolder {
  if (process.platform === 'linux') {
    const fd = openSync(dataDir, 'r');
    return { address: (name) => `/proc/self/fd/${fd}/${name}`, close: () => closeSync(fd) };
  }
  return {
    address: (name) => {
      const path = join(dataDir, name);
      if (Buffer.byteLength(path) > MAX_SOCKET_PATH)
        throw new Error(
          `The data folder path ${dataDir} is too long for its lock; use a shorter one.`,
        );
      return path;
    },
    close() {},
  };
}

function listen(address: string, answer: () => string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => {
      socket.on('error', () => {});
      socket.end(answer());
    });
    server.once('error', reject);
    server.listen(address, () => {
      server.unref();
      resolve(server);
    });
  });
}

/** A socket with a live process behind it accepts the connection and says who it is. */
function ask(address: string): Promise<Answer> {
  return new Promise((resolve) => {
    let reply = '';
    const socket = connect(address);
    // A process that is stopped, or busy for a while, accepts but does not answer yet; it
    // is alive, and counted as the holder.
    const silent = setTimeout(() => socket.destroy(), 2_000);
    socket.on('data', (chunk) => {
      reply += chunk;
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(silent);
      if (error.code === 'ECONNREFUSED' || error.code === 'ENOENT') resolve({ kind: 'dead' });
      else resolve({ kind: 'live', pid: null, state: 'holding' });
    });
    socket.on('close', () => {
      clearTimeout(silent);
      const [pid, state] = reply.split(' ');
      const parsedPid = Number.parseInt(pid ?? '', 10);
      resolve({
        kind: 'live',
        pid: Number.isInteger(parsedPid) ? parsedPid : null,
        state: state === 'contending' ? 'contending' : 'holding',
      });
    });
  });
}
