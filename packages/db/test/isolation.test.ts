import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import {
  organisations,
  PG_INSUFFICIENT_PRIVILEGE,
  partnerOrganisations,
  pgErrorCode,
  queryRows,
  seedDemoData,
  type Transaction,
  type UnitScope,
  unitOfWork,
} from '../src/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';

/**
 * Tenant isolation, proved as the application role for every tenant table the database
 * has. Tables are read from the catalogue, so a table added later without row-level
 * security, its policy or demo rows for two tenants fails here.
 */

/** Platform tables hold no tenant data; anything else must carry tenant_id. */
const PLATFORM_TABLES = [
  '__drizzle_migrations',
  'network_members',
  'networks',
  'organisations',
  'partner_api_keys',
  'partner_api_requests',
  'partner_memberships',
  'partner_organisations',
  'password_tokens',
  'platform_operators',
  'public_submissions',
  'sessions',
  'sign_in_attempts',
  'users',
];
/** Written by triggers only; every other tenant table must be audited. */
const UNAUDITED_TENANT_TABLES = ['audit_events'];

const noScope = { tenantId: null, userId: null };
const fakeHash = async (password: string) => `test-hash:${password}`;

// Top-level await: the per-table tests below are generated from the catalogue.
const database: TestDatabase = await createTestDatabase();
await seedDemoData(database.db, fakeHash);
const tenantTables = (
  await queryRows<{ table_name: string }>(
    database.ownerHandle.db,
    sql`select c.table_name from information_schema.columns c
        join information_schema.tables t using (table_schema, table_name)
        where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
        order by 1`,
  )
).map((r) => r.table_name);
const orgs = await unitOfWork(database.db, noScope, (tx) =>
  tx.select({ id: organisations.id, slug: organisations.slug }).from(organisations),
);
const tenantA = orgs.find((o) => o.slug === 'de-brug')?.id ?? '';
const tenantB = orgs.find((o) => o.slug === 'le-pont')?.id ?? '';

afterAll(async () => {
  await database.close();
});

async function rowCount(scope: UnitScope, query: ReturnType<typeof sql>) {
  const [row] = await unitOfWork(database.db, scope, (tx) => queryRows<{ n: number }>(tx, query));
  return Number(row?.n);
}

