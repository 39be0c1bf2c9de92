-- Tandem on Citus: register the nodes and set the coordinator settings Tandem needs.
-- Run on the COORDINATOR as a superuser before the first migration. Safe to run again.
--
--   psql -v ON_ERROR_STOP=1 -v coordinator=<coordinator host> -v workers=w1,w2 \
--        -h <coordinator> -U postgres -d tandem -f infra/citus/00-nodes.sql

\set ON_ERROR_STOP on

SELECT current_database() AS dbname \gset

-- How workers reach the coordinator (metadata is synced to every node).
SELECT citus_set_coordinator_host(:'coordinator', 5432);

-- Register each worker (an already registered node keeps its id).
SELECT citus_add_node(trim(host), 5432)
FROM unnest(string_to_array(:'workers', ',')) AS host;

-- Sessions on the coordinator:
--  * forward SET LOCAL to the workers, where row-level security is evaluated (see
--    infra/citus/README.md: this covers SET LOCAL statements, not set_config() calls);
--  * allow the audit trigger on distributed tables (it runs on the shards).
ALTER DATABASE :"dbname" SET citus.propagate_set_commands = 'local';
ALTER DATABASE :"dbname" SET citus.enable_unsafe_triggers = on;

SELECT * FROM citus_get_active_worker_nodes() ORDER BY 1;
