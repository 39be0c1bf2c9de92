CREATE TABLE "application_submissions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"name" text NOT NULL,
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
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"merged_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	CONSTRAINT "application_submissions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "application_submissions_status_check" CHECK ("application_submissions"."status" in ('pending', 'merged', 'dismissed')),
	CONSTRAINT "application_submissions_review_check" CHECK (("application_submissions"."status" = 'pending') = ("application_submissions"."reviewed_at" is null) and ("application_submissions"."status" = 'merged' or "application_submissions"."merged_fields" = '{}')),
	CONSTRAINT "application_submissions_locale_check" CHECK ("application_submissions"."preferred_locale" in ('nl', 'fr', 'en')),
	CONSTRAINT "application_submissions_birth_year_check" CHECK ("application_submissions"."birth_year" between 1900 and 2100),
	CONSTRAINT "application_submissions_experience_check" CHECK ("application_submissions"."experience_years" is null or "application_submissions"."experience_years" between 0 and 80)
);
--> statement-breakpoint
ALTER TABLE "application_submissions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "application_submissions" ADD CONSTRAINT "application_submissions_tenant_id_application_id_applications_tenant_id_id_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_submissions" ADD CONSTRAINT "application_submissions_tenant_id_channel_id_recruitment_channels_tenant_id_id_fk" FOREIGN KEY ("tenant_id","channel_id") REFERENCES "public"."recruitment_channels"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_submissions_application_idx" ON "application_submissions" USING btree ("tenant_id","application_id","status");--> statement-breakpoint
CREATE INDEX "application_submissions_channel_idx" ON "application_submissions" USING btree ("tenant_id","channel_id");--> statement-breakpoint
CREATE POLICY "application_submissions_tenant_isolation" ON "application_submissions" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);