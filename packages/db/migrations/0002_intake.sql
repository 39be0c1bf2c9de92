CREATE TABLE "applications" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"preferred_locale" text NOT NULL,
	"availability" jsonb NOT NULL,
	"postcode" text NOT NULL,
	"municipality" text NOT NULL,
	"languages" text[] NOT NULL,
	"sector" text NOT NULL,
	"experience_years" integer,
	"goal" text NOT NULL,
	"birth_year" integer NOT NULL,
	"interests" text[] DEFAULT '{}'::text[] NOT NULL,
	"channel_id" uuid NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"consent_text_version" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submission_count" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "applications_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "applications_person_key" UNIQUE("tenant_id","programme_id","role","email"),
	CONSTRAINT "applications_role_check" CHECK ("applications"."role" in ('mentor', 'mentee')),
	CONSTRAINT "applications_locale_check" CHECK ("applications"."preferred_locale" in ('nl', 'fr', 'en')),
	CONSTRAINT "applications_birth_year_check" CHECK ("applications"."birth_year" between 1900 and 2100),
	CONSTRAINT "applications_experience_check" CHECK ("applications"."experience_years" is null or "applications"."experience_years" between 0 and 80)
);
--> statement-breakpoint
ALTER TABLE "applications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "decisions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"refusal_reason" text,
	"reason_text" text,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	CONSTRAINT "decisions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "decisions_application_key" UNIQUE("tenant_id","application_id"),
	CONSTRAINT "decisions_outcome_check" CHECK ("decisions"."outcome" in ('accepted', 'refused')),
	CONSTRAINT "decisions_reason_check" CHECK (("decisions"."outcome" = 'accepted' and "decisions"."refusal_reason" is null) or ("decisions"."outcome" = 'refused' and "decisions"."refusal_reason" in ('not_available_enough', 'expectations_unrealistic', 'needs_other_support', 'profile_mismatch', 'withdrew', 'other') and nullif(btrim("decisions"."reason_text"), '') is not null))
);
--> statement-breakpoint
ALTER TABLE "decisions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "info_session_registrations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"info_session_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"locale" text NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"consent_text_version" text NOT NULL,
	"attended" boolean,
	"attendance_recorded_at" timestamp with time zone,
	"attendance_recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "info_session_registrations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "info_session_registrations_email_key" UNIQUE("tenant_id","info_session_id","email"),
	CONSTRAINT "info_session_registrations_locale_check" CHECK ("info_session_registrations"."locale" in ('nl', 'fr', 'en'))
);
--> statement-breakpoint
ALTER TABLE "info_session_registrations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "info_sessions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"audience" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text,
	"online_url" text,
	"capacity" integer NOT NULL,
	"topics_covered" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "info_sessions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "info_sessions_audience_check" CHECK ("info_sessions"."audience" in ('mentor', 'mentee')),
	CONSTRAINT "info_sessions_capacity_check" CHECK ("info_sessions"."capacity" between 1 and 10000),
	CONSTRAINT "info_sessions_where_check" CHECK (nullif(btrim("info_sessions"."place"), '') is not null or nullif(btrim("info_sessions"."online_url"), '') is not null),
	CONSTRAINT "info_sessions_topics_check" CHECK ("info_sessions"."topics_covered" <@ array['eligibility_and_role', 'content_benefits_challenges', 'voluntary_nature']::text[])
);
--> statement-breakpoint
ALTER TABLE "info_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "interviews" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"interviewer_user_id" uuid NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"mode" text NOT NULL,
	"completed_at" timestamp with time zone,
	"committed_period_months" integer,
	"committed_contact_interval_days" integer,
	"expectations_realistic" boolean,
	"expectations_note" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interviews_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "interviews_mode_check" CHECK ("interviews"."mode" in ('in_person', 'online')),
	CONSTRAINT "interviews_period_check" CHECK ("interviews"."committed_period_months" is null or "interviews"."committed_period_months" between 1 and 60),
	CONSTRAINT "interviews_interval_check" CHECK ("interviews"."committed_contact_interval_days" is null or "interviews"."committed_contact_interval_days" between 1 and 31),
	CONSTRAINT "interviews_complete_check" CHECK ("interviews"."completed_at" is null or ("interviews"."committed_period_months" is not null and "interviews"."committed_contact_interval_days" is not null and "interviews"."expectations_realistic" is not null))
);
--> statement-breakpoint
ALTER TABLE "interviews" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "message_templates" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"locale" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_templates_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "message_templates_key" UNIQUE("tenant_id","programme_id","kind","locale"),
	CONSTRAINT "message_templates_kind_check" CHECK ("message_templates"."kind" in ('confirmation', 'refusal')),
	CONSTRAINT "message_templates_locale_check" CHECK ("message_templates"."locale" in ('nl', 'fr', 'en'))
);
--> statement-breakpoint
ALTER TABLE "message_templates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"decision_id" uuid,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"locale" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"sent_by" uuid,
	CONSTRAINT "outbox_messages_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "outbox_messages_kind_check" CHECK ("outbox_messages"."kind" in ('confirmation', 'refusal')),
	CONSTRAINT "outbox_messages_locale_check" CHECK ("outbox_messages"."locale" in ('nl', 'fr', 'en')),
	CONSTRAINT "outbox_messages_status_check" CHECK (("outbox_messages"."status" = 'queued' and "outbox_messages"."sent_at" is null) or ("outbox_messages"."status" = 'sent' and "outbox_messages"."sent_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "outbox_messages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "recruitment_channels" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"audience" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recruitment_channels_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "recruitment_channels_kind_check" CHECK ("recruitment_channels"."kind" in ('employer_partnership', 'volunteer_centre', 'social_media', 'alumni', 'word_of_mouth', 'event', 'partner_referral', 'public_employment_service', 'other')),
	CONSTRAINT "recruitment_channels_audience_check" CHECK ("recruitment_channels"."audience" in ('mentor', 'mentee', 'both'))
);
--> statement-breakpoint
ALTER TABLE "recruitment_channels" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."programmes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_tenant_id_channel_id_recruitment_channels_tenant_id_id_fk" FOREIGN KEY ("tenant_id","channel_id") REFERENCES "public"."recruitment_channels"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_tenant_id_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_session_registrations" ADD CONSTRAINT "info_session_registrations_tenant_id_info_session_id_info_sessions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","info_session_id") REFERENCES "public"."info_sessions"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_sessions" ADD CONSTRAINT "info_sessions_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."programmes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_tenant_id_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_tenant_id_interviewer_user_id_memberships_tenant_id_user_id_fk" FOREIGN KEY ("tenant_id","interviewer_user_id") REFERENCES "public"."memberships"("tenant_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_templates" ADD CONSTRAINT "message_templates_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."programmes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_tenant_id_decision_id_decisions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","decision_id") REFERENCES "public"."decisions"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruitment_channels" ADD CONSTRAINT "recruitment_channels_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."programmes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applications_channel_idx" ON "applications" USING btree ("tenant_id","channel_id");--> statement-breakpoint
CREATE INDEX "info_session_registrations_email_idx" ON "info_session_registrations" USING btree ("tenant_id","email");--> statement-breakpoint
CREATE INDEX "info_sessions_programme_idx" ON "info_sessions" USING btree ("tenant_id","programme_id","starts_at");--> statement-breakpoint
CREATE INDEX "interviews_application_idx" ON "interviews" USING btree ("tenant_id","application_id");--> statement-breakpoint
CREATE INDEX "outbox_messages_status_idx" ON "outbox_messages" USING btree ("tenant_id","status","created_at");--> statement-breakpoint
CREATE POLICY "applications_tenant_isolation" ON "applications" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "decisions_tenant_isolation" ON "decisions" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "info_session_registrations_tenant_isolation" ON "info_session_registrations" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "info_sessions_tenant_isolation" ON "info_sessions" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "interviews_tenant_isolation" ON "interviews" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "message_templates_tenant_isolation" ON "message_templates" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "outbox_messages_tenant_isolation" ON "outbox_messages" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "recruitment_channels_tenant_isolation" ON "recruitment_channels" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);