// `npm start`: install, build, then serve everything on the embedded database.

import { join } from 'node:path';
import { pnpm, root, run, seconds } from './lib.mjs';

const started = performance.now();
await pnpm(['install', '--frozen-lockfile']);
console.log(`Installed in ${seconds(started)}.`);
const building = performance.now();
await pnpm(['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
console.log(`Built in ${seconds(building)}.`);
await run(process.execPath, [join(root, 'scripts/serve.mjs')]);
