#!/usr/bin/env node
// Bundles an app's server.ts into build/start.js so production runs on plain Node.
// Workspace packages (@tandem/*) are TypeScript and go into the bundle; every other
// package stays an import, resolved from the app's own dependencies at run time.
import { build } from 'esbuild';

const keepExternal = {
  name: 'external-packages',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@tandem/') ? undefined : { path: args.path, external: true },
    );
  },
};

await build({
  entryPoints: ['server.ts'],
  outfile: 'build/start.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [keepExternal],
  logLevel: 'warning',
});
