CREATE TABLE "check_ins" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"duo_id" uuid NOT NULL,
	"coach_user_id" uuid NOT NULL,
	"check_in_on" date NOT NULL,
	"with_whom" text NOT NULL,
	"going" text NOT NULL,
	"follow_up_needed" boolean DEFAULT false NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_ins_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "check_ins_with_check" CHECK ("check_ins"."with_whom" in ('mentor', 'mentee', 'both')),
	CONSTRAINT "check_ins_going_check" CHECK ("check_ins"."going" in ('well', 'mixed', 'difficult'))
);
--> statement-breakpoint
ALTER TABLE "check_ins" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "coach_assignments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"duo_id" uuid NOT NULL,
	"coach_user_id" uuid NOT NULL,
	"from_date" date NOT NULL,
	"until_date" date,
	"assigned_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coach_assignments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "coach_assignments_dates_check" CHECK ("coach_assignments"."until_date" is null or "coach_assignments"."until_date" > "coach_assignments"."from_date")
);
--> statement-breakpoint
ALTER TABLE "coach_assignments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "duo_contacts" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"duo_id" uuid NOT NULL,
	"contact_on" date NOT NULL,
	"mode" text NOT NULL,
	"duration_minutes" integer,
	"logged_by" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"note" text,
	"note_shared_with_staff" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duo_contacts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "duo_contacts_mode_check" CHECK ("duo_contacts"."mode" in ('in_person', 'phone', 'video', 'message')),
	CONSTRAINT "duo_contacts_logged_by_check" CHECK ("duo_contacts"."logged_by" in ('mentor', 'mentee', 'coach')),
	CONSTRAINT "duo_contacts_duration_check" CHECK ("duo_contacts"."duration_minutes" is null or "duo_contacts"."duration_minutes" between 1 and 1440)
);
--> statement-breakpoint
ALTER TABLE "duo_contacts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "duo_pauses" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"duo_id" uuid NOT NULL,
	"from_date" date NOT NULL,
	"until_date" date,
	"reason" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duo_pauses_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "duo_pauses_dates_check" CHECK ("duo_pauses"."until_date" is null or "duo_pauses"."until_date" > "duo_pauses"."from_date"),
	CONSTRAINT "duo_pauses_reason_check" CHECK (nullif(btrim("duo_pauses"."reason"), '') is not null)
);
--> statement-breakpoint
ALTER TABLE "duo_pauses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mediation_notes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"duo_id" uuid NOT NULL,
	"written_on" date NOT NULL,
	"note" text NOT NULL,
	"written_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mediation_notes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "mediation_notes_note_check" CHECK (nullif(btrim("mediation_notes"."note"), '') is not null)
);
--> statement-breakpoint
ALTER TABLE "mediation_notes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "reminder_deliveries" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"recipient_application_id" uuid,
	"recipient_user_id" uuid,
	"week_start" date NOT NULL,
	"duo_id" uuid,
	"workshop_id" uuid,
	"outbox_message_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_deliveries_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "reminder_deliveries_kind_check" CHECK ("reminder_deliveries"."kind" in ('contact_overdue_duo', 'contact_overdue_coach', 'check_in_due', 'workshop_invitation')),
	CONSTRAINT "reminder_deliveries_recipient_check" CHECK (("reminder_deliveries"."recipient_application_id" is null) <> ("reminder_deliveries"."recipient_user_id" is null))
);
--> statement-breakpoint
ALTER TABLE "reminder_deliveries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "reminder_preferences" (
	"tenant_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"non_essential_stopped_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_preferences_tenant_id_application_id_pk" PRIMARY KEY("tenant_id","application_id")
);
--> statement-breakpoint
ALTER TABLE "reminder_preferences" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "resources" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"url" text,
	"file_name" text,
	"file_media_type" text,
	"file_content" "bytea",
	"audience" text NOT NULL,
	"locale" text,
	"reviewed_on" date,
	"withdrawn_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resources_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "resources_kind_check" CHECK ("resources"."kind" in ('guidelines', 'coaching_tools', 'processes', 'social_map')),
	CONSTRAINT "resources_audience_check" CHECK ("resources"."audience" in ('mentor', 'mentee', 'both')),
	CONSTRAINT "resources_locale_check" CHECK ("resources"."locale" is null or "resources"."locale" in ('nl', 'fr', 'en')),
	CONSTRAINT "resources_title_check" CHECK (nullif(btrim("resources"."title"), '') is not null),
	CONSTRAINT "resources_link_or_file_check" CHECK (("resources"."url" is not null) <> ("resources"."file_content" is not null) and ("resources"."file_content" is null) = ("resources"."file_name" is null) and ("resources"."file_content" is null) = ("resources"."file_media_type" is null)),
	CONSTRAINT "resources_file_size_check" CHECK ("resources"."file_content" is null or octet_length("resources"."file_content") <= 5242880)
);
--> statement-breakpoint
ALTER TABLE "resources" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "workshop_invitations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workshop_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"registered_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"attended" boolean,
	"attendance_recorded_at" timestamp with time zone,
	"attendance_recorded_by" uuid,
	CONSTRAINT "workshop_invitations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "workshop_invitations_key" UNIQUE("tenant_id","workshop_id","application_id"),
	CONSTRAINT "workshop_invitations_answer_check" CHECK ("workshop_invitations"."registered_at" is null or "workshop_invitations"."declined_at" is null)
);
--> statement-breakpoint
ALTER TABLE "workshop_invitations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "workshops" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 120 NOT NULL,
	"theme" text NOT NULL,
	"kind" text NOT NULL,
	"place" text,
	"online_url" text,
	"capacity" integer NOT NULL,
	"ics_uid" text NOT NULL,
	"ics_sequence" integer DEFAULT 0 NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshops_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "workshops_ics_uid_key" UNIQUE("tenant_id","ics_uid"),
	CONSTRAINT "workshops_kind_check" CHECK ("workshops"."kind" in ('peer_exchange', 'extra_training')),
	CONSTRAINT "workshops_theme_check" CHECK (nullif(btrim("workshops"."theme"), '') is not null),
	CONSTRAINT "workshops_capacity_check" CHECK ("workshops"."capacity" between 1 and 10000),
	CONSTRAINT "workshops_duration_check" CHECK ("workshops"."duration_minutes" between 15 and 720),
	CONSTRAINT "workshops_where_check" CHECK (nullif(btrim("workshops"."place"), '') is not null or nullif(btrim("workshops"."online_url"), '') is not null)
);
--> statement-breakpoint
ALTER TABLE "workshops" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "outbox_messages" DROP CONSTRAINT "outbox_messages_kind_check";--> statement-breakpoint
ALTER TABLE "outbox_messages" DROP CONSTRAINT "outbox_messages_status_check";--> statement-breakpoint
ALTER TABLE "duos" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "duos" ADD COLUMN "end_kind" text;--> statement-breakpoint
ALTER TABLE "duos" ADD COLUMN "end_reason_code" text;--> statement-breakpoint
ALTER TABLE "duos" ADD COLUMN "end_reason_text" text;--> statement-breakpoint
ALTER TABLE "duos" ADD COLUMN "ended_by" text;--> statement-breakpoint
ALTER TABLE "duos" ADD COLUMN "end_recorded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "duos" ADD COLUMN "end_recorded_by" uuid;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "duo_id" uuid;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "workshop_id" uuid;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "social_map_services" ADD COLUMN "description" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "social_map_services" ADD COLUMN "organization_name" text;--> statement-breakpoint
ALTER TABLE "social_map_services" ADD COLUMN "schedules" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "social_map_services" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_tenant_id_duo_id_duos_tenant_id_id_fk" FOREIGN KEY ("tenant_id","duo_id") REFERENCES "public"."duos"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_tenant_id_coach_user_id_memberships_tenant_id_user_id_fk" FOREIGN KEY ("tenant_id","coach_user_id") REFERENCES "public"."memberships"("tenant_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_assignments" ADD CONSTRAINT "coach_assignments_tenant_id_duo_id_duos_tenant_id_id_fk" FOREIGN KEY ("tenant_id","duo_id") REFERENCES "public"."duos"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_assignments" ADD CONSTRAINT "coach_assignments_tenant_id_coach_user_id_memberships_tenant_id_user_id_fk" FOREIGN KEY ("tenant_id","coach_user_id") REFERENCES "public"."memberships"("tenant_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_contacts" ADD CONSTRAINT "duo_contacts_tenant_id_duo_id_duos_tenant_id_id_fk" FOREIGN KEY ("tenant_id","duo_id") REFERENCES "public"."duos"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_pauses" ADD CONSTRAINT "duo_pauses_tenant_id_duo_id_duos_tenant_id_id_fk" FOREIGN KEY ("tenant_id","duo_id") REFERENCES "public"."duos"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_notes" ADD CONSTRAINT "mediation_notes_tenant_id_duo_id_duos_tenant_id_id_fk" FOREIGN KEY ("tenant_id","duo_id") REFERENCES "public"."duos"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_notes" ADD CONSTRAINT "mediation_notes_tenant_id_written_by_memberships_tenant_id_user_id_fk" FOREIGN KEY ("tenant_id","written_by") REFERENCES "public"."memberships"("tenant_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_deliveries" ADD CONSTRAINT "reminder_deliveries_tenant_id_recipient_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","recipient_application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_deliveries" ADD CONSTRAINT "reminder_deliveries_tenant_id_recipient_user_id_memberships_tenant_id_user_id_fk" FOREIGN KEY ("tenant_id","recipient_user_id") REFERENCES "public"."memberships"("tenant_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_deliveries" ADD CONSTRAINT "reminder_deliveries_tenant_id_duo_id_duos_tenant_id_id_fk" FOREIGN KEY ("tenant_id","duo_id") REFERENCES "public"."duos"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_deliveries" ADD CONSTRAINT "reminder_deliveries_tenant_id_workshop_id_workshops_tenant_id_id_fk" FOREIGN KEY ("tenant_id","workshop_id") REFERENCES "public"."workshops"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_preferences" ADD CONSTRAINT "reminder_preferences_tenant_id_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."programmes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_invitations" ADD CONSTRAINT "workshop_invitations_tenant_id_workshop_id_workshops_tenant_id_id_fk" FOREIGN KEY ("tenant_id","workshop_id") REFERENCES "public"."workshops"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_invitations" ADD CONSTRAINT "workshop_invitations_tenant_id_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."programmes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_ins_duo_idx" ON "check_ins" USING btree ("tenant_id","duo_id","check_in_on");--> statement-breakpoint
CREATE UNIQUE INDEX "coach_assignments_open_key" ON "coach_assignments" USING btree ("tenant_id","duo_id") WHERE until_date is null;--> statement-breakpoint
CREATE INDEX "coach_assignments_coach_idx" ON "coach_assignments" USING btree ("tenant_id","coach_user_id","until_date");--> statement-breakpoint
CREATE INDEX "duo_contacts_duo_idx" ON "duo_contacts" USING btree ("tenant_id","duo_id","contact_on");--> statement-breakpoint
CREATE INDEX "duo_pauses_duo_idx" ON "duo_pauses" USING btree ("tenant_id","duo_id","from_date");--> statement-breakpoint
CREATE UNIQUE INDEX "duo_pauses_open_key" ON "duo_pauses" USING btree ("tenant_id","duo_id") WHERE until_date is null;--> statement-breakpoint
CREATE INDEX "mediation_notes_duo_idx" ON "mediation_notes" USING btree ("tenant_id","duo_id","written_on");--> statement-breakpoint
CREATE UNIQUE INDEX "reminder_deliveries_weekly_key" ON "reminder_deliveries" USING btree ("tenant_id","kind",coalesce("recipient_application_id", "recipient_user_id"),"week_start");--> statement-breakpoint
CREATE INDEX "resources_programme_idx" ON "resources" USING btree ("tenant_id","programme_id","kind");--> statement-breakpoint
CREATE INDEX "workshop_invitations_application_idx" ON "workshop_invitations" USING btree ("tenant_id","application_id");--> statement-breakpoint
CREATE INDEX "workshops_programme_idx" ON "workshops" USING btree ("tenant_id","programme_id","starts_at");--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_tenant_id_duo_id_duos_tenant_id_id_fk" FOREIGN KEY ("tenant_id","duo_id") REFERENCES "public"."duos"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_tenant_id_workshop_id_workshops_tenant_id_id_fk" FOREIGN KEY ("tenant_id","workshop_id") REFERENCES "public"."workshops"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_messages_due_idx" ON "outbox_messages" USING btree ("tenant_id","next_attempt_at") WHERE status in ('queued', 'sending');--> statement-breakpoint
CREATE UNIQUE INDEX "social_map_services_external_key" ON "social_map_services" USING btree ("tenant_id","programme_id","external_id") WHERE external_id is not null;--> statement-breakpoint
ALTER TABLE "duos" ADD CONSTRAINT "duos_end_check" CHECK (("duos"."ended_on" is null) = ("duos"."end_kind" is null) and ("duos"."ended_on" is null) = ("duos"."ended_by" is null) and ("duos"."ended_on" is null or "duos"."ended_on" >= "duos"."start_date"));--> statement-breakpoint
ALTER TABLE "duos" ADD CONSTRAINT "duos_end_kind_check" CHECK ("duos"."end_kind" is null or "duos"."end_kind" in ('planned', 'early'));--> statement-breakpoint
ALTER TABLE "duos" ADD CONSTRAINT "duos_ended_by_check" CHECK ("duos"."ended_by" is null or "duos"."ended_by" in ('mentor', 'mentee', 'staff'));--> statement-breakpoint
ALTER TABLE "duos" ADD CONSTRAINT "duos_end_reason_check" CHECK ("duos"."end_reason_code" is null or "duos"."end_reason_code" in ('found_work', 'started_training', 'mentee_withdrew', 'mentor_withdrew', 'relationship_difficulties', 'health', 'moved', 'no_contact', 'other'));--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_kind_check" CHECK ("outbox_messages"."kind" in ('confirmation', 'refusal', 'first_meeting_invitation', 'first_meeting_cancellation', 'contact_overdue_duo', 'contact_overdue_coach', 'check_in_due', 'workshop_invitation', 'workshop_cancellation'));--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_status_check" CHECK ("outbox_messages"."status" in ('queued', 'sending', 'sent', 'failed') and ("outbox_messages"."status" = 'sent') = ("outbox_messages"."sent_at" is not null) and ("outbox_messages"."status" = 'sending') = ("outbox_messages"."lease_until" is not null));--> statement-breakpoint
CREATE POLICY "check_ins_tenant_isolation" ON "check_ins" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "coach_assignments_tenant_isolation" ON "coach_assignments" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "coach_assignments_participant_read" ON "coach_assignments" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and duo_id in (select d.id from duos d));--> statement-breakpoint
CREATE POLICY "duo_contacts_tenant_isolation" ON "duo_contacts" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "duo_contacts_participant_read" ON "duo_contacts" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and duo_id in (select d.id from duos d));--> statement-breakpoint
CREATE POLICY "duo_contacts_participant_insert" ON "duo_contacts" AS PERMISSIVE FOR INSERT TO public WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and recorded_by = nullif(current_setting('app.user_id', true), '')::uuid and exists (select 1 from duos d where d.id = duo_contacts.duo_id and (case duo_contacts.logged_by when 'mentor' then d.mentor_application_id when 'mentee' then d.mentee_application_id end) in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid)));--> statement-breakpoint
CREATE POLICY "duo_pauses_tenant_isolation" ON "duo_pauses" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "duo_pauses_participant_read" ON "duo_pauses" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and duo_id in (select d.id from duos d));--> statement-breakpoint
CREATE POLICY "mediation_notes_tenant_isolation" ON "mediation_notes" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "reminder_deliveries_tenant_isolation" ON "reminder_deliveries" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "reminder_preferences_tenant_isolation" ON "reminder_preferences" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "reminder_preferences_participant_read" ON "reminder_preferences" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "reminder_preferences_participant_insert" ON "reminder_preferences" AS PERMISSIVE FOR INSERT TO public WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "reminder_preferences_participant_update" ON "reminder_preferences" AS PERMISSIVE FOR UPDATE TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid)) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "resources_tenant_isolation" ON "resources" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "resources_participant_read" ON "resources" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and withdrawn_on is null and exists (select 1 from applications a where a.programme_id = resources.programme_id and (resources.audience = 'both' or resources.audience = a.role)));--> statement-breakpoint
CREATE POLICY "workshop_invitations_tenant_isolation" ON "workshop_invitations" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "workshop_invitations_participant_read" ON "workshop_invitations" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "workshop_invitations_participant_update" ON "workshop_invitations" AS PERMISSIVE FOR UPDATE TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid)) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid) and attended is not distinct from null);--> statement-breakpoint
CREATE POLICY "workshops_tenant_isolation" ON "workshops" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "workshops_participant_read" ON "workshops" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and id in (select i.workshop_id from workshop_invitations i));