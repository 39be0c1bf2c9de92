CREATE TABLE "partner_api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "partner_api_requests" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "partner_api_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"api_key_id" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_memberships" (
	"partner_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_memberships_partner_id_user_id_pk" PRIMARY KEY("partner_id","user_id"),
	CONSTRAINT "partner_memberships_role_check" CHECK ("partner_memberships"."role" in ('admin', 'member'))
);
--> statement-breakpoint
CREATE TABLE "partner_organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_organisations_kind_check" CHECK ("partner_organisations"."kind" in ('public_employment_service', 'social_service', 'ngo', 'other'))
);
--> statement-breakpoint
CREATE TABLE "onward_referrals" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"partner_id" uuid,
	"person_name" text NOT NULL,
	"person_email" text NOT NULL,
	"person_phone" text,
	"preferred_locale" text NOT NULL,
	"note" text NOT NULL,
	"sent_at" timestamp with time zone,
	"sent_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "onward_referrals_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "onward_referrals_decision_key" UNIQUE("tenant_id","decision_id"),
	CONSTRAINT "onward_referrals_locale_check" CHECK ("onward_referrals"."preferred_locale" in ('nl', 'fr', 'en'))
);
--> statement-breakpoint
ALTER TABLE "onward_referrals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "partner_links" (
	"tenant_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "partner_links_tenant_id_partner_id_pk" PRIMARY KEY("tenant_id","partner_id")
);
--> statement-breakpoint
ALTER TABLE "partner_links" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "referral_status_changes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" uuid,
	CONSTRAINT "referral_status_changes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "referral_status_changes_status_check" CHECK ("referral_status_changes"."status" in ('received', 'in_screening', 'accepted', 'not_accepted', 'referred_on'))
);
--> statement-breakpoint
ALTER TABLE "referral_status_changes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "referrals" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"via" text NOT NULL,
	"submitted_by" uuid,
	"api_key_id" uuid,
	"person_name" text NOT NULL,
	"person_email" text NOT NULL,
	"person_phone" text,
	"preferred_locale" text NOT NULL,
	"needs" text NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"consent_text_version" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idempotency_key" text,
	"request_hash" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "referrals_idempotency_key" UNIQUE("tenant_id","partner_id","idempotency_key"),
	CONSTRAINT "referrals_via_check" CHECK ("referrals"."via" in ('web_form', 'api')),
	CONSTRAINT "referrals_locale_check" CHECK ("referrals"."preferred_locale" in ('nl', 'fr', 'en')),
	CONSTRAINT "referrals_status_check" CHECK ("referrals"."status" in ('received', 'in_screening', 'accepted', 'not_accepted', 'referred_on')),
	CONSTRAINT "referrals_idempotency_check" CHECK (("referrals"."idempotency_key" is null) = ("referrals"."request_hash" is null))
);
--> statement-breakpoint
ALTER TABLE "referrals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "social_map_services" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"address" text,
	"email" text,
	"phone" text,
	"website" text,
	"partner_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "social_map_services_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "social_map_services_kind_check" CHECK ("social_map_services"."kind" in ('employment', 'training', 'language', 'social_support', 'health', 'housing', 'financial', 'legal', 'other'))
);
--> statement-breakpoint
ALTER TABLE "social_map_services" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "partner_api_keys" ADD CONSTRAINT "partner_api_keys_partner_id_partner_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partner_organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_api_requests" ADD CONSTRAINT "partner_api_requests_api_key_id_partner_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."partner_api_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_memberships" ADD CONSTRAINT "partner_memberships_partner_id_partner_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partner_organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_memberships" ADD CONSTRAINT "partner_memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onward_referrals" ADD CONSTRAINT "onward_referrals_tenant_id_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onward_referrals" ADD CONSTRAINT "onward_referrals_tenant_id_decision_id_decisions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","decision_id") REFERENCES "public"."decisions"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onward_referrals" ADD CONSTRAINT "onward_referrals_tenant_id_service_id_social_map_services_tenant_id_id_fk" FOREIGN KEY ("tenant_id","service_id") REFERENCES "public"."social_map_services"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onward_referrals" ADD CONSTRAINT "onward_referrals_partner_id_partner_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partner_organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_links" ADD CONSTRAINT "partner_links_tenant_id_organisations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_links" ADD CONSTRAINT "partner_links_partner_id_partner_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partner_organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_status_changes" ADD CONSTRAINT "referral_status_changes_tenant_id_referral_id_referrals_tenant_id_id_fk" FOREIGN KEY ("tenant_id","referral_id") REFERENCES "public"."referrals"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."programmes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_tenant_id_partner_id_partner_links_tenant_id_partner_id_fk" FOREIGN KEY ("tenant_id","partner_id") REFERENCES "public"."partner_links"("tenant_id","partner_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_map_services" ADD CONSTRAINT "social_map_services_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."programmes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_map_services" ADD CONSTRAINT "social_map_services_partner_id_partner_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partner_organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "partner_api_keys_hash_key" ON "partner_api_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "partner_api_keys_partner_idx" ON "partner_api_keys" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "partner_api_requests_key_idx" ON "partner_api_requests" USING btree ("api_key_id","requested_at");--> statement-breakpoint
CREATE INDEX "partner_memberships_user_idx" ON "partner_memberships" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "onward_referrals_partner_idx" ON "onward_referrals" USING btree ("partner_id","sent_at");--> statement-breakpoint
CREATE INDEX "partner_links_partner_idx" ON "partner_links" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "referral_status_changes_referral_idx" ON "referral_status_changes" USING btree ("tenant_id","referral_id","changed_at");--> statement-breakpoint
CREATE INDEX "referrals_programme_idx" ON "referrals" USING btree ("tenant_id","programme_id","submitted_at");--> statement-breakpoint
CREATE INDEX "referrals_partner_idx" ON "referrals" USING btree ("partner_id","submitted_at");--> statement-breakpoint
CREATE INDEX "social_map_services_programme_idx" ON "social_map_services" USING btree ("tenant_id","programme_id","name");--> statement-breakpoint
CREATE POLICY "onward_referrals_tenant_isolation" ON "onward_referrals" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "onward_referrals_partner_read" ON "onward_referrals" AS PERMISSIVE FOR SELECT TO public USING (partner_id = nullif(current_setting('app.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "partner_links_tenant_isolation" ON "partner_links" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "partner_links_partner_read" ON "partner_links" AS PERMISSIVE FOR SELECT TO public USING (partner_id = nullif(current_setting('app.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "referral_status_changes_tenant_isolation" ON "referral_status_changes" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "referrals_tenant_isolation" ON "referrals" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "referrals_partner_read" ON "referrals" AS PERMISSIVE FOR SELECT TO public USING (partner_id = nullif(current_setting('app.partner_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "social_map_services_tenant_isolation" ON "social_map_services" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);