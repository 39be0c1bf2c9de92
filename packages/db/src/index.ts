export { backupEmbeddedDatabase, restoreEmbeddedDatabase } from './backup/embedded.ts';
export type { PostgresTools } from './backup/postgres.ts';
export { backupPostgres, restorePostgres } from './backup/postgres.ts';
export { BackupRefusedError } from './backup/refusal.ts';
export type { Database, DatabaseHandle, Schema } from './client.ts';
export { openPostgres, wrapPglite } from './client.ts';
export { DataFolderInUseError } from './data-folder-lock.ts';
export {
  migratePgliteClient,
  migratePostgresUrl,
  migrationsFolder,
  openEmbeddedDatabase,
} from './migrate.ts';
export {
  PG_CHECK_VIOLATION,
  PG_FOREIGN_KEY_VIOLATION,
  PG_INSUFFICIENT_PRIVILEGE,
  PG_UNIQUE_VIOLATION,
  pgErrorCode,
} from './pg-error.ts';
export { queryRows } from './raw-query.ts';
export type { RoleCheck } from './role-check.ts';
export { checkConnectedRole } from './role-check.ts';
export * from './schema/index.ts';
export { DEMO_PASSWORD, DEMO_SIGN_INS, seedDemoData } from './seed.ts';
export type { Transaction, UnitScope } from './unit-of-work.ts';
export { APPLICATION_ROLE, unitOfWork } from './unit-of-work.ts';
export { asOneRequest } from './unit-priority.ts';
