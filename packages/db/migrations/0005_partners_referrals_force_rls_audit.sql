-- Partner referrals, the social map and onward referrals (B1, B5, D4): the same guarantees as
-- every tenant table. The platform tables (partner_organisations, partner_memberships,
-- partner_api_keys, partner_api_requests) carry no tenant data and get the default grants.
GRANT SELECT, INSERT, UPDATE, DELETE ON partner_organisations, partner_memberships, partner_api_keys, partner_api_requests, partner_links, referrals, referral_status_changes, social_map_services, onward_referrals TO tandem_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO tandem_app;
--> statement-breakpoint
ALTER TABLE partner_links FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE referrals FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE referral_status_changes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE social_map_services FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE onward_referrals FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TRIGGER partner_links_audit AFTER INSERT OR UPDATE OR DELETE ON partner_links
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER referrals_audit AFTER INSERT OR UPDATE OR DELETE ON referrals
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER referral_status_changes_audit AFTER INSERT OR UPDATE OR DELETE ON referral_status_changes
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER social_map_services_audit AFTER INSERT OR UPDATE OR DELETE ON social_map_services
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER onward_referrals_audit AFTER INSERT OR UPDATE OR DELETE ON onward_referrals
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
