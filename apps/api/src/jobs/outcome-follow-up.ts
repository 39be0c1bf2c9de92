import { randomUUID } from 'node:crypto';
import {
  applications,
  type Database,
  duos,
  organisations,
  outcomes,
  reminderDeliveries,
  type Transaction,
  unitOfWork,
} from '@tandem/db';
import {
  brusselsDate,
  type CalendarDate,
  isOutcomeFollowUpToAsk,
  outcomeFollowUpDueOn,
} from '@tandem/domain';
import { createTranslator } from '@tandem/i18n';
import { and, asc, eq, isNotNull, notExists } from 'drizzle-orm';
import type { ApiConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { queueReminder, type ReminderToQueue } from '../reminders/queue-reminder.ts';
import { type PeriodicJob, startPeriodicJob } from './periodic.ts';
import { weekStartOf } from './reminders.ts';

export interface OutcomeFollowUpOptions {
  webUrl: string;
  now?: () => Date;
  runId?: string;
}

/**
 * One run of the +6-month follow-up, from any number of API processes: every mentee whose
 * duo ended OUTCOME_FOLLOW_UP_MONTHS ago and who has no six-month outcome yet is asked, in
 * their language, to answer in the portal. The ask is a reminder delivery keyed to the week
 * of the duo's due day, never of the run, so however many runs and processes see the duo it
 * is queued once. Without an answer 14 days later the coach's caseload asks for a call.
 */
export async function queueOutcomeFollowUps(
  db: Database,
  log: Logger,
  options: OutcomeFollowUpOptions,
): Promise<{ queued: number }> {
  const today = brusselsDate((options.now?.() ?? new Date()).toISOString());
  const tenants = await unitOfWork(db, { tenantId: null, userId: null }, (tx) =>
    tx.select().from(organisations).orderBy(asc(organisations.id)),
  );
  let queued = 0;
  for (const organisation of tenants) {
    const asks = await unitOfWork(db, { tenantId: organisation.id, userId: null }, (tx) =>
      followUpsToAsk(tx, organisation, today, options.webUrl),
    );
    for (const ask of asks) {
      const inserted = await unitOfWork(db, { tenantId: organisation.id, userId: null }, (tx) =>
        queueReminder(tx, ask),
      );
      if (inserted) queued += 1;
    }
  }
  if (queued > 0)
    log
      .child({ job: 'outcome-follow-up', jobRunId: options.runId ?? randomUUID() })
      .info('outcome follow-ups queued', { queued });
  return { queued };
}

async function followUpsToAsk(
  tx: Transaction,
  organisation: typeof organisations.$inferSelect,
  today: CalendarDate,
  webUrl: string,
): Promise<ReminderToQueue[]> {
  const tenantId = organisation.id;
  const ended = await tx
    .select({
      duoId: duos.id,
      endedOn: duos.endedOn,
      applicationId: applications.id,
      name: applications.name,
      email: applications.email,
      locale: applications.preferredLocale,
    })
    .from(duos)
    .innerJoin(
      applications,
      and(eq(applications.tenantId, duos.tenantId), eq(applications.id, duos.menteeApplicationId)),
    )
    .where(
      and(
        eq(duos.tenantId, tenantId),
        isNotNull(duos.endedOn),
        notExists(
          tx
            .select({ id: outcomes.id })
            .from(outcomes)
            .where(
              and(
                eq(outcomes.tenantId, duos.tenantId),
                eq(outcomes.duoId, duos.id),
                eq(outcomes.moment, 'follow_up_6m'),
              ),
            ),
        ),
        notExists(
          tx
            .select({ id: reminderDeliveries.id })
            .from(reminderDeliveries)
            .where(
              and(
                eq(reminderDeliveries.tenantId, duos.tenantId),
                eq(reminderDeliveries.duoId, duos.id),
                eq(reminderDeliveries.kind, 'outcome_follow_up'),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(duos.id));
  return ended.flatMap((row) => {
    if (row.endedOn === null || !isOutcomeFollowUpToAsk(row.endedOn, today)) return [];
    const { t, formatDate } = createTranslator(row.locale);
    const params = {
      name: row.name,
      endedOn: formatDate(row.endedOn),
      url: `${webUrl}/portal/${organisation.slug}/outcomes/${row.duoId}`,
      organisation: organisation.name,
    };
    return [
      {
        tenantId,
        kind: 'outcome_follow_up' as const,
        recipient: { applicationId: row.applicationId },
        weekStart: weekStartOf(outcomeFollowUpDueOn(row.endedOn)),
        duoId: row.duoId,
        message: {
          toAddress: row.email,
          subject: t('outcome.followUp.subject', params),
          body: t('outcome.followUp.body', params),
          locale: row.locale,
        },
      },
    ];
  });
}

/** About months and days, like the reminders: an hourly look is soon enough. */
export const OUTCOME_FOLLOW_UP_INTERVAL_MS = 60 * 60_000;

export function startOutcomeFollowUps(
  db: Database,
  config: ApiConfig,
  log: Logger,
  intervalMs = OUTCOME_FOLLOW_UP_INTERVAL_MS,
): PeriodicJob {
  const job = startPeriodicJob(
    'outcome-follow-up',
    intervalMs,
    async () => {
      await queueOutcomeFollowUps(db, log, { webUrl: config.webUrl });
    },
    log,
  );
  log.info('outcome follow-ups on', { intervalMs });
  return job;
}
