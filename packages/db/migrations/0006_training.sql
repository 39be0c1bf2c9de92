CREATE TABLE "training_attendances" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"training_session_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"attended" boolean,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attendance_recorded_at" timestamp with time zone,
	"attendance_recorded_by" uuid,
	CONSTRAINT "training_attendances_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "training_attendances_key" UNIQUE("tenant_id","training_session_id","application_id")
);
--> statement-breakpoint
ALTER TABLE "training_attendances" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "training_modules" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"topics" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_modules_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "training_modules_topics_check" CHECK (cardinality("training_modules"."topics") >= 1 and "training_modules"."topics" <@ array['definition', 'programme_goals', 'audience', 'framework_methodology', 'obligations_expectations', 'limits', 'mentor_attitude_tasks', 'ethics_safety', 'tools', 'relationship_stages']::text[])
);
--> statement-breakpoint
ALTER TABLE "training_modules" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "training_session_modules" (
	"tenant_id" uuid NOT NULL,
	"training_session_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	CONSTRAINT "training_session_modules_tenant_id_training_session_id_module_id_pk" PRIMARY KEY("tenant_id","training_session_id","module_id")
);
--> statement-breakpoint
ALTER TABLE "training_session_modules" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text,
	"online_url" text,
	"trainer" text NOT NULL,
	"topics_covered" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_sessions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "training_sessions_where_check" CHECK (nullif(btrim("training_sessions"."place"), '') is not null or nullif(btrim("training_sessions"."online_url"), '') is not null),
	CONSTRAINT "training_sessions_topics_check" CHECK (cardinality("training_sessions"."topics_covered") >= 1 and "training_sessions"."topics_covered" <@ array['definition', 'programme_goals', 'audience', 'framework_methodology', 'obligations_expectations', 'limits', 'mentor_attitude_tasks', 'ethics_safety', 'tools', 'relationship_stages']::text[])
);
--> statement-breakpoint
ALTER TABLE "training_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "training_attendances" ADD CONSTRAINT "training_attendances_tenant_id_training_session_id_training_sessions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","training_session_id") REFERENCES "public"."training_sessions"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendances" ADD CONSTRAINT "training_attendances_tenant_id_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_modules" ADD CONSTRAINT "training_modules_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."programmes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session_modules" ADD CONSTRAINT "training_session_modules_tenant_id_training_session_id_training_sessions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","training_session_id") REFERENCES "public"."training_sessions"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session_modules" ADD CONSTRAINT "training_session_modules_tenant_id_module_id_training_modules_tenant_id_id_fk" FOREIGN KEY ("tenant_id","module_id") REFERENCES "public"."training_modules"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_tenant_id_programme_id_programmes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."programmes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_attendances_application_idx" ON "training_attendances" USING btree ("tenant_id","application_id");--> statement-breakpoint
CREATE INDEX "training_modules_programme_idx" ON "training_modules" USING btree ("tenant_id","programme_id");--> statement-breakpoint
CREATE INDEX "training_session_modules_module_idx" ON "training_session_modules" USING btree ("tenant_id","module_id");--> statement-breakpoint
CREATE INDEX "training_sessions_programme_idx" ON "training_sessions" USING btree ("tenant_id","programme_id","starts_at");--> statement-breakpoint
CREATE POLICY "training_attendances_tenant_isolation" ON "training_attendances" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "training_modules_tenant_isolation" ON "training_modules" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "training_session_modules_tenant_isolation" ON "training_session_modules" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "training_sessions_tenant_isolation" ON "training_sessions" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);