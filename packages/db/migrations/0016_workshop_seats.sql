-- A participant's unit sees only their own workshop invitations, so it cannot count the seats
-- others took. This counts them for a workshop of the caller's tenant (the session setting,
-- never an argument) and nothing more. It runs as the owner, whom FORCE ROW LEVEL SECURITY
-- binds too: the function's own setting lifts the participant scope for its one query, so
-- the tenant policy applies and shows the tenant's invitations. The caller serialises on
-- the workshop's registration lock before counting, as staff do.
CREATE FUNCTION workshop_seats_taken(workshop uuid) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public
SET app.participant = ''
AS $$
  select count(*)::int from public.workshop_invitations i
  where i.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
    and i.workshop_id = workshop and i.registered_at is not null
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION workshop_seats_taken(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION workshop_seats_taken(uuid) TO tandem_app;
