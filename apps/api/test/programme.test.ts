import { auditEvents, queryRows, unitOfWork } from '@tandem/db';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createHarness, withKey } from './harness.ts';

const h = await createHarness();
const coordinator = await h.signIn('coordinator@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');

const newProgramme = {
  name: 'Mentoring voor nieuwkomers',
  description: 'Voor anderstalige werkzoekenden.',
  languages: ['nl', 'ar', 'nl'],
};

describe('programmes', () => {
  it('lets a coordinator create a programme with the D1 and D2 defaults', async () => {
    const created = await coordinator.programme.create.mutate({
      organisationId: h.deBrug,
      ...newProgramme,
    });
    expect(created).toMatchObject({
      name: 'Mentoring voor nieuwkomers',
      languages: ['nl', 'ar'],
      plannedDurationMonths: 6,
      shorterDurationReason: null,
      minContactFrequencyDays: 14,
    });
    const list = await coordinator.programme.list.query({ organisationId: h.deBrug });
    expect(list.map((p) => p.name)).toContain('Mentoring voor nieuwkomers');
    await expect(
      coordinator.programme.get.query({ organisationId: h.deBrug, programmeId: created.id }),
    ).resolves.toEqual(created);
  });

  it('updates a programme and records who changed what in the audit log', async () => {
    const [first] = await coordinator.programme.list.query({ organisationId: h.deBrug });
    if (!first) throw new Error('demo programme missing');
    const updated = await coordinator.programme.update.mutate({
      organisationId: h.deBrug,
      programmeId: first.id,
      name: `${first.name} (2027)`,
      description: first.description,
      languages: first.languages,
      plannedDurationMonths: 9,
      shorterDurationReason: 'not needed at nine months',
      minContactFrequencyDays: 10,
    });
    expect(updated).toMatchObject({
      plannedDurationMonths: 9,
      shorterDurationReason: null,
      minContactFrequencyDays: 10,
    });
    const me = await coordinator.auth.me.query();
    const events = await unitOfWork(h.database.db, { tenantId: h.deBrug, userId: null }, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(
          sql`${auditEvents.tableName} = 'programmes' and ${auditEvents.operation} = 'UPDATE'`,
        ),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: me?.user.id, tenantId: h.deBrug });
    expect(events[0]?.after).toMatchObject({ planned_duration_months: 9 });
  });

  it('requires a reason for duos planned shorter than six months (D1)', async () => {
    await expect(
      coordinator.programme.create.mutate({
        organisationId: h.deBrug,
        ...newProgramme,
        plannedDurationMonths: 3,
      }),
    ).rejects.toMatchObject({
      data: {
        appError: { key: 'validation.invalid_input' },
        fieldErrors: {
          shorterDurationReason: { key: 'programme.reason_required_below_six_months' },
        },
      },
    });
    await expect(
      coordinator.programme.create.mutate({
        organisationId: h.deBrug,
        ...newProgramme,
        plannedDurationMonths: 3,
        shorterDurationReason: 'Zomerproject',
      }),
    ).resolves.toMatchObject({ plannedDurationMonths: 3, shorterDurationReason: 'Zomerproject' });
  });

  it('refuses contact less often than fortnightly (D2)', async () => {
    await expect(
      coordinator.programme.create.mutate({
        organisationId: h.deBrug,
        ...newProgramme,
        minContactFrequencyDays: 21,
      }),
    ).rejects.toMatchObject({
      data: {
        fieldErrors: {
          minContactFrequencyDays: { key: 'validation.too_big', params: { maximum: 14 } },
        },
      },
    });
  });
});

describe('authorisation', () => {
  it('lets a coach see programmes but not create or edit them', async () => {
    const list = await coach.programme.list.query({ organisationId: h.deBrug });
    expect(list.length).toBeGreaterThan(0);
    await expect(
      coach.programme.create.mutate({ organisationId: h.deBrug, ...newProgramme }),
    ).rejects.toEqual(withKey('forbidden'));
    const [first] = list;
    await expect(
      coach.programme.update.mutate({
        organisationId: h.deBrug,
        programmeId: first?.id ?? '',
        ...newProgramme,
      }),
    ).rejects.toEqual(withKey('forbidden'));
  });

  it("answers 'not found' to a member of A asking for B's programme, by B's id or under A's id", async () => {
    const [lePontProgramme] = await lePontCoordinator.programme.list.query({
      organisationId: h.lePont,
    });
    if (!lePontProgramme) throw new Error('demo programme missing');
    await expect(
      coordinator.programme.get.query({
        organisationId: h.lePont,
        programmeId: lePontProgramme.id,
      }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      coordinator.programme.get.query({
        organisationId: h.deBrug,
        programmeId: lePontProgramme.id,
      }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      coordinator.programme.update.mutate({
        organisationId: h.deBrug,
        programmeId: lePontProgramme.id,
        ...newProgramme,
      }),
    ).rejects.toEqual(withKey('not_found'));
    const [after] = await queryRows<{ name: string }>(
      h.database.ownerHandle.db,
      sql`select name from programmes where id = ${lePontProgramme.id}`,
    );
    expect(after?.name).toBe(lePontProgramme.name);
  });

  it('refuses signed-out calls', async () => {
    await expect(h.as(null).programme.list.query({ organisationId: h.deBrug })).rejects.toEqual(
      withKey('auth.unauthenticated'),
    );
  });

  it('keeps operators, who are not members, out of tenant data', async () => {
    const operator = await h.signIn('operator@tandem.example');
    await expect(operator.programme.list.query({ organisationId: h.deBrug })).rejects.toEqual(
      withKey('not_found'),
    );
  });
});
