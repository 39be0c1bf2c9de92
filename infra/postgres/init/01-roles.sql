-- Tandem: database roles. Run once, as a superuser, on the application database, BEFORE the
-- first migration.
--
-- The official postgres image runs this file by itself on an empty data volume
-- (docker-entrypoint-initdb.d, via psql as POSTGRES_USER on POSTGRES_DB). On a server that
-- already exists, run it by hand with the same environment variables set:
--
--   TANDEM_OWNER_PASSWORD=… TANDEM_API_PASSWORD=… \
--     psql -v ON_ERROR_STOP=1 -U postgres -d tandem -f infra/postgres/init/01-roles.sql
--
-- Passwords come from the environment: TANDEM_OWNER_PASSWORD / TANDEM_API_PASSWORD, or the
-- files named by TANDEM_OWNER_PASSWORD_FILE / TANDEM_API_PASSWORD_FILE (Docker/Kubernetes
-- secrets). Nothing secret is written in this file. Safe to run again: it creates what is
-- missing and resets attributes, memberships and passwords to what is written here.
--
-- Roles:
--   tandem_owner  LOGIN. Owns the database, the public schema and (through the migrations)
--                 every table. Used only to apply migrations (DATABASE_OWNER_URL).
--   tandem_app    NOLOGIN. The role every unit of work runs as (SET LOCAL ROLE tandem_app).
--                 The migrations grant it table privileges; it owns nothing.
--   tandem_api    LOGIN. The API's connection (DATABASE_URL). No superuser, no BYPASSRLS,
--                 owns nothing, not a member of tandem_owner; a member of tandem_app.
--
-- Ordering: migration 0001 creates tandem_app only IF NOT EXISTS. It is created here first,
-- with the same attributes, so that tandem_api can be made a member of it before the first
-- migration runs, and so that tandem_owner needs no CREATEROLE.

\set ON_ERROR_STOP on

-- Read the passwords (psql runs the backquoted text in a shell: *_FILE wins over the variable).
\set owner_password `if [ -n "$TANDEM_OWNER_PASSWORD_FILE" ]; then cat "$TANDEM_OWNER_PASSWORD_FILE"; else printf '%s' "$TANDEM_OWNER_PASSWORD"; fi`
\set api_password `if [ -n "$TANDEM_API_PASSWORD_FILE" ]; then cat "$TANDEM_API_PASSWORD_FILE"; else printf '%s' "$TANDEM_API_PASSWORD"; fi`

SELECT length(:'owner_password') < 12 AS owner_password_too_short,
       length(:'api_password') < 12 AS api_password_too_short \gset
\if :owner_password_too_short
  \echo 'TANDEM_OWNER_PASSWORD (or TANDEM_OWNER_PASSWORD_FILE) must be set, 12 characters or more'
  SELECT 1/0 AS missing_owner_password;
\endif
\if :api_password_too_short
  \echo 'TANDEM_API_PASSWORD (or TANDEM_API_PASSWORD_FILE) must be set, 12 characters or more'
  SELECT 1/0 AS missing_api_password;
\endif

SELECT current_database() AS dbname \gset

-- Create the three roles if they are missing (no passwords in this step).
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tandem_owner') AS create_owner,
       NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tandem_app') AS create_app,
       NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tandem_api') AS create_api \gset
\if :create_owner
  CREATE ROLE tandem_owner;
\endif
\if :create_app
  CREATE ROLE tandem_app;
\endif
\if :create_api
  CREATE ROLE tandem_api;
\endif

-- Attributes and passwords (:'var' makes psql quote the value as a literal).
ALTER ROLE tandem_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'owner_password';
-- Same attributes as migration 0001 gives it.
ALTER ROLE tandem_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
ALTER ROLE tandem_api LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'api_password';

-- The API may SET ROLE to tandem_app, and must never be able to become the owner.
SELECT NOT pg_has_role('tandem_api', 'tandem_app', 'MEMBER') AS grant_app,
       pg_has_role('tandem_api', 'tandem_owner', 'MEMBER') AS revoke_owner \gset
\if :grant_app
  GRANT tandem_app TO tandem_api;
\endif
\if :revoke_owner
  REVOKE tandem_owner FROM tandem_api;
\endif

-- The owner owns the database (so the migrator can create its bookkeeping schema "drizzle")
-- and the public schema (so the migrations can GRANT USAGE on it to tandem_app).
ALTER DATABASE :"dbname" OWNER TO tandem_owner;
ALTER SCHEMA public OWNER TO tandem_owner;

-- Nobody else connects or creates objects; the API only connects.
REVOKE ALL ON DATABASE :"dbname" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"dbname" TO tandem_api;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- Keep the passwords out of the session.
\unset owner_password
\unset api_password
