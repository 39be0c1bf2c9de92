-- Intake tables (criteria A1–A4, B1–B4): the same guarantees as every tenant table.
-- The default privileges of 0001 already grant the application role; stated again so this
-- migration is complete on its own.
GRANT SELECT, INSERT, UPDATE, DELETE ON recruitment_channels, info_sessions, info_session_registrations, applications, interviews, decisions, message_templates, outbox_messages TO tandem_app;
--> statement-breakpoint
ALTER TABLE recruitment_channels FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE info_sessions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE info_session_registrations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE applications FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE interviews FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE decisions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE message_templates FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE outbox_messages FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TRIGGER recruitment_channels_audit AFTER INSERT OR UPDATE OR DELETE ON recruitment_channels
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER info_sessions_audit AFTER INSERT OR UPDATE OR DELETE ON info_sessions
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER info_session_registrations_audit AFTER INSERT OR UPDATE OR DELETE ON info_session_registrations
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER applications_audit AFTER INSERT OR UPDATE OR DELETE ON applications
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER interviews_audit AFTER INSERT OR UPDATE OR DELETE ON interviews
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER decisions_audit AFTER INSERT OR UPDATE OR DELETE ON decisions
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER message_templates_audit AFTER INSERT OR UPDATE OR DELETE ON message_templates
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER outbox_messages_audit AFTER INSERT OR UPDATE OR DELETE ON outbox_messages
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
