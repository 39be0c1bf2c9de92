-- Tandem on Citus: distribute the schema. Run on the COORDINATOR as a superuser, after the
-- migrations, and again after every migration that adds a table. Idempotent: tables that are
-- already distributed or reference tables are left alone. Ends with a check that fails when
-- any table in schema public is left out, so a forgotten new table cannot slip through.
--
--   psql -v ON_ERROR_STOP=1 -h <coordinator> -U postgres -d tandem -f infra/citus/10-distribute.sql
--
-- Rules (docs/decisions/0004, 0006):
--   * tenant table  = every table in schema public with a tenant_id column (found from the
--     catalogue, not from a list): hash-distributed by tenant_id, all in ONE co-location
--     group, so a tenant's rows of every table live on the same node and joins and foreign
--     keys on (tenant_id, …) stay on one node.
--   * every other table (platform tables: organisations, networks, network_members, users,
--     sessions, sign_in_attempts, password_tokens, platform_operators, …) is a reference
--     table: one copy on every node, joinable locally with any tenant's rows.

\set ON_ERROR_STOP on

-- The audit trigger (audit_tenant_change) is on every tenant table; Citus refuses to
-- distribute tables with triggers unless this is on (the trigger then runs on the shards).
SET citus.enable_unsafe_triggers = on;
-- Distribute one table after another over the same connections.
SET citus.multi_shard_modify_mode = 'sequential';

-- 1. Reference tables, parents before children (foreign keys between reference tables).
--    A table named here that does not exist (yet) is skipped.
SELECT format('SELECT create_reference_table(%L);', c.oid::regclass::text)
FROM unnest(ARRAY[
       'users', 'organisations', 'networks', 'network_members', 'platform_operators',
       'sessions', 'sign_in_attempts', 'password_tokens'
     ]) WITH ORDINALITY AS r(name, ord)
JOIN pg_class c ON c.oid = to_regclass(format('public.%I', r.name))
WHERE NOT EXISTS (SELECT 1 FROM citus_tables t WHERE t.table_name = c.oid::regclass)
ORDER BY r.ord
\gexec

-- 2. Any other table without tenant_id that is not yet placed: also a reference table
--    (a platform table added later). Listed so the operator sees it happen.
SELECT format('SELECT create_reference_table(%L);', c.oid::regclass::text)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND NOT EXISTS (SELECT 1 FROM pg_attribute a
                  WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
  AND NOT EXISTS (SELECT 1 FROM citus_tables t WHERE t.table_name = c.oid::regclass)
ORDER BY c.relname
\gexec

-- 3. The co-location anchor: audit_events (a tenant table since the first migration, with no
--    foreign keys). Every other tenant table is co-located with it.
SELECT format('SELECT create_distributed_table(%L, %L);', 'public.audit_events', 'tenant_id')
WHERE to_regclass('public.audit_events') IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM citus_tables t WHERE t.table_name = 'public.audit_events'::regclass)
\gexec

-- 4. Every tenant table (a tenant_id column), referenced tables before referencing ones:
--    Citus needs the target of a foreign key to be distributed first.
WITH RECURSIVE tenant AS (
  SELECT c.oid AS relid
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
),
fk AS (
  SELECT DISTINCT con.conrelid AS child, con.confrelid AS parent
  FROM pg_constraint con
  WHERE con.contype = 'f' AND con.conrelid <> con.confrelid
    AND con.conrelid IN (SELECT relid FROM tenant)
    AND con.confrelid IN (SELECT relid FROM tenant)
),
depth (relid, d) AS (
  SELECT relid, 0 FROM tenant
  UNION ALL
  SELECT fk.child, depth.d + 1 FROM depth JOIN fk ON fk.parent = depth.relid
  WHERE depth.d < 100
)
SELECT format('SELECT create_distributed_table(%L, %L, colocate_with => %L);',
              relid::regclass::text, 'tenant_id', 'public.audit_events')
FROM depth
WHERE NOT EXISTS (SELECT 1 FROM citus_tables t WHERE t.table_name = depth.relid::regclass)
GROUP BY relid
ORDER BY max(d), relid::regclass::text
\gexec

-- 5. Check: every tenant table hash-distributed by tenant_id in the anchor's co-location
--    group; every other table a reference table. Anything else stops here with its name.
DO $$
DECLARE
  problems text;
BEGIN
  WITH tables AS (
    SELECT c.oid::regclass AS tbl,
           EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid
                   AND a.attname = 'tenant_id' AND NOT a.attisdropped) AS is_tenant
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  ),
  anchor AS (
    SELECT colocation_id FROM citus_tables WHERE table_name = 'public.audit_events'::regclass
  )
  SELECT string_agg(format('%s (%s)', tables.tbl,
           CASE WHEN t.table_name IS NULL THEN 'not placed'
                WHEN tables.is_tenant THEN 'tenant table: ' || t.citus_table_type || ' by '
                     || coalesce(t.distribution_column, '-') || ', colocation ' || t.colocation_id
                ELSE 'platform table: ' || t.citus_table_type END), '; ')
  INTO problems
  FROM tables
  LEFT JOIN citus_tables t ON t.table_name = tables.tbl
  WHERE t.table_name IS NULL
     OR (tables.is_tenant AND (t.citus_table_type <> 'distributed'
                               OR t.distribution_column <> 'tenant_id'
                               OR t.colocation_id <> (SELECT colocation_id FROM anchor)))
     OR (NOT tables.is_tenant AND t.citus_table_type <> 'reference');
  IF problems IS NOT NULL THEN
    RAISE EXCEPTION 'Citus layout is incomplete: %', problems;
  END IF;
  RAISE NOTICE 'Citus layout OK: tenant tables distributed by tenant_id and co-located; platform tables are reference tables';
END
$$;

SELECT table_name, citus_table_type, distribution_column, colocation_id, shard_count
FROM citus_tables
ORDER BY citus_table_type, table_name::text;
