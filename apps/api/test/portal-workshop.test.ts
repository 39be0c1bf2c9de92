import { queryRows } from '@tandem/db';
import { testDatabaseKind } from '@tandem/db/testing';
import { sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type Client, createHarness, withKey } from './harness.ts';

/**
 * A mentor's workshop invitations in the portal (D5): answers, the calendar file, and the
 * capacity held although the participant's unit sees no one else's registration.
 */
const h = await createHarness();
const owner = h.database.ownerHandle.db;
const coordinator = await h.signIn('coordinator@debrug.example');
const org = h.deBrug;
const brug = { organisationSlug: 'de-brug' };
const DAY = 86_400_000;

if (testDatabaseKind() === 'postgres') {
  // In production the function's owner is an ordinary role bound by FORCE ROW LEVEL
  // SECURITY, not a superuser: count as such an owner, so its own setting must do the work.
  await queryRows(
    owner,
    sql.raw(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'tandem_test_seat_owner') then
        create role tandem_test_seat_owner nologin nosuperuser nobypassrls;
      end if;
    end $$`),
  );
  await queryRows(owner, sql`grant usage, create on schema public to tandem_test_seat_owner`);
  await queryRows(
    owner,
    sql`grant select on all tables in schema public to tandem_test_seat_owner`,
  );
  await queryRows(
    owner,
    sql`alter function workshop_seats_taken(uuid) owner to tandem_test_seat_owner`,
  );
}

const [programme] = await queryRows<{ id: string }>(
  owner,
  sql`select d.programme_id as id from duos d
      join applications a on a.tenant_id = d.tenant_id and a.id = d.mentor_application_id
      where a.email = 'elif.hermans@example.be'`,
);
if (!programme) throw new Error('no demo duo');
const mentorIds = Object.fromEntries(
  (
    await queryRows<{ id: string; email: string }>(
      owner,
      sql`select id, email from applications where tenant_id = ${org} and role = 'mentor'
          and email in ('elif.hermans@example.be', 'thomas.lauwers@example.be', 'ruben.mahieu@example.be')`,
    )
  ).map((r) => [r.email, r.id]),
);
const elif = await h.portalAs('elif.hermans@example.be', 'de-brug');
const thomas = await h.portalAs('thomas.lauwers@example.be', 'de-brug');
const ruben = await h.portalAs('ruben.mahieu@example.be', 'de-brug');

/** A workshop in a few days with the three demo mentors invited. */
async function invitedWorkshop(theme: string, capacity: number) {
  const workshop = await coordinator.workshop.plan.mutate({
    organisationId: org,
    programmeId: programme?.id ?? '',
    startsAt: new Date(Date.now() + 3 * DAY).toISOString(),
    durationMinutes: 90,
    theme,
    kind: 'peer_exchange',
    place: 'Zaal De Brug',
    onlineUrl: '',
    capacity,
  });
  await coordinator.workshop.invite.mutate({
    organisationId: org,
    workshopId: workshop.id,
    applicationIds: Object.values(mentorIds),
  });
  return workshop;
}

async function invitationOf(client: Client, workshopId: string) {
  const found = (await client.portalWorkshops.list.query(brug)).find(
    (w) => w.workshopId === workshopId,
  );
  if (!found) throw new Error('invitation not shown');
  return found;
}

describe('workshops in the portal', () => {
  it('shows a mentor their invitation, takes their answer and gives the event for their calendar', async () => {
    const workshop = await invitedWorkshop('Netwerken zonder schroom', 5);
    const invitation = await invitationOf(elif, workshop.id);
    expect(invitation).toMatchObject({
      status: 'invited',
      theme: 'Netwerken zonder schroom',
      seatsLeft: 5,
      cancelled: false,
      held: false,
    });
    expect(
      await elif.portalWorkshops.answer.mutate({
        ...brug,
        invitationId: invitation.invitationId,
        answer: 'registered',
      }),
    ).toEqual({ invitationId: invitation.invitationId, status: 'registered' });
    // Another mentor sees the seat taken, but not the invitation itself.
    expect((await invitationOf(thomas, workshop.id)).seatsLeft).toBe(4);
    await expect(
      thomas.portalWorkshops.answer.mutate({
        ...brug,
        invitationId: invitation.invitationId,
        answer: 'declined',
      }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      thomas.portalWorkshops.calendar.query({ ...brug, invitationId: invitation.invitationId }),
    ).rejects.toEqual(withKey('not_found'));

    const file = await elif.portalWorkshops.calendar.query({
      ...brug,
      invitationId: invitation.invitationId,
    });
    const calendar = new ICAL.Component(ICAL.parse(file.calendar));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe(workshop.icsUid);
    expect(file.fileName).toMatch(/^workshop-\d{4}-\d{2}-\d{2}\.ics$/);

    await elif.portalWorkshops.answer.mutate({
      ...brug,
      invitationId: invitation.invitationId,
      answer: 'declined',
    });
    const detail = await coordinator.workshop.get.query({
      organisationId: org,
      workshopId: workshop.id,
    });
    expect(detail.invitations.find((i) => i.email === 'elif.hermans@example.be')?.status).toBe(
      'declined',
    );
  });

  it('refuses the registration beyond the capacity', async () => {
    const workshop = await invitedWorkshop('Een volle zaal', 2);
    for (const mentor of [elif, thomas])
      await mentor.portalWorkshops.answer.mutate({
        ...brug,
        invitationId: (await invitationOf(mentor, workshop.id)).invitationId,
        answer: 'registered',
      });
    const last = await invitationOf(ruben, workshop.id);
    expect(last.seatsLeft).toBe(0);
    await expect(
      ruben.portalWorkshops.answer.mutate({
        ...brug,
        invitationId: last.invitationId,
        answer: 'registered',
      }),
    ).rejects.toEqual(withKey('workshop.full'));
    expect((await invitationOf(ruben, workshop.id)).status).toBe('invited');
  });

  it('gives the last seat to one of two mentors registering at once', async () => {
    const workshop = await invitedWorkshop('De laatste plaats', 1);
    const contenders = [];
    for (const mentor of [thomas, ruben])
      contenders.push({
        mentor,
        invitationId: (await invitationOf(mentor, workshop.id)).invitationId,
      });
    const outcomes = await Promise.allSettled(
      contenders.map(({ mentor, invitationId }) =>
        mentor.portalWorkshops.answer.mutate({ ...brug, invitationId, answer: 'registered' }),
      ),
    );
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({
      reason: withKey('workshop.full'),
    });
    const [listed] = (
      await coordinator.workshop.list.query({
        organisationId: org,
        programmeId: programme?.id ?? '',
      })
    ).filter((w) => w.id === workshop.id);
    expect(listed?.registered).toBe(1);
  });
});
