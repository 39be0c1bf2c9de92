import { sql } from 'drizzle-orm';
import type { Database } from './client.ts';
import { queryRows } from './raw-query.ts';
import { APPLICATION_ROLE } from './unit-of-work.ts';

export interface RoleCheck {
  role: string;
  problems: Array<'superuser' | 'bypassrls' | 'owns_tables' | 'not_application_member'>;
}

/**
 * On a real server the API must connect as a role that row-level security binds:
 * not superuser, not BYPASSRLS, not (a member of) the tables' owner, and allowed to
 * SET ROLE to the application role. The API refuses to start otherwise.
 */
export async function checkConnectedRole(db: Database): Promise<RoleCheck> {
  const rows = await queryRows<{
    role: string;
    rolsuper: boolean;
    rolbypassrls: boolean;
    owns_tables: boolean;
    app_member: boolean;
  }>(
    db,
    sql`
    select r.rolname as role, r.rolsuper, r.rolbypassrls,
      exists (
        select 1 from pg_tables t
        where t.schemaname = 'public' and pg_has_role(current_user, t.tableowner, 'MEMBER')
      ) as owns_tables,
      pg_has_role(current_user, ${APPLICATION_ROLE}, 'MEMBER') as app_member
    from pg_roles r where r.rolname = current_user`,
  );
  const row = rows[0];
  if (!row) throw new Error('current role not found in pg_roles');
  const problems: RoleCheck['problems'] = [];
  if (row.rolsuper) problems.push('superuser');
  if (row.rolbypassrls) problems.push('bypassrls');
  if (row.owns_tables) problems.push('owns_tables');
  if (!row.app_member) problems.push('not_application_member');
  return { role: row.role, problems };
}
