import { queryRows, unitOfWork } from '@tandem/db';
import { addDays, brusselsDate } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createHarness, withKey } from './harness.ts';

/**
 * The end of a duo (E1) from the staff duo page and the portal, and its closing meeting (E2)
 * with its calendar invitations, over HTTP against the demo data.
 */
const h = await createHarness();
const owner = h.database.ownerHandle.db;
const coordinator = await h.signIn('coordinator@debrug.example');
const org = h.deBrug;
const brug = { organisationSlug: 'de-brug' };
const today = brusselsDate(new Date().toISOString());

interface DuoRow extends Record<string, unknown> {
  id: string;
  tenant_id: string;
  start_date: string;
  planned_end_date: string;
}

async function duoOf(mentorEmail: string) {
  const [row] = await queryRows<DuoRow>(
    owner,
    sql`select d.id, d.tenant_id, d.start_date::text, d.planned_end_date::text from duos d
        join applications a on a.tenant_id = d.tenant_id and a.id = d.mentor_application_id
        where a.email = ${mentorEmail}`,
  );
  if (!row) throw new Error(`no duo for ${mentorEmail}`);
  return row;
}

const endColumns = async (duoId: string) =>
  (
    await queryRows<Record<string, unknown>>(
      owner,
      sql`select d.ended_on::text, d.end_kind, d.end_reason_code, d.end_reason_text, d.ended_by,
            u.email as recorded_by, c.started_by_email
          from duos d left join users u on u.id = d.end_recorded_by
          left join lateral (select su.email as started_by_email from duo_closures dc
            join users su on su.id = dc.started_by where dc.duo_id = d.id) c on true
          where d.id = ${duoId}`,
    )
  )[0];

const regular = await duoOf('elif.hermans@example.be');
const slipping = await duoOf('thomas.lauwers@example.be');
const overdue = await duoOf('ruben.mahieu@example.be');
const mentor = await h.portalAs('elif.hermans@example.be', 'de-brug');
const mentee = await h.portalAs('mehdi.aydin@example.be', 'de-brug');
const otherMentee = await h.portalAs('jana.wellens@example.be', 'de-brug');

describe('a participant ends their duo in the portal', () => {
  it('refuses a day to come, a day before the start and an early end without a reason, changing nothing', async () => {
    const end = { ...brug, duoId: regular.id, reasonText: null };
    await expect(
      mentee.portalEnd.end.mutate({ ...end, lastDay: addDays(today, 1), reasonCode: 'found_work' }),
    ).rejects.toEqual(withKey('duoEnd.in_future'));
    await expect(
      mentee.portalEnd.end.mutate({
        ...end,
        lastDay: addDays(regular.start_date, -1),
        reasonCode: 'found_work',
      }),
    ).rejects.toEqual(withKey('duoEnd.before_start'));
    await expect(
      mentee.portalEnd.end.mutate({ ...end, lastDay: today, reasonCode: null }),
    ).rejects.toEqual(withKey('duoEnd.reason_required'));
    expect(await endColumns(regular.id)).toMatchObject({ ended_on: null, started_by_email: null });
  });

  it('does not let a participant end someone else’s duo', async () => {
    await expect(
      otherMentee.portalEnd.end.mutate({
        ...brug,
        duoId: regular.id,
        lastDay: today,
        reasonCode: 'moved',
        reasonText: null,
      }),
    ).rejects.toEqual(withKey('not_found'));
    expect((await endColumns(regular.id))?.ended_on).toBeNull();
  });

  it('ends early with a reason, opens the closure in the same unit, and keeps the reason from the other side', async () => {
    const ended = await mentee.portalEnd.end.mutate({
      ...brug,
      duoId: regular.id,
      lastDay: today,
      reasonCode: 'relationship_difficulties',
      reasonText: 'We vinden geen moment meer.',
    });
    expect(ended).toMatchObject({ lastDay: today, kind: 'early' });
    expect(await endColumns(regular.id)).toEqual({
      ended_on: today,
      end_kind: 'early',
      end_reason_code: 'relationship_difficulties',
      end_reason_text: 'We vinden geen moment meer.',
      ended_by: 'mentee',
      recorded_by: 'mehdi.aydin@example.be',
      started_by_email: 'mehdi.aydin@example.be',
    });

    const theirs = await mentor.portalEnd.duo.query({ ...brug, duoId: regular.id });
    expect(theirs).toMatchObject({ role: 'mentor', endedOn: today, endedByMe: false });
    const seen = JSON.stringify(theirs);
    expect(seen).not.toContain('relationship_difficulties');
    expect(seen).not.toContain('geen moment');
    const mine = await mentee.portalEnd.duo.query({ ...brug, duoId: regular.id });
    expect(mine).toMatchObject({ role: 'mentee', endedByMe: true });
    expect(JSON.stringify(mine)).not.toContain('relationship_difficulties');

    const staff = await coordinator.duoEnd.summary.query({
      organisationId: org,
      duoId: regular.id,
    });
    expect(staff.end).toMatchObject({
      lastDay: today,
      kind: 'early',
      reasonCode: 'relationship_difficulties',
      reasonText: 'We vinden geen moment meer.',
      endedBy: 'mentee',
      recordedByName: 'Mehdi Aydin',
    });
    expect(staff.closureStartedAt).not.toBeNull();
  });

  it('refuses to end a duo twice, from either side', async () => {
    const again = { ...brug, duoId: regular.id, lastDay: today, reasonText: null };
    await expect(mentor.portalEnd.end.mutate({ ...again, reasonCode: 'other' })).rejects.toEqual(
      withKey('duoEnd.already_ended'),
    );
    await expect(
      coordinator.duoEnd.end.mutate({
        organisationId: org,
        duoId: regular.id,
        lastDay: today,
        reasonCode: null,
        reasonText: null,
      }),
    ).rejects.toEqual(withKey('duoEnd.already_ended'));
  });
});

