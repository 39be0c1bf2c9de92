import { sql } from 'drizzle-orm';
import { type AnyPgColumn, foreignKey, pgPolicy, uuid } from 'drizzle-orm/pg-core';

/**
 * The tenant of the current unit of work, set transaction-locally by `unitOfWork`.
 * `nullif` turns "never set" (NULL) and "set then reset" ('') into NULL, which matches no row.
 */
export const currentTenantId = sql`nullif(current_setting('app.tenant_id', true), '')::uuid`;
export const currentUserId = sql`nullif(current_setting('app.user_id', true), '')::uuid`;
/** The partner organisation a partner-facing unit of work acts for (`UnitScope.partnerId`). */
export const currentPartnerId = sql`nullif(current_setting('app.partner_id', true), '')::uuid`;

/** Every tenant table starts with this column and leads its keys with it (Citus co-location). */
export const tenantIdColumn = () => uuid('tenant_id').notNull();

/**
 * A tenant table's reference to a row of another: (tenant_id, column) → (tenant_id, id), so
 * a row can only point at a row of its own tenant. Returns the builder, so `.onDelete(…)`
 * chains; the constraint keeps the name drizzle derives from the tables and columns.
 */
export function tenantReference<TTable extends string, TTarget extends string>(
  tenantId: AnyPgColumn<{ tableName: TTable }>,
  column: AnyPgColumn<{ tableName: TTable }>,
  target: {
    tenantId: AnyPgColumn<{ tableName: TTarget }>;
    id: AnyPgColumn<{ tableName: TTarget }>;
  },
) {
  return foreignKey({ columns: [tenantId, column], foreignColumns: [target.tenantId, target.id] });
}

/** The one policy every tenant table carries: rows of the unit of work's tenant, nothing else. */
export function tenantIsolationPolicy(table: string) {
  return pgPolicy(`${table}_tenant_isolation`, {
    as: 'permissive',
    for: 'all',
    to: 'public',
    using: sql`tenant_id = ${currentTenantId}`,
    withCheck: sql`tenant_id = ${currentTenantId}`,
  });
}

/**
 * A second, select-only policy for tenant tables a partner organisation may read: its own
 * rows (`partner_id`), in any tenant, and nothing else. Writing stays with the tenant policy.
 */
export function partnerReadPolicy(table: string) {
  return pgPolicy(`${table}_partner_read`, {
    as: 'permissive',
    for: 'select',
    to: 'public',
    using: sql`partner_id = ${currentPartnerId}`,
  });
}
