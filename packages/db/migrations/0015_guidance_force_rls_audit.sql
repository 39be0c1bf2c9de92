-- Guidance during the duo: the same guarantees as every tenant table.
GRANT SELECT, INSERT, UPDATE, DELETE ON duo_pauses, duo_contacts, coach_assignments, check_ins, mediation_notes, resources, workshops, workshop_invitations, reminder_deliveries, reminder_preferences TO tandem_app;
--> statement-breakpoint
ALTER TABLE duo_pauses FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE duo_contacts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE coach_assignments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE check_ins FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE mediation_notes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE resources FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE workshops FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE workshop_invitations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reminder_deliveries FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reminder_preferences FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- An uploaded file (resources.file_content) is not copied into the audit trail: its name,
-- type and the row's other columns say what changed, and a document of megabytes per edit
-- would swamp the log.
CREATE OR REPLACE FUNCTION audit_tenant_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  actor uuid := nullif(current_setting('app.user_id', true), '')::uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO audit_events (tenant_id, actor_user_id, table_name, operation, before, after)
    VALUES (OLD.tenant_id, actor, TG_TABLE_NAME, TG_OP, to_jsonb(OLD) - 'file_content', NULL);
    RETURN OLD;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO audit_events (tenant_id, actor_user_id, table_name, operation, before, after)
    VALUES (NEW.tenant_id, actor, TG_TABLE_NAME, TG_OP, to_jsonb(OLD) - 'file_content', to_jsonb(NEW) - 'file_content');
    RETURN NEW;
  END IF;
  INSERT INTO audit_events (tenant_id, actor_user_id, table_name, operation, before, after)
  VALUES (NEW.tenant_id, actor, TG_TABLE_NAME, TG_OP, NULL, to_jsonb(NEW) - 'file_content');
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER duo_pauses_audit AFTER INSERT OR UPDATE OR DELETE ON duo_pauses
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER duo_contacts_audit AFTER INSERT OR UPDATE OR DELETE ON duo_contacts
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER coach_assignments_audit AFTER INSERT OR UPDATE OR DELETE ON coach_assignments
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER check_ins_audit AFTER INSERT OR UPDATE OR DELETE ON check_ins
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER mediation_notes_audit AFTER INSERT OR UPDATE OR DELETE ON mediation_notes
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER resources_audit AFTER INSERT OR UPDATE OR DELETE ON resources
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER workshops_audit AFTER INSERT OR UPDATE OR DELETE ON workshops
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER workshop_invitations_audit AFTER INSERT OR UPDATE OR DELETE ON workshop_invitations
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER reminder_deliveries_audit AFTER INSERT OR UPDATE OR DELETE ON reminder_deliveries
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER reminder_preferences_audit AFTER INSERT OR UPDATE OR DELETE ON reminder_preferences
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
