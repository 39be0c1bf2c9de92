import { outboxMessages, queryRows, unitOfWork } from '@tandem/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createHarness, withKey } from './harness.ts';

/**
 * A coordinator prepares the week's reminders now instead of waiting for the hourly job:
 * the demo's overdue duo of De Brug (Ruben Mahieu and Jana Wellens, in Dutch) gets one each,
 * a second press queues nothing, the audit trail names the coordinator, and only staff who
 * follow every duo of their own organisation may press.
 */
const h = await createHarness();
const org = h.deBrug;
const coordinator = await h.signIn('coordinator@debrug.example');

const reminders = () =>
  unitOfWork(h.database.db, { tenantId: org, userId: null }, (tx) =>
    tx
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.tenantId, org), eq(outboxMessages.kind, 'contact_overdue_duo')))
      .orderBy(asc(outboxMessages.toAddress)),
  );

describe('reminderRun.queueDue', () => {
  it('is refused to a coach and to another organisation’s coordinator', async () => {
    const coach = await h.signIn('coach@debrug.example');
    await expect(coach.reminderRun.queueDue.mutate({ organisationId: org })).rejects.toMatchObject(
      withKey('forbidden'),
    );
    await expect(
      coordinator.reminderRun.queueDue.mutate({ organisationId: h.lePont }),
    ).rejects.toMatchObject(withKey('not_found'));
    expect(await reminders()).toEqual([]);
  });

  it('queues the reminders due this week once, in each person’s language, with a stop link', async () => {
    const first = await coordinator.reminderRun.queueDue.mutate({ organisationId: org });
    const queued = await reminders();
    expect(queued.map((m) => m.toAddress)).toEqual([
      'jana.wellens@example.be',
      'ruben.mahieu@example.be',
    ]);
    const toRuben = queued[1];
    expect(toRuben?.locale).toBe('nl');
    expect(toRuben?.subject).toBe('Tijd voor een contact met Jana Wellens?');
    expect(toRuben?.body).toMatch(/\nhttp:\/\/web\.test\/reminders\/stop\?token=[\w.-]+\n/);
    // The coach hears of the same duo and of the duos owing a check-in, counted alongside.
    expect(first.queued).toBeGreaterThan(queued.length);

    await expect(coordinator.reminderRun.queueDue.mutate({ organisationId: org })).resolves.toEqual(
      { queued: 0 },
    );
    expect(await reminders()).toHaveLength(2);

    const me = await coordinator.auth.me.query();
    const audited = await queryRows<{ count: number }>(
      h.database.ownerHandle.db,
      sql`select count(*)::int as count from audit_events
          where tenant_id = ${org} and table_name = 'reminder_deliveries'
            and operation = 'INSERT' and actor_user_id = ${me?.user.id ?? null}`,
    );
    expect(audited[0]?.count).toBe(first.queued);
  });
});
