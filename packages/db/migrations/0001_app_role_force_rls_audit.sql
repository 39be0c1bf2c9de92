-- The role every unit of work runs as (SET LOCAL ROLE). It owns nothing, is no superuser and
-- cannot bypass row-level security, so the policies always apply to it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tandem_app') THEN
    CREATE ROLE tandem_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO tandem_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO tandem_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO tandem_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tandem_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO tandem_app;
--> statement-breakpoint
-- The audit log is append-only for the application.
REVOKE UPDATE, DELETE ON audit_events FROM tandem_app;
--> statement-breakpoint
-- FORCE makes the policies apply to the tables' owner too.
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE programmes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- One trigger function for every tenant table: who (app.user_id), when, what, which tenant.
CREATE OR REPLACE FUNCTION audit_tenant_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  actor uuid := nullif(current_setting('app.user_id', true), '')::uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO audit_events (tenant_id, actor_user_id, table_name, operation, before, after)
    VALUES (OLD.tenant_id, actor, TG_TABLE_NAME, TG_OP, to_jsonb(OLD), NULL);
    RETURN OLD;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO audit_events (tenant_id, actor_user_id, table_name, operation, before, after)
    VALUES (NEW.tenant_id, actor, TG_TABLE_NAME, TG_OP, to_jsonb(OLD), to_jsonb(NEW));
    RETURN NEW;
  END IF;
  INSERT INTO audit_events (tenant_id, actor_user_id, table_name, operation, before, after)
  VALUES (NEW.tenant_id, actor, TG_TABLE_NAME, TG_OP, NULL, to_jsonb(NEW));
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER memberships_audit AFTER INSERT OR UPDATE OR DELETE ON memberships
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER programmes_audit AFTER INSERT OR UPDATE OR DELETE ON programmes
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
