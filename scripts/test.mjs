// `npm test`: every test. Lint and format check, type checks, unit and integration tests (PGlite, and PostgreSQL
// too when TEST_DATABASE_URL is set), then end-to-end tests in Chromium against the built apps.
import { pnpm, seconds } from './lib.mjs';

const started = performance.now();
await pnpm(['install', '--frozen-lockfile']);
await pnpm(['exec', 'biome', 'check', '.']);
const checks = performance.now();
await pnpm(['exec', 'turbo', 'run', 'typecheck', 'test', 'build', '--concurrency=2']);
console.log(`Type checks, unit and integration tests, build: ${seconds(checks)}.`);
const e2e = performance.now();
await pnpm(['--filter', '@tandem/e2e', 'run', 'test:e2e']);
console.log(`End-to-end tests: ${seconds(e2e)}. All tests: ${seconds(started)}.`);
