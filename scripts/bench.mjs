// `npm run bench`: the benchmarks under bench/, after installing dependencies.
import { join } from 'node:path';
import { pnpm, root } from './lib.mjs';

await pnpm(['install', '--frozen-lockfile']);
await pnpm(['exec', 'tsx', join(root, 'bench/domain.bench.ts')]);
await pnpm(['exec', 'tsx', join(root, 'bench/api.bench.ts')]);
await pnpm(['exec', 'tsx', join(root, 'bench/matching-proposal.bench.ts')]);
await pnpm(['exec', 'tsx', join(root, 'bench/indicators.bench.ts')]);
await pnpm(['exec', 'tsx', join(root, 'bench/caseload.bench.ts')]);
