'use strict';
// One-shot migration runner for the `migrate` service in infra/compose.yaml.
//
// Copied into the API image next to dist/main.js. It applies the committed SQL migrations of
// @tandem/db (node_modules/@tandem/db/migrations) as the OWNER role, exactly as the API does
// at start-up when DATABASE_OWNER_URL is set, and exits: 0 when the schema is up to date.
// A session advisory lock makes two concurrent runs wait for each other instead of racing.
//
//   DATABASE_OWNER_URL=postgres://tandem_owner:…@db:5432/tandem node migrate.cjs
//
// Modules are resolved from @tandem/db's own location, so the drizzle-orm copy that has the
// `postgres` driver linked is the one used (pnpm keeps dependencies per package).

const { createRequire } = require('node:module');
const path = require('node:path');

const LOCK_KEY = 'tandem:migrations';

async function main() {
  const ownerUrl = process.env.DATABASE_OWNER_URL;
  if (!ownerUrl) {
    console.error('migrate: DATABASE_OWNER_URL is not set');
    return 2;
  }
  const dbPackageJson = require.resolve('@tandem/db/package.json');
  const fromDb = createRequire(dbPackageJson);
  const postgres = fromDb('postgres');
  const { drizzle } = fromDb('drizzle-orm/postgres-js');
  const { migrate } = fromDb('drizzle-orm/postgres-js/migrator');
  const migrationsFolder = path.join(path.dirname(dbPackageJson), 'migrations');

  // One connection, so the advisory lock and the migrations share a session.
  const client = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    const [who] = await client`select current_user as role, current_database() as db`;
    console.log(`migrate: ${migrationsFolder} -> database ${who.db} as ${who.role}`);
    await client`select pg_advisory_lock(hashtext(${LOCK_KEY}))`;
    try {
      await migrate(drizzle({ client }), { migrationsFolder });
    } finally {
      await client`select pg_advisory_unlock(hashtext(${LOCK_KEY}))`;
    }
    console.log('migrate: schema is up to date');
    return 0;
  } finally {
    await client.end({ timeout: 5 });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('migrate: failed:', error);
    process.exit(1);
  },
);
