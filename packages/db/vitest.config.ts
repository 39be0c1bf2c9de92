import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { databaseTestProjects } from './src/testing/vitest-projects.mjs';

const require = createRequire(import.meta.url);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: databaseTestProjects(require.resolve('./src/testing/postgres-global-setup.ts')),
  },
});
