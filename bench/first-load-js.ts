/**
 * First-load JavaScript of the quality pages, gzip, from the built tenant app (run
 * `corepack pnpm exec turbo run build` first, then `corepack pnpm exec tsx
 * bench/first-load-js.ts`). It reads Remix's client manifest: a page loads the entry, every
 * route module from the root down to it and their imports; the trends page also loads its
 * chart chunk (recharts) once it is interactive, counted here as part of its first load.
 * Sizes only, no timing; exits non-zero when a page is over the budget.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { printTable } from './database-timing.ts';

const BUDGET_KB = 150;
const CLIENT = new URL('../apps/web/build/client/', import.meta.url).pathname;
const ASSETS = join(CLIENT, 'assets');

interface ManifestEntry {
  readonly module: string;
  readonly imports?: readonly string[];
  readonly parentId?: string;
}
interface Manifest {
  readonly entry: ManifestEntry;
  readonly routes: Readonly<Record<string, ManifestEntry>>;
}

function readManifest(): Manifest {
  const file = readdirSync(ASSETS).find((name) => /^manifest-.*\.js$/.test(name));
  if (!file) throw new Error('no client manifest: build the tenant app first');
  const text = readFileSync(join(ASSETS, file), 'utf8');
  return JSON.parse(text.slice(text.indexOf('=') + 1).replace(/;\s*$/, '')) as Manifest;
}

/** A chunk and every chunk it imports statically, as paths under the client folder. */
function withStaticImports(path: string, seen: Set<string>): void {
  if (seen.has(path)) return;
  seen.add(path);
  const code = readFileSync(join(CLIENT, path), 'utf8');
  for (const [, name] of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
    withStaticImports(`/assets/${name}`, seen);
}

function firstLoad(manifest: Manifest, routeId: string, lazyChunk: RegExp | null): Set<string> {
  const files = new Set<string>();
  for (const path of [manifest.entry.module, ...(manifest.entry.imports ?? [])])
    withStaticImports(path, files);
  for (let id: string | undefined = routeId; id; id = manifest.routes[id]?.parentId) {
    const route = manifest.routes[id];
    if (!route) throw new Error(`no route ${id} in the manifest`);
    for (const path of [route.module, ...(route.imports ?? [])]) withStaticImports(path, files);
  }
  if (lazyChunk) {
    const chunk = readdirSync(ASSETS).find((name) => lazyChunk.test(name));
    if (!chunk) throw new Error(`no chunk matching ${lazyChunk}`);
    withStaticImports(`/assets/${chunk}`, files);
  }
  return files;
}

const gzipKb = (files: Set<string>) =>
  [...files].reduce((sum, path) => sum + gzipSync(readFileSync(join(CLIENT, path))).length, 0) /
  1024;

const manifest = readManifest();
const pages = [
  { page: 'quality (grid)', routeId: 'routes/quality', lazy: null },
  { page: 'quality trends, chart loaded', routeId: 'routes/quality-trends', lazy: /^trend-chart-/ },
];
let over = false;
const rows = pages.map(({ page, routeId, lazy }) => {
  const files = firstLoad(manifest, routeId, lazy);
  const kb = gzipKb(files);
  if (kb > BUDGET_KB) over = true;
  return [page, String(files.size), `${kb.toFixed(1)} KB`, kb <= BUDGET_KB ? 'PASS' : 'MISS'];
});
console.log(`First-load JavaScript, gzip (budget ${BUDGET_KB} KB)`);
printTable(['page', 'files', 'gzip', 'budget'], rows);
if (over) process.exitCode = 1;
