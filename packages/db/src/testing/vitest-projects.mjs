// Plain JavaScript: vitest loads config files with Node, which cannot import a linked
// workspace package's TypeScript.

/**
 * The same suite twice: on PGlite always, and on a real PostgreSQL server when
 * TEST_DATABASE_URL is set (CI starts one). Shared by every package whose tests need a database.
 * @param {string} globalSetupForPostgres absolute path of the postgres global-setup module
 */
export function databaseTestProjects(globalSetupForPostgres) {
  const projects = [{ extends: true, test: { name: 'pglite', env: { TANDEM_TEST_DB: 'pglite' } } }];
  if (process.env.TEST_DATABASE_URL) {
    projects.push({
      extends: true,
      test: {
        name: 'postgres',
        env: { TANDEM_TEST_DB: 'postgres' },
        globalSetup: [globalSetupForPostgres],
      },
    });
  }
  return projects;
}
