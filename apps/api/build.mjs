// Bundles the API and our workspace packages (shipped as TypeScript) into one file;
// everything from the registry stays an ordinary runtime import.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'external-registry-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@tandem/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
