CREATE TABLE "agreement_acceptances" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"role" text NOT NULL,
	"locale" text NOT NULL,
	"text_sha256" text NOT NULL,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_by" uuid NOT NULL,
	CONSTRAINT "agreement_acceptances_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "agreement_acceptances_role_key" UNIQUE("tenant_id","agreement_id","role"),
	CONSTRAINT "agreement_acceptances_role_check" CHECK ("agreement_acceptances"."role" in ('mentor', 'mentee')),
	CONSTRAINT "agreement_acceptances_locale_check" CHECK ("agreement_acceptances"."locale" in ('nl', 'fr', 'en')),
	CONSTRAINT "agreement_acceptances_hash_check" CHECK ("agreement_acceptances"."text_sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "agreement_acceptances" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agreement_templates" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"ethical_charter" text NOT NULL,
	"confidentiality" text NOT NULL,
	"when_difficult" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "agreement_templates_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "agreement_templates_key" UNIQUE("tenant_id","programme_id","locale"),
	CONSTRAINT "agreement_templates_locale_check" CHECK ("agreement_templates"."locale" in ('nl', 'fr', 'en'))
);
--> statement-breakpoint
ALTER TABLE "agreement_templates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agreements" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"match_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"texts" jsonb NOT NULL,
	"duration_months" integer NOT NULL,
	"contact_interval_days" integer NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_by" uuid,
	"superseded_at" timestamp with time zone,
	CONSTRAINT "agreements_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "agreements_version_key" UNIQUE("tenant_id","match_id","version"),
	CONSTRAINT "agreements_duration_check" CHECK ("agreements"."duration_months" between 1 and 60),
	CONSTRAINT "agreements_interval_check" CHECK ("agreements"."contact_interval_days" between 1 and 31)
);
--> statement-breakpoint
ALTER TABLE "agreements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "duos" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"match_id" uuid NOT NULL,
	"mentor_application_id" uuid NOT NULL,
	"mentee_application_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"planned_end_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duos_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "duos_match_key" UNIQUE("tenant_id","match_id"),
	CONSTRAINT "duos_dates_check" CHECK ("duos"."planned_end_date" > "duos"."start_date")
);
--> statement-breakpoint
ALTER TABLE "duos" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "first_meetings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"match_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 60 NOT NULL,
	"place" text NOT NULL,
	"location_kind" text NOT NULL,
	"planned_staff_user_id" uuid NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"ics_uid" text NOT NULL,
	"ics_sequence" integer DEFAULT 0 NOT NULL,
	"staff_present_user_id" uuid,
	"mentor_present" boolean,
	"mentee_present" boolean,
	"outcome_recorded_at" timestamp with time zone,
	"outcome_recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "first_meetings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "first_meetings_ics_uid_key" UNIQUE("tenant_id","ics_uid"),
	CONSTRAINT "first_meetings_location_kind_check" CHECK ("first_meetings"."location_kind" in ('organisation_office', 'library', 'cafe', 'public_space', 'online_with_coach', 'mentor_home', 'mentee_home', 'other_private')),
	CONSTRAINT "first_meetings_status_check" CHECK ("first_meetings"."status" in ('planned', 'held', 'not_held', 'cancelled')),
	CONSTRAINT "first_meetings_duration_check" CHECK ("first_meetings"."duration_minutes" between 15 and 480),
	CONSTRAINT "first_meetings_place_check" CHECK (nullif(btrim("first_meetings"."place"), '') is not null),
	CONSTRAINT "first_meetings_outcome_check" CHECK (("first_meetings"."status" in ('held', 'not_held')) = ("first_meetings"."outcome_recorded_at" is not null) and ("first_meetings"."status" = 'held' or ("first_meetings"."staff_present_user_id" is null and "first_meetings"."mentor_present" is null and "first_meetings"."mentee_present" is null)))
);
--> statement-breakpoint
ALTER TABLE "first_meetings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "match_validations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"match_id" uuid NOT NULL,
	"role" text NOT NULL,
	"answer" text NOT NULL,
	"channel" text NOT NULL,
	"reason" text,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid NOT NULL,
	CONSTRAINT "match_validations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "match_validations_role_check" CHECK ("match_validations"."role" in ('mentor', 'mentee')),
	CONSTRAINT "match_validations_answer_check" CHECK ("match_validations"."answer" in ('confirmed', 'declined')),
	CONSTRAINT "match_validations_channel_check" CHECK ("match_validations"."channel" in ('portal', 'phone', 'email', 'in_person'))
);
--> statement-breakpoint
ALTER TABLE "match_validations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "matches" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"mentor_application_id" uuid NOT NULL,
	"mentee_application_id" uuid NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"score" double precision,
	"score_breakdown" jsonb,
	"introduction" jsonb NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"close_reason" text,
	CONSTRAINT "matches_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "matches_status_check" CHECK ("matches"."status" in ('proposed', 'started', 'declined', 'cancelled')),
	CONSTRAINT "matches_score_check" CHECK ("matches"."score" is null or ("matches"."score" >= 0 and "matches"."score" <= 1)),
	CONSTRAINT "matches_closed_check" CHECK (("matches"."status" in ('declined', 'cancelled')) = ("matches"."closed_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "matches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "matching_exclusions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"mentor_application_id" uuid NOT NULL,
	"mentee_application_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "matching_exclusions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "matching_exclusions_pair_key" UNIQUE("tenant_id","mentor_application_id","mentee_application_id"),
	CONSTRAINT "matching_exclusions_reason_check" CHECK (nullif(btrim("matching_exclusions"."reason"), '') is not null)
);
--> statement-breakpoint
ALTER TABLE "matching_exclusions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "matching_settings" (
	"tenant_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"weights" jsonb NOT NULL,
	"max_distance_km" integer NOT NULL,
	"distance_is_hard_limit" boolean DEFAULT false NOT NULL,
	"require_complete_training" boolean DEFAULT true NOT NULL,
	"min_score" double precision DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "matching_settings_tenant_id_programme_id_pk" PRIMARY KEY("tenant_id","programme_id"),
	CONSTRAINT "matching_settings_distance_check" CHECK ("matching_settings"."max_distance_km" between 1 and 500),
	CONSTRAINT "matching_settings_min_score_check" CHECK ("matching_settings"."min_score" >= 0 and "matching_settings"."min_score" <= 1)
);
--> statement-breakpoint
ALTER TABLE "matching_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "participant_accounts" (
	"tenant_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participant_accounts_tenant_id_application_id_pk" PRIMARY KEY("tenant_id","application_id")
);
--> statement-breakpoint
ALTER TABLE "participant_accounts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "outbox_messages" DROP CONSTRAINT "outbox_messages_kind_check";--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "mentor_capacity" integer;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "first_meeting_id" uuid;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "calendar" text;--> statement-breakpoint
ALTER TABLE "password_tokens" ADD COLUMN "purpose" text DEFAULT 'set_password' NOT NULL;--> statement-breakpoint
ALTER TABLE "agreement_acceptances" ADD CONSTRAINT "agreement_acceptances_tenant_id_agreement_id_agreements_tenant_id_id_fk" FOREIGN KEY ("tenant_id","agreement_id") REFERENCES "public"."agreements"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_templates" ADD CONSTRAINT "agreement_templates_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."programmes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_tenant_id_match_id_matches_tenant_id_id_fk" FOREIGN KEY ("tenant_id","match_id") REFERENCES "public"."matches"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duos" ADD CONSTRAINT "duos_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."programmes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duos" ADD CONSTRAINT "duos_tenant_id_match_id_matches_tenant_id_id_fk" FOREIGN KEY ("tenant_id","match_id") REFERENCES "public"."matches"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duos" ADD CONSTRAINT "duos_tenant_id_mentor_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","mentor_application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duos" ADD CONSTRAINT "duos_tenant_id_mentee_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","mentee_application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "first_meetings" ADD CONSTRAINT "first_meetings_tenant_id_match_id_matches_tenant_id_id_fk" FOREIGN KEY ("tenant_id","match_id") REFERENCES "public"."matches"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "first_meetings" ADD CONSTRAINT "first_meetings_tenant_id_planned_staff_user_id_memberships_tenant_id_user_id_fk" FOREIGN KEY ("tenant_id","planned_staff_user_id") REFERENCES "public"."memberships"("tenant_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "first_meetings" ADD CONSTRAINT "first_meetings_tenant_id_staff_present_user_id_memberships_tenant_id_user_id_fk" FOREIGN KEY ("tenant_id","staff_present_user_id") REFERENCES "public"."memberships"("tenant_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_validations" ADD CONSTRAINT "match_validations_tenant_id_match_id_matches_tenant_id_id_fk" FOREIGN KEY ("tenant_id","match_id") REFERENCES "public"."matches"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."programmes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_tenant_id_mentor_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","mentor_application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_tenant_id_mentee_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","mentee_application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_tenant_id_decided_by_memberships_tenant_id_user_id_fk" FOREIGN KEY ("tenant_id","decided_by") REFERENCES "public"."memberships"("tenant_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_exclusions" ADD CONSTRAINT "matching_exclusions_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."programmes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_exclusions" ADD CONSTRAINT "matching_exclusions_tenant_id_mentor_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","mentor_application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_exclusions" ADD CONSTRAINT "matching_exclusions_tenant_id_mentee_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","mentee_application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_settings" ADD CONSTRAINT "matching_settings_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."programmes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_accounts" ADD CONSTRAINT "participant_accounts_tenant_id_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_accounts" ADD CONSTRAINT "participant_accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreements_current_key" ON "agreements" USING btree ("tenant_id","match_id") WHERE superseded_at is null;--> statement-breakpoint
CREATE INDEX "duos_programme_idx" ON "duos" USING btree ("tenant_id","programme_id","start_date");--> statement-breakpoint
CREATE UNIQUE INDEX "first_meetings_planned_key" ON "first_meetings" USING btree ("tenant_id","match_id") WHERE status = 'planned';--> statement-breakpoint
CREATE INDEX "first_meetings_match_idx" ON "first_meetings" USING btree ("tenant_id","match_id");--> statement-breakpoint
CREATE INDEX "match_validations_match_idx" ON "match_validations" USING btree ("tenant_id","match_id","answered_at");--> statement-breakpoint
CREATE UNIQUE INDEX "matches_open_mentee_key" ON "matches" USING btree ("tenant_id","mentee_application_id") WHERE status = 'proposed';--> statement-breakpoint
CREATE INDEX "matches_programme_idx" ON "matches" USING btree ("tenant_id","programme_id","status");--> statement-breakpoint
CREATE INDEX "matches_mentor_idx" ON "matches" USING btree ("tenant_id","mentor_application_id");--> statement-breakpoint
CREATE INDEX "matching_exclusions_programme_idx" ON "matching_exclusions" USING btree ("tenant_id","programme_id");--> statement-breakpoint
CREATE INDEX "participant_accounts_user_idx" ON "participant_accounts" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_tenant_id_first_meeting_id_first_meetings_tenant_id_id_fk" FOREIGN KEY ("tenant_id","first_meeting_id") REFERENCES "public"."first_meetings"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_messages_first_meeting_idx" ON "outbox_messages" USING btree ("tenant_id","first_meeting_id");--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_mentor_capacity_check" CHECK ("applications"."mentor_capacity" is null or ("applications"."role" = 'mentor' and "applications"."mentor_capacity" between 1 and 5));--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_kind_check" CHECK ("outbox_messages"."kind" in ('confirmation', 'refusal', 'first_meeting_invitation', 'first_meeting_cancellation'));--> statement-breakpoint
ALTER TABLE "password_tokens" ADD CONSTRAINT "password_tokens_purpose_check" CHECK ("password_tokens"."purpose" in ('set_password', 'sign_in'));--> statement-breakpoint
CREATE POLICY "applications_participant_read" ON "applications" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "audit_events_participant_read" ON "audit_events" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and false);--> statement-breakpoint
CREATE POLICY "audit_events_participant_insert" ON "audit_events" AS PERMISSIVE FOR INSERT TO public WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and true);--> statement-breakpoint
CREATE POLICY "programmes_participant_read" ON "programmes" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and id in (select a.programme_id from applications a));--> statement-breakpoint
CREATE POLICY "agreement_acceptances_tenant_isolation" ON "agreement_acceptances" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "agreement_acceptances_participant_read" ON "agreement_acceptances" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and agreement_id in (select a.id from agreements a));--> statement-breakpoint
CREATE POLICY "agreement_acceptances_participant_insert" ON "agreement_acceptances" AS PERMISSIVE FOR INSERT TO public WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and accepted_by = nullif(current_setting('app.user_id', true), '')::uuid and exists (select 1 from agreements a join matches m on m.id = a.match_id where a.id = agreement_acceptances.agreement_id and a.superseded_at is null and (case agreement_acceptances.role when 'mentor' then m.mentor_application_id else m.mentee_application_id end) in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid)));--> statement-breakpoint
CREATE POLICY "agreement_templates_tenant_isolation" ON "agreement_templates" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "agreements_tenant_isolation" ON "agreements" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "agreements_participant_read" ON "agreements" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and match_id in (select m.id from matches m));--> statement-breakpoint
CREATE POLICY "duos_tenant_isolation" ON "duos" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "duos_participant_read" ON "duos" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and match_id in (select m.id from matches m));--> statement-breakpoint
CREATE POLICY "duos_participant_insert" ON "duos" AS PERMISSIVE FOR INSERT TO public WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and match_id in (select m.id from matches m where m.status = 'proposed'));--> statement-breakpoint
CREATE POLICY "first_meetings_tenant_isolation" ON "first_meetings" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "first_meetings_participant_read" ON "first_meetings" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and match_id in (select m.id from matches m));--> statement-breakpoint
CREATE POLICY "match_validations_tenant_isolation" ON "match_validations" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "match_validations_participant_read" ON "match_validations" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and match_id in (select m.id from matches m));--> statement-breakpoint
CREATE POLICY "match_validations_participant_insert" ON "match_validations" AS PERMISSIVE FOR INSERT TO public WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and channel = 'portal' and recorded_by = nullif(current_setting('app.user_id', true), '')::uuid and exists (select 1 from matches m where m.id = match_validations.match_id and m.status = 'proposed' and (case match_validations.role when 'mentor' then m.mentor_application_id else m.mentee_application_id end) in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid)));--> statement-breakpoint
CREATE POLICY "matches_tenant_isolation" ON "matches" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "matches_participant_read" ON "matches" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and (mentor_application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid) or mentee_application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid)));--> statement-breakpoint
CREATE POLICY "matches_participant_update" ON "matches" AS PERMISSIVE FOR UPDATE TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and (mentor_application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid) or mentee_application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid))) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and status in ('proposed', 'declined', 'started'));--> statement-breakpoint
CREATE POLICY "matching_exclusions_tenant_isolation" ON "matching_exclusions" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "matching_settings_tenant_isolation" ON "matching_settings" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "participant_accounts_tenant_isolation" ON "participant_accounts" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "participant_accounts_participant_read" ON "participant_accounts" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and user_id = nullif(current_setting('app.user_id', true), '')::uuid);--> statement-breakpoint
ALTER POLICY "application_submissions_tenant_isolation" ON "application_submissions" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "applications_tenant_isolation" ON "applications" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "decisions_tenant_isolation" ON "decisions" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "info_session_registrations_tenant_isolation" ON "info_session_registrations" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "info_sessions_tenant_isolation" ON "info_sessions" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "interviews_tenant_isolation" ON "interviews" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "message_templates_tenant_isolation" ON "message_templates" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "outbox_messages_tenant_isolation" ON "outbox_messages" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "recruitment_channels_tenant_isolation" ON "recruitment_channels" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "audit_events_tenant_isolation" ON "audit_events" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "memberships_tenant_isolation" ON "memberships" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "programmes_tenant_isolation" ON "programmes" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "onward_referrals_tenant_isolation" ON "onward_referrals" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "partner_links_tenant_isolation" ON "partner_links" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "referral_status_changes_tenant_isolation" ON "referral_status_changes" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "referrals_tenant_isolation" ON "referrals" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "social_map_services_tenant_isolation" ON "social_map_services" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "training_attendances_tenant_isolation" ON "training_attendances" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "training_modules_tenant_isolation" ON "training_modules" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "training_session_modules_tenant_isolation" ON "training_session_modules" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
ALTER POLICY "training_sessions_tenant_isolation" ON "training_sessions" TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');