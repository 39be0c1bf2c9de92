CREATE TABLE "closing_meetings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"duo_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 60 NOT NULL,
	"mode" text NOT NULL,
	"place" text,
	"online_url" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"held_on" date,
	"ics_uid" text NOT NULL,
	"ics_sequence" integer DEFAULT 0 NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "closing_meetings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "closing_meetings_ics_uid_key" UNIQUE("tenant_id","ics_uid"),
	CONSTRAINT "closing_meetings_mode_check" CHECK ("closing_meetings"."mode" in ('in_person', 'online')),
	CONSTRAINT "closing_meetings_status_check" CHECK ("closing_meetings"."status" in ('planned', 'held', 'not_held', 'cancelled')),
	CONSTRAINT "closing_meetings_held_check" CHECK (("closing_meetings"."status" = 'held') = ("closing_meetings"."held_on" is not null)),
	CONSTRAINT "closing_meetings_where_check" CHECK (nullif(btrim("closing_meetings"."place"), '') is not null or nullif(btrim("closing_meetings"."online_url"), '') is not null),
	CONSTRAINT "closing_meetings_duration_check" CHECK ("closing_meetings"."duration_minutes" between 15 and 480)
);
--> statement-breakpoint
ALTER TABLE "closing_meetings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "duo_closures" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"duo_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_by" uuid NOT NULL,
	CONSTRAINT "duo_closures_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "duo_closures_duo_key" UNIQUE("tenant_id","duo_id")
);
--> statement-breakpoint
ALTER TABLE "duo_closures" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "evaluations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"duo_id" uuid NOT NULL,
	"role" text NOT NULL,
	"application_id" uuid NOT NULL,
	"question_set_version" text NOT NULL,
	"locale" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"answers" jsonb,
	"comment" text,
	CONSTRAINT "evaluations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "evaluations_duo_role_key" UNIQUE("tenant_id","duo_id","role"),
	CONSTRAINT "evaluations_role_check" CHECK ("evaluations"."role" in ('mentor', 'mentee')),
	CONSTRAINT "evaluations_locale_check" CHECK ("evaluations"."locale" in ('nl', 'fr', 'en')),
	CONSTRAINT "evaluations_completed_check" CHECK (("evaluations"."completed_at" is null) = ("evaluations"."answers" is null) and ("evaluations"."completed_at" is null or "evaluations"."completed_at" >= "evaluations"."sent_at"))
);
--> statement-breakpoint
ALTER TABLE "evaluations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "outcomes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"mentee_application_id" uuid NOT NULL,
	"duo_id" uuid,
	"moment" text NOT NULL,
	"recorded_on" date NOT NULL,
	"situation" text NOT NULL,
	"contract_kind" text,
	"hours_per_week" integer,
	"confidence" integer,
	"autonomy" integer,
	"source" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcomes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "outcomes_moment_check" CHECK ("outcomes"."moment" in ('intake', 'end', 'follow_up_6m')),
	CONSTRAINT "outcomes_situation_check" CHECK ("outcomes"."situation" in ('employed', 'training', 'job_seeking', 'other')),
	CONSTRAINT "outcomes_source_check" CHECK ("outcomes"."source" in ('participant', 'staff')),
	CONSTRAINT "outcomes_duo_check" CHECK (("outcomes"."duo_id" is null) = ("outcomes"."moment" = 'intake')),
	CONSTRAINT "outcomes_contract_check" CHECK (("outcomes"."contract_kind" is null or ("outcomes"."situation" = 'employed' and "outcomes"."contract_kind" in ('permanent', 'fixed_term', 'temp_agency', 'self_employed', 'other'))) and ("outcomes"."hours_per_week" is null or ("outcomes"."situation" = 'employed' and "outcomes"."hours_per_week" between 1 and 80))),
	CONSTRAINT "outcomes_rating_check" CHECK (("outcomes"."confidence" is null or ("outcomes"."moment" <> 'follow_up_6m' and "outcomes"."confidence" between 1 and 5)) and ("outcomes"."autonomy" is null or ("outcomes"."moment" <> 'follow_up_6m' and "outcomes"."autonomy" between 1 and 5)))
);
--> statement-breakpoint
ALTER TABLE "outcomes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "reminder_deliveries" DROP CONSTRAINT "reminder_deliveries_kind_check";--> statement-breakpoint
ALTER TABLE "outbox_messages" DROP CONSTRAINT "outbox_messages_kind_check";--> statement-breakpoint
ALTER TABLE "closing_meetings" ADD CONSTRAINT "closing_meetings_tenant_id_duo_id_duos_tenant_id_id_fk" FOREIGN KEY ("tenant_id","duo_id") REFERENCES "public"."duos"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_closures" ADD CONSTRAINT "duo_closures_tenant_id_duo_id_duos_tenant_id_id_fk" FOREIGN KEY ("tenant_id","duo_id") REFERENCES "public"."duos"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_tenant_id_duo_id_duos_tenant_id_id_fk" FOREIGN KEY ("tenant_id","duo_id") REFERENCES "public"."duos"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_tenant_id_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_tenant_id_mentee_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","mentee_application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_tenant_id_duo_id_duos_tenant_id_id_fk" FOREIGN KEY ("tenant_id","duo_id") REFERENCES "public"."duos"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "closing_meetings_duo_idx" ON "closing_meetings" USING btree ("tenant_id","duo_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "closing_meetings_planned_key" ON "closing_meetings" USING btree ("tenant_id","duo_id") WHERE status = 'planned';--> statement-breakpoint
CREATE INDEX "evaluations_application_idx" ON "evaluations" USING btree ("tenant_id","application_id");--> statement-breakpoint
CREATE INDEX "outcomes_mentee_idx" ON "outcomes" USING btree ("tenant_id","mentee_application_id","moment");--> statement-breakpoint
CREATE INDEX "outcomes_duo_idx" ON "outcomes" USING btree ("tenant_id","duo_id","moment");--> statement-breakpoint
ALTER TABLE "reminder_deliveries" ADD CONSTRAINT "reminder_deliveries_kind_check" CHECK ("reminder_deliveries"."kind" in ('contact_overdue_duo', 'contact_overdue_coach', 'check_in_due', 'workshop_invitation', 'evaluation_reminder', 'outcome_follow_up'));--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_kind_check" CHECK ("outbox_messages"."kind" in ('confirmation', 'refusal', 'first_meeting_invitation', 'first_meeting_cancellation', 'contact_overdue_duo', 'contact_overdue_coach', 'check_in_due', 'workshop_invitation', 'workshop_cancellation', 'closing_meeting_invitation', 'closing_meeting_cancellation', 'evaluation_invitation', 'evaluation_reminder', 'outcome_follow_up'));--> statement-breakpoint
CREATE POLICY "duos_participant_update" ON "duos" AS PERMISSIVE FOR UPDATE TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and match_id in (select m.id from matches m)) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and ended_on is not null and ended_by = (case when mentor_application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid) then 'mentor' when mentee_application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid) then 'mentee' end) and end_recorded_by = nullif(current_setting('app.user_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "closing_meetings_tenant_isolation" ON "closing_meetings" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "closing_meetings_participant_read" ON "closing_meetings" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and duo_id in (select d.id from duos d));--> statement-breakpoint
CREATE POLICY "duo_closures_tenant_isolation" ON "duo_closures" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "duo_closures_participant_read" ON "duo_closures" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and duo_id in (select d.id from duos d));--> statement-breakpoint
CREATE POLICY "duo_closures_participant_insert" ON "duo_closures" AS PERMISSIVE FOR INSERT TO public WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and started_by = nullif(current_setting('app.user_id', true), '')::uuid and duo_id in (select d.id from duos d));--> statement-breakpoint
CREATE POLICY "evaluations_tenant_isolation" ON "evaluations" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "evaluations_participant_read" ON "evaluations" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid) and duo_id in (select d.id from duos d));--> statement-breakpoint
CREATE POLICY "evaluations_participant_update" ON "evaluations" AS PERMISSIVE FOR UPDATE TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid) and duo_id in (select d.id from duos d)) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid) and completed_at is not null);--> statement-breakpoint
CREATE POLICY "outcomes_tenant_isolation" ON "outcomes" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on') WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and not coalesce(current_setting('app.participant', true), '') = 'on');--> statement-breakpoint
CREATE POLICY "outcomes_participant_read" ON "outcomes" AS PERMISSIVE FOR SELECT TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and mentee_application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "outcomes_participant_insert" ON "outcomes" AS PERMISSIVE FOR INSERT TO public WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and coalesce(current_setting('app.participant', true), '') = 'on' and source = 'participant' and recorded_by = nullif(current_setting('app.user_id', true), '')::uuid and moment <> 'intake' and mentee_application_id in (select pa.application_id from participant_accounts pa where pa.user_id = nullif(current_setting('app.user_id', true), '')::uuid) and duo_id in (select d.id from duos d));--> statement-breakpoint
-- The end of a duo: the same guarantees as every tenant table.
GRANT SELECT, INSERT, UPDATE, DELETE ON duo_closures, closing_meetings, evaluations, outcomes TO tandem_app;
--> statement-breakpoint
ALTER TABLE duo_closures FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE closing_meetings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE evaluations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE outcomes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TRIGGER duo_closures_audit AFTER INSERT OR UPDATE OR DELETE ON duo_closures
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER closing_meetings_audit AFTER INSERT OR UPDATE OR DELETE ON closing_meetings
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER evaluations_audit AFTER INSERT OR UPDATE OR DELETE ON evaluations
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
CREATE TRIGGER outcomes_audit AFTER INSERT OR UPDATE OR DELETE ON outcomes
  FOR EACH ROW EXECUTE FUNCTION audit_tenant_change();
--> statement-breakpoint
-- A participant ends their own running duo from the portal (E1); the update policy checks
-- the side and the person, and this keeps them to the end columns, once. Row-level security
-- decides which rows; only a trigger can decide which columns.
CREATE FUNCTION duos_participant_end_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('app.participant', true), '') = 'on' AND (
    OLD.ended_on IS NOT NULL
    OR (to_jsonb(NEW) - ARRAY['ended_on', 'end_kind', 'end_reason_code', 'end_reason_text', 'ended_by', 'end_recorded_at', 'end_recorded_by'])
       IS DISTINCT FROM
       (to_jsonb(OLD) - ARRAY['ended_on', 'end_kind', 'end_reason_code', 'end_reason_text', 'ended_by', 'end_recorded_at', 'end_recorded_by'])
  ) THEN
    RAISE EXCEPTION 'a participant may only end a running duo' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER duos_participant_end_only BEFORE UPDATE ON duos
  FOR EACH ROW EXECUTE FUNCTION duos_participant_end_only();
