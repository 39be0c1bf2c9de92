-- Matching, the duo's start and portal accounts: the same guarantees as every tenant table.
GRANT SELECT, INSERT, UPDATE, DELETE ON matching_settings, matching_exclusions, matches, first_meetings, match_validations, agreement_templates, agreements, agreement_acceptances, duos, participant_accounts TO tandem_app;
--> statement-breakpoint
ALTER TABLE matching_settings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE matching_exclusions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE matches FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE first_meetings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE match_validations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE agreement_templates FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE agreements FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE agreement_acceptances FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE duos FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE participant_accounts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TRIGGER matching_settings_audit AFTER INSERT OR UPDATE OR DELETE ON matching_settings
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER matching_exclusions_audit AFTER INSERT OR UPDATE OR DELETE ON matching_exclusions
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER matches_audit AFTER INSERT OR UPDATE OR DELETE ON matches
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER first_meetings_audit AFTER INSERT OR UPDATE OR DELETE ON first_meetings
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER match_validations_audit AFTER INSERT OR UPDATE OR DELETE ON match_validations
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER agreement_templates_audit AFTER INSERT OR UPDATE OR DELETE ON agreement_templates
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER agreements_audit AFTER INSERT OR UPDATE OR DELETE ON agreements
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER agreement_acceptances_audit AFTER INSERT OR UPDATE OR DELETE ON agreement_acceptances
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER duos_audit AFTER INSERT OR UPDATE OR DELETE ON duos
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER participant_accounts_audit AFTER INSERT OR UPDATE OR DELETE ON participant_accounts
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
