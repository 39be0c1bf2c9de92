import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, foreignKey, pgPolicy, uuid } from 'drizzle-orm/pg-core';

/**
 * The tenant of the current unit of work, set transaction-locally by `unitOfWork`.
 * `nullif` turns "never set" (NULL) and "set then reset" ('') into NULL, which matches no row.
 */
export const currentTenantId = sql`nullif(current_setting('app.tenant_id', true), '')::uuid`;
export const currentUserId = sql`nullif(current_setting('app.user_id', true), '')::uuid`;
/** The partner organisation a partner-facing unit of work acts for (`UnitScope.partnerId`). */
export const currentPartnerId = sql`nullif(current_setting('app.partner_id', true), '')::uuid`;

/**
 * A participant (mentor or mentee) acting through the portal, set by `UnitScope.participant`.
 * Such a unit has its organisation as tenant but reads only the rows the participant
 * policies give it: its own application, match, meetings, validations, agreement and duo.
 */
export const currentParticipant = sql`coalesce(current_setting('app.participant', true), '') = 'on'`;

/** The applications of the signed-in participant, in the unit's tenant. */
export const participantApplicationIds = sql`(select pa.application_id from participant_accounts pa where pa.user_id = ${currentUserId})`;

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

/**
 * The one policy every tenant table carries: rows of the unit of work's tenant, nothing else
 * — and nothing at all for a participant unit, which sees only what `participantPolicies`
 * grant, so a table added later is closed to the portal until someone opens it on purpose.
 */
export function tenantIsolationPolicy(table: string) {
  return pgPolicy(`${table}_tenant_isolation`, {
    as: 'permissive',
    for: 'all',
    to: 'public',
    using: sql`tenant_id = ${currentTenantId} and not ${currentParticipant}`,
    withCheck: sql`tenant_id = ${currentTenantId} and not ${currentParticipant}`,
  });
}

/**
 * What a participant unit may do with a tenant table: read the rows `own` selects, and, where
 * given, insert or update rows that satisfy `insert` / `update`. Always within the unit's
 * tenant. A condition may read other tables through subqueries, which their own participant
 * policies filter in turn (`match_id in (select id from matches)` means "my matches").
 */
export function participantPolicies(
  table: string,
  own: SQL,
  writes: { insert?: SQL; update?: SQL } = {},
) {
  const inScope = sql`tenant_id = ${currentTenantId} and ${currentParticipant}`;
  const policies = [
    pgPolicy(`${table}_participant_read`, {
      as: 'permissive',
      for: 'select',
      to: 'public',
      using: sql`${inScope} and ${own}`,
    }),
  ];
  if (writes.insert !== undefined) {
    policies.push(
      pgPolicy(`${table}_participant_insert`, {
        as: 'permissive',
        for: 'insert',
        to: 'public',
        withCheck: sql`${inScope} and ${writes.insert}`,
      }),
    );
  }
  if (writes.update !== undefined) {
    policies.push(
      pgPolicy(`${table}_participant_update`, {
        as: 'permissive',
        for: 'update',
        to: 'public',
        using: sql`${inScope} and ${own}`,
        withCheck: sql`${inScope} and ${writes.update}`,
      }),
    );
  }
  return policies;
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
