-- Later submissions of an application: the same guarantees as every tenant table.
GRANT SELECT, INSERT, UPDATE, DELETE ON application_submissions TO tandem_app;
--> statement-breakpoint
ALTER TABLE application_submissions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TRIGGER application_submissions_audit AFTER INSERT OR UPDATE OR DELETE ON application_submissions
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