describe('the database keeps a participant to the end of their own running duo', () => {
  const asParticipant = async <T>(email: string, work: Parameters<typeof unitOfWork<T>>[2]) => {
    const [person] = await queryRows<{ id: string }>(
      owner,
      sql`select id from users where email = ${email}`,
    );
    return unitOfWork(
      h.database.db,
      { tenantId: org, userId: person?.id ?? '', participant: true },
      work,
    );
  };

  it('updates no row of someone else’s duo, and refuses anything but the end columns', async () => {
    const touched = await asParticipant('jana.wellens@example.be', (tx) =>
      queryRows<{ id: string }>(
        tx,
        sql`update duos set ended_on = ${today}, end_kind = 'early', ended_by = 'mentee',
              end_recorded_by = nullif(current_setting('app.user_id'), '')::uuid
            where id = ${slipping.id} returning id`,
      ),
    );
    expect(touched).toEqual([]);
    await expect(
      asParticipant('jana.wellens@example.be', (tx) =>
        queryRows(
          tx,
          sql`update duos set planned_end_date = planned_end_date + 30, ended_on = ${today},
                end_kind = 'early', ended_by = 'mentee',
                end_recorded_by = nullif(current_setting('app.user_id'), '')::uuid
              where id = ${overdue.id}`,
        ),
      ),
    ).rejects.toThrow();
    await expect(
      asParticipant('mehdi.aydin@example.be', (tx) =>
        queryRows(
          tx,
          sql`update duos set ended_on = ended_on - 1, ended_by = 'mentee',
                end_recorded_by = nullif(current_setting('app.user_id'), '')::uuid
              where id = ${regular.id}`,
        ),
      ),
    ).rejects.toThrow();
    const [unchanged] = await queryRows<{ ended_on: string | null; planned_end_date: string }>(
      owner,
      sql`select ended_on::text, planned_end_date::text from duos where id = ${overdue.id}`,
    );
    expect(unchanged).toEqual({ ended_on: null, planned_end_date: overdue.planned_end_date });
  });
});

