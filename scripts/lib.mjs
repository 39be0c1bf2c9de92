// Shared by start, serve and test: only Node built-ins, because these run before
// dependencies are installed.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

// turbo looks for a `pnpm` binary on PATH; corepack shims in a project folder provide one
// without `corepack enable` (which needs write access to Node's own folder).
const shims = join(root, '.cache', 'corepack-bin');
mkdirSync(shims, { recursive: true });
execFileSync('corepack', ['enable', '--install-directory', shims, 'pnpm'], { cwd: root });
const path = `${shims}${delimiter}${process.env.PATH ?? ''}`;

/** pnpm through corepack, pinned (with its hash) by package.json's packageManager. */
export function pnpm(args, options = {}) {
  return run('corepack', ['pnpm', ...args], options);
}

export function run(command, args, { env = {}, cwd = root } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: 'inherit',
      env: {
        ...process.env,
        PATH: path,
        COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
        TURBO_TELEMETRY_DISABLED: '1',
        ...env,
      },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})`)),
    );
  });
}

export function seconds(since) {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
