-- Mentor training (criterion A5): the same guarantees as every tenant table.
GRANT SELECT, INSERT, UPDATE, DELETE ON training_modules, training_sessions, training_session_modules, training_attendances TO tandem_app;
--> statement-breakpoint
ALTER TABLE training_modules FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE training_sessions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE training_session_modules FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE training_attendances FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TRIGGER training_modules_audit AFTER INSERT OR UPDATE OR DELETE ON training_modules
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER training_sessions_audit AFTER INSERT OR UPDATE OR DELETE ON training_sessions
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER training_session_modules_audit AFTER INSERT OR UPDATE OR DELETE ON training_session_modules
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER training_attendances_audit AFTER INSERT OR UPDATE OR DELETE ON training_attendances
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