describe('staff end a duo', () => {
  it('at its planned end with no reason, and the closure opens as for an early end', async () => {
    // Two weeks before the planned end is still the planned end.
    await queryRows(
      owner,
      sql`update duos set planned_end_date = ${addDays(today, 14)}::date where id = ${slipping.id}`,
    );
    const ended = await coordinator.duoEnd.end.mutate({
      organisationId: org,
      duoId: slipping.id,
      lastDay: today,
      reasonCode: null,
      reasonText: '',
    });
    expect(ended.kind).toBe('planned');
    expect(await endColumns(slipping.id)).toEqual({
      ended_on: today,
      end_kind: 'planned',
      end_reason_code: null,
      end_reason_text: null,
      ended_by: 'staff',
      recorded_by: 'coordinator@debrug.example',
      started_by_email: 'coordinator@debrug.example',
    });
  });

  it('early a day beyond the tolerance, only with a reason', async () => {
    await queryRows(
      owner,
      sql`update duos set planned_end_date = ${addDays(today, 15)}::date where id = ${overdue.id}`,
    );
    const end = { organisationId: org, duoId: overdue.id, lastDay: today, reasonText: null };
    await expect(coordinator.duoEnd.end.mutate({ ...end, reasonCode: null })).rejects.toEqual(
      withKey('duoEnd.reason_required'),
    );
    const ended = await coordinator.duoEnd.end.mutate({ ...end, reasonCode: 'no_contact' });
    expect(ended.kind).toBe('early');
    expect(await endColumns(overdue.id)).toMatchObject({
      end_kind: 'early',
      end_reason_code: 'no_contact',
      ended_by: 'staff',
    });
  });
});

