import { createRequire } from 'node:module';
import { databaseTestProjects } from '@tandem/db/testing/vitest-projects';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: databaseTestProjects(require.resolve('@tandem/db/testing/postgres-global-setup')),
  },
});
