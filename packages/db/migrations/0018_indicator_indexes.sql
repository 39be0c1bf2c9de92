-- D3 asks, for each duo, which coach assignment covers a day: without an index on the duo
-- every such question read all of the tenant's assignments.
CREATE INDEX "coach_assignments_duo_idx" ON "coach_assignments" USING btree ("tenant_id","duo_id","from_date");--> statement-breakpoint
-- A person is their e-mail across programmes and roles (A5 counts a mentor's trainings by it):
-- the person key leads with the programme and the role, so a look-up by e-mail alone read the
-- tenant's whole part of that index.
CREATE INDEX "applications_email_idx" ON "applications" USING btree ("tenant_id","email");