describe('the closing meeting (E2)', () => {
  const outbox = (duoId: string) =>
    queryRows<{ kind: string; to_address: string; locale: string; calendar: string }>(
      owner,
      sql`select kind, to_address, locale, calendar from outbox_messages
          where duo_id = ${duoId} and kind like 'closing_meeting_%' order by created_at, to_address`,
    );
  const scope = { organisationId: org };
  const startsAt = `${addDays(today, 7)}T14:00:00+01:00`;

  it('invites mentor, mentee and the staff member, moves the event under its UID and calls it off', async () => {
    await expect(
      coordinator.closingMeeting.plan.mutate({
        ...scope,
        duoId: regular.id,
        startsAt,
        durationMinutes: 60,
        mode: 'online',
        place: 'Kantoor',
        onlineUrl: null,
      }),
    ).rejects.toEqual(withKey('validation.invalid_input'));
    const planned = await coordinator.closingMeeting.plan.mutate({
      ...scope,
      duoId: regular.id,
      startsAt,
      durationMinutes: 60,
      mode: 'in_person',
      place: 'De Brug, Lange Kievitstraat 12, Antwerpen',
      onlineUrl: 'https://meet.example/ignored',
    });
    expect(planned).toMatchObject({ status: 'planned', icsSequence: 0, onlineUrl: null });
    const invited = await outbox(regular.id);
    expect(invited.map((m) => [m.kind, m.to_address, m.locale]).sort()).toEqual(
      [
        ['closing_meeting_invitation', 'coordinator@debrug.example', 'nl'],
        ['closing_meeting_invitation', 'elif.hermans@example.be', 'nl'],
        ['closing_meeting_invitation', 'mehdi.aydin@example.be', 'nl'],
      ].sort(),
    );
    for (const m of invited) {
      expect(m.calendar).toContain('METHOD:REQUEST');
      expect(m.calendar).toContain(`UID:${planned.icsUid}`);
      expect(m.calendar).toContain('SEQUENCE:0');
    }
    await expect(
      coordinator.closingMeeting.plan.mutate({
        ...scope,
        duoId: regular.id,
        startsAt,
        durationMinutes: 60,
        mode: 'in_person',
        place: 'Elders',
        onlineUrl: null,
      }),
    ).rejects.toEqual(withKey('closingMeeting.already_planned'));

    const seen = await mentor.portalEnd.duo.query({ ...brug, duoId: regular.id });
    expect(seen.closingMeeting).toMatchObject({ status: 'planned', mode: 'in_person' });

    const moved = await coordinator.closingMeeting.reschedule.mutate({
      ...scope,
      closingMeetingId: planned.id,
      startsAt: `${addDays(today, 8)}T10:00:00+01:00`,
      durationMinutes: 45,
      mode: 'online',
      place: null,
      onlineUrl: 'https://meet.example/slot',
    });
    expect(moved).toMatchObject({ icsUid: planned.icsUid, icsSequence: 1, place: null });
    const cancelled = await coordinator.closingMeeting.cancel.mutate({
      ...scope,
      closingMeetingId: planned.id,
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', icsSequence: 2 });
    const all = await outbox(regular.id);
    expect(all).toHaveLength(9);
    const last = all.slice(6);
    for (const m of last) {
      expect(m.kind).toBe('closing_meeting_cancellation');
      expect(m.calendar).toContain('METHOD:CANCEL');
      expect(m.calendar).toContain(`UID:${planned.icsUid}`);
      expect(m.calendar).toContain('SEQUENCE:2');
    }
    expect(all.slice(3, 6).every((m) => m.calendar.includes('SEQUENCE:1'))).toBe(true);
    expect(all.slice(3, 6).every((m) => m.calendar.includes('meet.example/slot'))).toBe(true);
    await expect(
      coordinator.closingMeeting.cancel.mutate({ ...scope, closingMeetingId: planned.id }),
    ).rejects.toEqual(withKey('closingMeeting.not_planned'));
  });

  it('records a meeting held after the last day, refuses a day to come, and one not held', async () => {
    const plan = {
      ...scope,
      duoId: regular.id,
      startsAt,
      durationMinutes: 60,
      mode: 'online' as const,
      place: null,
      onlineUrl: 'https://meet.example/closing',
    };
    const first = await coordinator.closingMeeting.plan.mutate(plan);
    await expect(
      coordinator.closingMeeting.record.mutate({
        ...scope,
        closingMeetingId: first.id,
        heldOn: addDays(today, 1),
      }),
    ).rejects.toEqual(withKey('closingMeeting.held_in_future'));
    expect(
      await coordinator.closingMeeting.record.mutate({
        ...scope,
        closingMeetingId: first.id,
        heldOn: null,
      }),
    ).toMatchObject({ status: 'not_held', heldOn: null });
    const second = await coordinator.closingMeeting.plan.mutate(plan);
    // The duo ended today; the meeting is recorded for today, its last day or after.
    expect(
      await coordinator.closingMeeting.record.mutate({
        ...scope,
        closingMeetingId: second.id,
        heldOn: today,
      }),
    ).toMatchObject({ status: 'held', heldOn: today });
    const listed = await coordinator.closingMeeting.list.query({ ...scope, duoId: regular.id });
    expect(listed.map((m) => m.status)).toEqual(['cancelled', 'not_held', 'held']);
    const seen = await mentee.portalEnd.duo.query({ ...brug, duoId: regular.id });
    expect(seen.closingMeeting).toMatchObject({ status: 'held', heldOn: today });
  });

  it('is planned by staff only: the database refuses a participant’s', async () => {
    await expect(asParticipantInsert('elif.hermans@example.be', regular.id)).rejects.toThrow();
  });
});

async function asParticipantInsert(email: string, duoId: string) {
  const [person] = await queryRows<{ id: string }>(
    owner,
    sql`select id from users where email = ${email}`,
  );
  return unitOfWork(
    h.database.db,
    { tenantId: org, userId: person?.id ?? '', participant: true },
    (tx) =>
      queryRows(
        tx,
        sql`insert into closing_meetings (tenant_id, duo_id, starts_at, mode, place, ics_uid, recorded_by)
            values (${org}, ${duoId}, now(), 'in_person', 'x', 'x@example.org', ${person?.id ?? ''})`,
      ),
  );
}

describe('the coach’s closing list', () => {
  it('holds the coach’s ended duos with no closing meeting planned or held', async () => {
    const coach = await h.signIn('coach@debrug.example');
    const listed = (await coach.duoEnd.toClose.query({ organisationId: org })).map((d) => d.id);
    expect(listed).toEqual(expect.arrayContaining([slipping.id, overdue.id]));
    expect(listed).not.toContain(regular.id);
    await coordinator.closingMeeting.plan.mutate({
      organisationId: org,
      duoId: slipping.id,
      startsAt: `${addDays(today, 3)}T10:00:00+01:00`,
      durationMinutes: 60,
      mode: 'in_person',
      place: 'De Brug',
      onlineUrl: null,
    });
    const after = (await coach.duoEnd.toClose.query({ organisationId: org })).map((d) => d.id);
    expect(after).not.toContain(slipping.id);
    expect(after).toContain(overdue.id);
  });
});
