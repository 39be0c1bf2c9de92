import { sql } from 'drizzle-orm';
import type { Database } from './client.ts';
import { inTurn } from './unit-priority.ts';

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Whose data a unit of work may touch. `tenantId` null: no tenant rows at all (sign-in,
 * platform tables). `userId` is recorded by the audit trigger and lets a person read their
 * own memberships.
 */
export interface UnitScope {
  tenantId: string | null;
  userId: string | null;
  /**
   * A partner organisation acting through the partner app or API. With `tenantId` null it
   * sees only the rows the tenant tables' select-only partner policies give it.
   */
  partnerId?: string | null;
  /**
   * A mentor or mentee (`userId`) in the participant portal. With `tenantId` their
   * organisation, they see only the rows the participant policies give them.
   */
  participant?: boolean;
}

export const APPLICATION_ROLE = 'tandem_app';

/**
 * The only way to the data: one transaction, run as the unprivileged application role,
 * with tenant and user set transaction-locally by bound parameter. Row-level security does
 * the rest, so a forgotten WHERE clause cannot leak another tenant's rows.
 *
 * The role and the scope are set in one statement: every request opens a unit, and each
 * round trip counts. `set_config('role', …, true)` is `SET LOCAL ROLE` (same membership check,
 * undone at the end of the transaction).
 */
export function unitOfWork<T>(
  db: Database,
  scope: UnitScope,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return inTurn(db, () =>
    db.transaction(async (tx) => {
      await tx.execute(
        sql`select set_config('role', ${APPLICATION_ROLE}, true), ${scopeSettings(scope)}`,
      );
      return work(tx);
    }),
  );
}

/**
 * Moves a unit of work to another scope for the rest of its transaction. Only for work that
 * must commit across tenants as one, such as the demo seed; a request stays in one scope.
 */
export async function enterScope(tx: Transaction, scope: UnitScope): Promise<void> {
  await tx.execute(sql`select ${scopeSettings(scope)}`);
}

/** The scope as transaction-local settings, each by bound parameter. */
function scopeSettings(scope: UnitScope) {
  return sql`set_config('app.tenant_id', ${scope.tenantId ?? ''}, true), set_config('app.user_id', ${scope.userId ?? ''}, true), set_config('app.partner_id', ${scope.partnerId ?? ''}, true), set_config('app.participant', ${scope.participant === true ? 'on' : ''}, true)`;
}
