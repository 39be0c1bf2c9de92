// Starts the built API, tenant app and admin console, and stops all three together.
// The API starts first: it opens (and on first run migrates and seeds) the database.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { root } from './lib.mjs';

const apiPort = Number(process.env.API_PORT ?? 3100);
const webPort = Number(process.env.WEB_PORT ?? 3000);
const adminPort = Number(process.env.ADMIN_PORT ?? 3001);
const dataDir = resolve(root, process.env.TANDEM_DATA_DIR ?? '.data');
const apiUrl = `http://127.0.0.1:${apiPort}`;
const webUrl = process.env.WEB_URL ?? `http://localhost:${webPort}`;

const children = [];

function start(name, script, env) {
  // Same process group as this script: Ctrl+C in a terminal, or a test runner killing the
  // group, reaches every server even if this script is killed outright.
  const child = spawn(process.execPath, [script], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? code}); stopping everything.`);
      stop(1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitUntilReady(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not become ready in ${timeoutMs / 1000} s`);
}

start('api', join(root, 'apps/api/dist/main.js'), {
  API_PORT: String(apiPort),
  TANDEM_DATA_DIR: dataDir,
  WEB_URL: webUrl,
});
await waitUntilReady(`${apiUrl}/readyz`, 60_000);
start('web', join(root, 'apps/web/build/start.js'), { PORT: String(webPort), API_URL: apiUrl });
start('admin', join(root, 'apps/admin/build/start.js'), {
  PORT: String(adminPort),
  API_URL: apiUrl,
});
await Promise.all([
  waitUntilReady(`http://127.0.0.1:${webPort}/`, 60_000),
  waitUntilReady(`http://127.0.0.1:${adminPort}/`, 60_000),
]);

const demo = JSON.parse(readFileSync(join(root, 'packages/db/src/demo-sign-ins.json'), 'utf8'));
const database = process.env.DATABASE_URL
  ? 'PostgreSQL (DATABASE_URL)'
  : `embedded PGlite in ${dataDir}`;
console.log(`
Tandem is running.
  Tenant app     ${webUrl}
  Admin console  http://localhost:${adminPort}
  API            ${apiUrl}  (health: /healthz, /readyz)
  Database       ${database}

Demo sign-ins (password: ${demo.password}):
${demo.accounts.map((a) => `  ${a.email.padEnd(30)} ${a.what}`).join('\n')}

Participant portal (no password: ask for a link; without SMTP_URL it is printed here):
${demo.portal.map((p) => `  ${p.email.padEnd(30)} ${p.what}\n    ${webUrl}${p.path}`).join('\n')}

Press Ctrl+C to stop.
`);
