import {
  applications,
  organisations,
  reminderPreferences,
  type Transaction,
  unitOfWork,
} from '@tandem/db';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { readStopLinkToken, type StopLinkSubject } from '../../reminders/stop-link.ts';
import { router } from '../../trpc/init.ts';
import { participantProcedure, publicProcedure } from '../../trpc/procedures.ts';
import {
  PortalRemindersInput,
  SetPortalRemindersInput,
  StopLinkInput,
} from './reminders.schema.ts';

/**
 * Stopping non-essential reminders: from the signed link in each reminder (no sign-in; the
 * page shows one button, as mail scanners open links), or from the portal, where they can be
 * turned back on.
 */
function subjectOf(token: string, secret: string | null): StopLinkSubject {
  const subject = secret ? readStopLinkToken(token, secret) : null;
  if (!subject) throw new AppError('reminders.stop_link_invalid');
  return subject;
}

async function stoppedAt(tx: Transaction, tenantId: string, applicationIds: string[]) {
  const rows = await tx
    .select({ applicationId: reminderPreferences.applicationId })
    .from(reminderPreferences)
    .where(
      and(
        eq(reminderPreferences.tenantId, tenantId),
        inArray(reminderPreferences.applicationId, applicationIds),
        isNotNull(reminderPreferences.nonEssentialStoppedAt),
      ),
    );
  return rows.length;
}

/** Stops (keeping the first moment they were stopped) or restarts a person's reminders. */
async function setStopped(tx: Transaction, tenantId: string, applicationId: string, stop: boolean) {
  const value = stop ? sql`now()` : null;
  await tx
    .insert(reminderPreferences)
    .values({ tenantId, applicationId, nonEssentialStoppedAt: value })
    .onConflictDoUpdate({
      target: [reminderPreferences.tenantId, reminderPreferences.applicationId],
      set: {
        nonEssentialStoppedAt: stop
          ? sql`coalesce(${reminderPreferences.nonEssentialStoppedAt}, now())`
          : null,
        updatedAt: sql`now()`,
      },
    });
}

function inStopLinkScope<T>(
  db: Parameters<typeof unitOfWork>[0],
  subject: StopLinkSubject,
  work: (tx: Transaction, organisationName: string) => Promise<T>,
): Promise<T> {
  return unitOfWork(db, { tenantId: subject.tenantId, userId: null }, async (tx) => {
    const [found] = await tx
      .select({ organisationName: organisations.name })
      .from(applications)
      .innerJoin(organisations, eq(organisations.id, applications.tenantId))
      .where(
        and(
          eq(applications.tenantId, subject.tenantId),
          eq(applications.id, subject.applicationId),
        ),
      );
    if (!found) throw new AppError('reminders.stop_link_invalid');
    return work(tx, found.organisationName);
  });
}

export const reminderStopRouter = router({
  preview: publicProcedure.input(StopLinkInput).query(({ ctx, input }) => {
    const subject = subjectOf(input.token, ctx.config.serverSecret);
    return inStopLinkScope(ctx.db, subject, async (tx, organisationName) => ({
      organisationName,
      stopped: (await stoppedAt(tx, subject.tenantId, [subject.applicationId])) > 0,
    }));
  }),

  confirm: publicProcedure.input(StopLinkInput).mutation(({ ctx, input }) => {
    const subject = subjectOf(input.token, ctx.config.serverSecret);
    return inStopLinkScope(ctx.db, subject, async (tx, organisationName) => {
      const already = (await stoppedAt(tx, subject.tenantId, [subject.applicationId])) > 0;
      await setStopped(tx, subject.tenantId, subject.applicationId, true);
      return { organisationName, stopped: true, already };
    });
  }),
});

export const portalRemindersRouter = router({
  get: participantProcedure.input(PortalRemindersInput).query(async ({ ctx }) => ({
    nonEssential: (await stoppedAt(ctx.tx, ctx.organisationId, ctx.applicationIds)) === 0,
  })),

  set: participantProcedure.input(SetPortalRemindersInput).mutation(async ({ ctx, input }) => {
    for (const applicationId of ctx.applicationIds)
      await setStopped(ctx.tx, ctx.organisationId, applicationId, !input.nonEssential);
    return { nonEssential: input.nonEssential };
  }),
});