describe('tenant isolation, as the application role', () => {
  it('finds the tenant tables in the catalogue', () => {
    expect(tenantTables).toEqual(
      expect.arrayContaining(['audit_events', 'memberships', 'programmes']),
    );
  });

  it('runs units of work as the unprivileged application role', async () => {
    const [who] = await unitOfWork(database.db, noScope, (tx) =>
      queryRows<{ role: string; rolsuper: boolean; rolbypassrls: boolean }>(
        tx,
        sql`select current_user as role, rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
      ),
    );
    expect(who).toEqual({ role: 'tandem_app', rolsuper: false, rolbypassrls: false });
  });

  it('sets the role and the scope in one statement, for the transaction only', async () => {
    let statements = 0;
    const counted = new Proxy(database.db, {
      get(target, property, receiver) {
        if (property !== 'transaction') return Reflect.get(target, property, receiver);
        return (work: (tx: Transaction) => Promise<unknown>) =>
          target.transaction((tx) =>
            work(
              new Proxy(tx, {
                get(txTarget, txProperty, txReceiver) {
                  if (txProperty === 'execute') statements++;
                  return Reflect.get(txTarget, txProperty, txReceiver);
                },
              }),
            ),
          );
      },
    });
    const [inside] = await unitOfWork(counted, { tenantId: tenantA, userId: null }, (tx) =>
      queryRows<{ role: string; tenant: string }>(
        tx,
        sql`select current_user as role, current_setting('app.tenant_id') as tenant`,
      ),
    );
    expect(inside).toEqual({ role: 'tandem_app', tenant: tenantA });
    // The set-up, then the query above.
    expect(statements).toBe(2);
    const [after] = await queryRows<{ role: string }>(
      database.db,
      sql`select current_user as role`,
    );
    expect(after?.role).not.toBe('tandem_app');
  });

  it('every table is either a platform table or a tenant table', async () => {
    const rows = await queryRows<{ table_name: string }>(
      database.ownerHandle.db,
      sql`select table_name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    const unclassified = rows
      .map((r) => r.table_name)
      .filter((t) => !tenantTables.includes(t) && !PLATFORM_TABLES.includes(t));
    expect(unclassified).toEqual([]);
  });

  it('every tenant table has RLS enabled and forced, a tenant policy, and tenant_id leading its keys', async () => {
    const rows = await queryRows<{
      table_name: string;
      rls: boolean;
      forced: boolean;
      policies: number;
      pk_first: string | null;
      bad_fks: number;
      audited: boolean;
    }>(
      database.ownerHandle.db,
      sql`select c.relname as table_name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
            (select count(*)::int from pg_policy p where p.polrelid = c.oid
               and pg_get_expr(p.polqual, p.polrelid) like '%app.tenant_id%') as policies,
            (select a.attname from pg_constraint k
               join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
               where k.conrelid = c.oid and k.contype = 'p') as pk_first,
            (select count(*)::int from pg_constraint f
               join pg_attribute ref on ref.attrelid = f.confrelid and ref.attname = 'tenant_id'
               join pg_attribute a on a.attrelid = f.conrelid and a.attnum = f.conkey[1]
               where f.conrelid = c.oid and f.contype = 'f' and a.attname <> 'tenant_id') as bad_fks,
            exists (select 1 from pg_trigger g where g.tgrelid = c.oid and not g.tgisinternal
               and g.tgfoid = 'audit_tenant_change'::regproc) as audited
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r'
          order by 1`,
    );
    const tenantRows = rows.filter((r) => tenantTables.includes(r.table_name));
    expect(tenantRows).toHaveLength(tenantTables.length);
    for (const row of tenantRows) {
      expect(row, row.table_name).toMatchObject({
        rls: true,
        forced: true,
        pk_first: 'tenant_id',
        bad_fks: 0,
      });
      expect(row.policies, row.table_name).toBeGreaterThan(0);
      if (!UNAUDITED_TENANT_TABLES.includes(row.table_name))
        expect(row.audited, row.table_name).toBe(true);
    }
  });

  it('lets every function that runs as its owner pin its search_path, take the tenant from the session and be called only by the application role', async () => {
    const rows = await queryRows<{
      name: string;
      config: string[] | null;
      public_may_call: boolean;
      app_may_call: boolean;
      tenant_from_session: boolean;
    }>(
      database.ownerHandle.db,
      sql`select p.proname as name, p.proconfig as config,
            has_function_privilege('public', p.oid, 'execute') as public_may_call,
            has_function_privilege('tandem_app', p.oid, 'execute') as app_may_call,
            p.prosrc like '%current_setting(''app.tenant_id''%' as tenant_from_session
          from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where n.nspname = 'public' and p.prosecdef
          order by 1`,
    );
    expect(rows.map((r) => r.name)).toContain('workshop_seats_taken');
    for (const row of rows) {
      expect(row.config ?? [], row.name).toContain('search_path=pg_catalog, public');
      expect(row, row.name).toMatchObject({
        public_may_call: false,
        app_may_call: true,
        tenant_from_session: true,
      });
    }
  });

  it('lets a partner scope read only its own rows of the tables with a partner policy', async () => {
    const partners = await unitOfWork(database.db, noScope, (tx) =>
      tx.select({ id: partnerOrganisations.id }).from(partnerOrganisations),
    );
    expect(partners.length).toBeGreaterThanOrEqual(2);
    const withPolicy = (
      await queryRows<{ table_name: string }>(
        database.ownerHandle.db,
        sql`select distinct c.relname as table_name from pg_policy p
            join pg_class c on c.oid = p.polrelid
            where pg_get_expr(p.polqual, p.polrelid) like '%app.partner_id%' order by 1`,
      )
    ).map((r) => r.table_name);
    expect(withPolicy).toEqual(expect.arrayContaining(['onward_referrals', 'referrals']));
    for (const partner of partners) {
      const scope = { tenantId: null, userId: null, partnerId: partner.id };
      for (const name of tenantTables) {
        const table = sql.identifier(name);
        const total = await rowCount(scope, sql`select count(*)::int as n from ${table}`);
        if (!withPolicy.includes(name)) {
          expect(total, name).toBe(0);
          continue;
        }
        const own = await rowCount(
          scope,
          sql`select count(*)::int as n from ${table} where partner_id = ${partner.id}`,
        );
        expect(own, name).toBe(total);
        expect(total, name).toBeGreaterThan(0);
        // Select-only: a partner scope cannot change the rows it can read.
        const changed = await rowCount(
          scope,
          sql`with changed as (update ${table} set partner_id = partner_id returning 1) select count(*)::int as n from changed`,
        );
        expect(changed, name).toBe(0);
      }
    }
  });

  /**
   * What a participant may read of each table that opens to the portal, as the owner would
   * select it: a table given a participant policy without a line here fails, so opening a
   * table to participants is always a decision someone writes down.
   */
  const participantOwnRows: Record<string, (user: string) => ReturnType<typeof sql>> = {
    participant_accounts: (user) =>
      sql`select tenant_id, application_id as id from participant_accounts where user_id = ${user}`,
    applications: (user) =>
      sql`select tenant_id, application_id as id from participant_accounts where user_id = ${user}`,
    programmes: (user) =>
      sql`select a.tenant_id, a.programme_id as id from applications a join participant_accounts p on p.tenant_id = a.tenant_id and p.application_id = a.id where p.user_id = ${user}`,
    agreement_templates: (user) =>
      sql`select t.tenant_id, t.id from agreement_templates t join applications a on a.tenant_id = t.tenant_id and a.programme_id = t.programme_id join participant_accounts p on p.tenant_id = a.tenant_id and p.application_id = a.id where p.user_id = ${user}`,
    matches: (user) => sql`select m.tenant_id, m.id from matches m ${ownMatch(user)}`,
    first_meetings: (user) =>
      sql`select x.tenant_id, x.id from first_meetings x join matches m on m.tenant_id = x.tenant_id and m.id = x.match_id ${ownMatch(user)}`,
    match_validations: (user) =>
      sql`select x.tenant_id, x.id from match_validations x join matches m on m.tenant_id = x.tenant_id and m.id = x.match_id ${ownMatch(user)}`,
    agreements: (user) =>
      sql`select x.tenant_id, x.id from agreements x join matches m on m.tenant_id = x.tenant_id and m.id = x.match_id ${ownMatch(user)}`,
    agreement_acceptances: (user) =>
      sql`select x.tenant_id, x.id from agreement_acceptances x join agreements g on g.tenant_id = x.tenant_id and g.id = x.agreement_id join matches m on m.tenant_id = g.tenant_id and m.id = g.match_id ${ownMatch(user)}`,
    duos: (user) =>
      sql`select x.tenant_id, x.id from duos x join matches m on m.tenant_id = x.tenant_id and m.id = x.match_id ${ownMatch(user)}`,
    duo_pauses: (user) => sql`select x.tenant_id, x.id from duo_pauses x ${ownDuo(user)}`,
    duo_contacts: (user) => sql`select x.tenant_id, x.id from duo_contacts x ${ownDuo(user)}`,
    coach_assignments: (user) =>
      sql`select x.tenant_id, x.id from coach_assignments x ${ownDuo(user)}`,
    resources: (user) =>
      sql`select r.tenant_id, r.id from resources r join applications a on a.tenant_id = r.tenant_id and a.programme_id = r.programme_id and r.audience in ('both', a.role) join participant_accounts p on p.tenant_id = a.tenant_id and p.application_id = a.id where p.user_id = ${user} and r.withdrawn_on is null`,
    workshop_invitations: (user) =>
      sql`select x.tenant_id, x.id from workshop_invitations x join participant_accounts p on p.tenant_id = x.tenant_id and p.application_id = x.application_id where p.user_id = ${user}`,
    workshops: (user) =>
      sql`select x.tenant_id, x.workshop_id as id from workshop_invitations x join participant_accounts p on p.tenant_id = x.tenant_id and p.application_id = x.application_id where p.user_id = ${user}`,
    duo_closures: (user) => sql`select x.tenant_id, x.id from duo_closures x ${ownDuo(user)}`,
    closing_meetings: (user) =>
      sql`select x.tenant_id, x.id from closing_meetings x ${ownDuo(user)}`,
    evaluations: (user) =>
      sql`select x.tenant_id, x.id from evaluations x join participant_accounts p on p.tenant_id = x.tenant_id and p.application_id = x.application_id where p.user_id = ${user}`,
    outcomes: (user) =>
      sql`select x.tenant_id, x.id from outcomes x join participant_accounts p on p.tenant_id = x.tenant_id and p.application_id = x.mentee_application_id where p.user_id = ${user}`,
    reminder_preferences: (user) =>
      sql`select x.tenant_id, x.application_id as id from reminder_preferences x join participant_accounts p on p.tenant_id = x.tenant_id and p.application_id = x.application_id where p.user_id = ${user}`,
  };
  /** Tables keyed by the application rather than an `id` of their own. */
  const keyedByApplication = new Set(['participant_accounts', 'reminder_preferences']);
  function ownDuo(user: string) {
    return sql`join duos d on d.tenant_id = x.tenant_id and d.id = x.duo_id join matches m on m.tenant_id = d.tenant_id and m.id = d.match_id ${ownMatch(user)}`;
  }
  function ownMatch(user: string) {
    return sql`where exists (select 1 from participant_accounts p where p.tenant_id = m.tenant_id and p.user_id = ${user} and p.application_id in (m.mentor_application_id, m.mentee_application_id))`;
  }

  // Reads every table with a participant policy in three scopes: slow on a busy machine.
  it('lets a participant scope read only its own rows, in its own organisation', async () => {
    const readable = (
      await queryRows<{ table_name: string }>(
        database.ownerHandle.db,
        sql`select distinct c.relname as table_name from pg_policy p
            join pg_class c on c.oid = p.polrelid
            where p.polname like '%participant_read' and pg_get_expr(p.polqual, p.polrelid) not like '%false%'
            order by 1`,
      )
    ).map((r) => r.table_name);
    expect(readable).toEqual(Object.keys(participantOwnRows).sort());
    const people = await queryRows<{ tenant_id: string; user_id: string }>(
      database.ownerHandle.db,
      sql`select distinct tenant_id, user_id from participant_accounts order by 1, 2`,
    );
    expect(new Set(people.map((p) => p.tenant_id))).toEqual(new Set([tenantA, tenantB]));
    // Not every participant has a row in every open table (a mentee gets no workshop
    // invitation), but each open table must be seen by someone, or the check proves nothing.
    const seenByAnyone = new Set<string>();
    for (const { tenant_id: tenantId, user_id: userId } of people) {
      const scope = { tenantId, userId, participant: true };
      for (const name of tenantTables) {
        const table = sql.identifier(name);
        const own = participantOwnRows[name];
        if (own === undefined) {
          expect(await rowCount(scope, sql`select count(*)::int as n from ${table}`), name).toBe(0);
          continue;
        }
        const key = sql.identifier(keyedByApplication.has(name) ? 'application_id' : 'id');
        const seen = await unitOfWork(database.db, scope, (tx) =>
          queryRows<{ id: string }>(tx, sql`select ${key}::text as id from ${table} order by 1`),
        );
        const expected = await queryRows<{ id: string }>(
          database.ownerHandle.db,
          sql`select distinct o.id::text as id from (${own(userId)}) o where o.tenant_id = ${tenantId} order by 1`,
        );
        if (expected.length > 0) seenByAnyone.add(name);
        expect(seen, name).toEqual(expected);
      }
      // Another organisation's tenant gives the same person nothing.
      const elsewhere = tenantId === tenantA ? tenantB : tenantA;
      const foreign = await rowCount(
        { tenantId: elsewhere, userId, participant: true },
        sql`select count(*)::int as n from matches`,
      );
      expect(foreign).toBe(0);
    }
    expect([...seenByAnyone].sort()).toEqual(Object.keys(participantOwnRows).sort());
  }, 120_000);

  it('lets a participant write only their own side of their own proposed match', async () => {
    const owner = database.ownerHandle.db;
    const [own] = await queryRows<{ tenant_id: string; application_id: string; match_id: string }>(
      owner,
      sql`select a.tenant_id, a.id as application_id, m.id as match_id from applications a
          join matches m on m.tenant_id = a.tenant_id and m.mentee_application_id = a.id
          where a.email = 'awa.ndiaye@example.be' and m.status = 'proposed'`,
    );
    if (!own) throw new Error('demo portal match missing');
    const [user] = await queryRows<{ id: string }>(
      owner,
      sql`insert into users (email, name) values ('awa.ndiaye@example.be', 'Awa Ndiaye') returning id`,
    );
    const userId = user?.id ?? '';
    await owner.execute(
      sql`insert into participant_accounts (tenant_id, application_id, user_id) values (${own.tenant_id}, ${own.application_id}, ${userId})`,
    );
    const scope = { tenantId: own.tenant_id, userId, participant: true };
    const refusal = (statement: ReturnType<typeof sql>) =>
      unitOfWork(database.db, scope, (tx) => tx.execute(statement)).then(
        () => 'written',
        (error: unknown) => pgErrorCode(error),
      );
    const validation = (matchId: string, role: string, channel: string) =>
      sql`insert into match_validations (tenant_id, match_id, role, answer, channel, recorded_by)
          values (${own.tenant_id}, ${matchId}, ${role}, 'confirmed', ${channel}, ${userId})`;
    const [other] = await queryRows<{ id: string }>(
      owner,
      sql`select id from matches where tenant_id = ${own.tenant_id} and id <> ${own.match_id} limit 1`,
    );
    try {
      // The other side's answer, an answer "taken by phone", an answer on another match.
      expect(await refusal(validation(own.match_id, 'mentor', 'portal'))).toBe(
        PG_INSUFFICIENT_PRIVILEGE,
      );
      expect(await refusal(validation(own.match_id, 'mentee', 'phone'))).toBe(
        PG_INSUFFICIENT_PRIVILEGE,
      );
      expect(await refusal(validation(other?.id ?? '', 'mentee', 'portal'))).toBe(
        PG_INSUFFICIENT_PRIVILEGE,
      );
      expect(
        await rowCount(
          scope,
          sql`with changed as (update matches set status = 'declined', closed_at = now() where id <> ${own.match_id} returning 1) select count(*)::int as n from changed`,
        ),
      ).toBe(0);
      // Their own match may only be declined or started, never handed back to staff's states.
      expect(
        await refusal(
          sql`update matches set status = 'cancelled', closed_at = now() where id = ${own.match_id}`,
        ),
      ).toBe(PG_INSUFFICIENT_PRIVILEGE);
      expect(await refusal(validation(own.match_id, 'mentee', 'portal'))).toBe('written');
    } finally {
      await owner.execute(sql`delete from match_validations where recorded_by = ${userId}`);
      await owner.execute(sql`delete from users where id = ${userId}`);
    }
  });

  describe.each(tenantTables)('%s', (name) => {
    const table = () => sql.identifier(name);

    it('holds demo rows for both tenants, so the checks below are meaningful', async () => {
      const counts = await queryRows<{ tenant_id: string; n: number }>(
        database.ownerHandle.db,
        sql`select tenant_id, count(*)::int as n from ${table()} group by tenant_id`,
      );
      const ids = counts.map((c) => c.tenant_id);
      expect(ids).toContain(tenantA);
      expect(ids).toContain(tenantB);
    });

    it('shows nothing to a unit of work without a tenant', async () => {
      expect(await rowCount(noScope, sql`select count(*)::int as n from ${table()}`)).toBe(0);
    });

    it("does not let tenant A read tenant B's rows", async () => {
      const scope = { tenantId: tenantA, userId: null };
      expect(
        await rowCount(
          scope,
          sql`select count(*)::int as n from ${table()} where tenant_id = ${tenantB}`,
        ),
      ).toBe(0);
      expect(await rowCount(scope, sql`select count(*)::int as n from ${table()}`)).toBeGreaterThan(
        0,
      );
    });

    it("does not let tenant A update or delete tenant B's rows", async () => {
      const scope = { tenantId: tenantA, userId: null };
      for (const statement of [
        sql`with changed as (update ${table()} set tenant_id = tenant_id where tenant_id = ${tenantB} returning 1) select count(*)::int as n from changed`,
        sql`with gone as (delete from ${table()} where tenant_id = ${tenantB} returning 1) select count(*)::int as n from gone`,
      ]) {
        try {
          expect(await rowCount(scope, statement)).toBe(0);
        } catch (error) {
          // Append-only tables refuse the statement outright, which is just as isolating.
          expect(pgErrorCode(error)).toBe(PG_INSUFFICIENT_PRIVILEGE);
        }
      }
      const stillThere = await queryRows<{ n: number }>(
        database.ownerHandle.db,
        sql`select count(*)::int as n from ${table()} where tenant_id = ${tenantB}`,
      );
      expect(stillThere[0]?.n).toBeGreaterThan(0);
    });

    it('does not let tenant A insert rows for tenant B', async () => {
      const [sample] = await queryRows<{ row: Record<string, unknown> }>(
        database.ownerHandle.db,
        sql`select to_jsonb(t) as row from ${table()} t where tenant_id = ${tenantB} limit 1`,
      );
      expect(sample).toBeDefined();
      const attempt = unitOfWork(database.db, { tenantId: tenantA, userId: null }, (tx) =>
        tx.execute(
          sql`insert into ${table()} overriding system value
              select * from jsonb_populate_record(null::${table()}, ${JSON.stringify(sample?.row)}::jsonb)`,
        ),
      );
      await expect(attempt).rejects.toSatisfy(
        (error) => pgErrorCode(error) === PG_INSUFFICIENT_PRIVILEGE,
      );
    });
  });
});
