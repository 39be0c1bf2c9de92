import { randomUUID } from 'node:crypto';
import {
  applications,
  type Database,
  duos,
  evaluations,
  organisations,
  outboxMessages,
  reminderPreferences,
  type Transaction,
  unitOfWork,
} from '@tandem/db';
import {
  brusselsDate,
  type CalendarDate,
  type DuoRole,
  EVALUATION_QUESTION_SET_VERSION,
  EVALUATION_SEND_WITHIN_DAYS,
  evaluationReminderDueOn,
  type Locale,
} from '@tandem/domain';
import { createTranslator } from '@tandem/i18n';
import { and, asc, eq, gte, isNotNull, isNull, notExists, sql } from 'drizzle-orm';
import type { ApiConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { queueReminder, type ReminderToQueue } from '../reminders/queue-reminder.ts';
import { stopLinkUrl } from '../reminders/stop-link.ts';
import type { RequestContext } from '../trpc/context.ts';
import { type PeriodicJob, startPeriodicJob } from './periodic.ts';
import { weekStartOf } from './reminders.ts';

export interface EvaluationRunOptions {
  webUrl: string;
  serverSecret: string;
  now?: () => Date;
  runId?: string;
}

type Organisation = typeof organisations.$inferSelect;

/** Where a participant answers their evaluation; the e-mails link here. */
export const portalEvaluationUrl = (webUrl: string, slug: string, evaluationId: string) =>
  `${webUrl}/portal/${slug}/evaluations/${evaluationId}`;

/**
 * One run of the evaluations (E3), from any number of API processes. Every side of a duo
 * whose end was recorded lately and that has no evaluation yet gets one, in the question set
 * of today and the person's language, with its e-mail in the outbox; the unique key on duo ×
 * role is the claim, so a second run or process inserts nothing and sends nothing. Open
 * evaluations are then reminded on the schedule's days, through the reminder deliveries like
 * every other reminder (a stop link; none for someone who stopped them).
 */
export async function runEvaluations(
  db: Database,
  log: Logger,
  options: EvaluationRunOptions,
): Promise<{ sent: number; reminded: number }> {
  const now = options.now?.() ?? new Date();
  const today = brusselsDate(now.toISOString());
  const tenants = await unitOfWork(db, { tenantId: null, userId: null }, (tx) =>
    tx.select().from(organisations).orderBy(asc(organisations.id)),
  );
  let sent = 0;
  let reminded = 0;
  for (const organisation of tenants) {
    const unit = <T>(work: (tx: Transaction) => Promise<T>) =>
      unitOfWork(db, { tenantId: organisation.id, userId: null }, work);
    const owed = await unit((tx) => evaluationsOwed(tx, organisation.id, now));
    for (const evaluation of owed)
      if (await unit((tx) => sendEvaluation(tx, organisation, evaluation, options.webUrl)))
        sent += 1;
    const reminders = await unit((tx) => remindersDue(tx, organisation, today, options));
    for (const reminder of reminders)
      if (await unit((tx) => queueReminder(tx, reminder))) reminded += 1;
  }
  if (sent + reminded > 0)
    log
      .child({ job: 'evaluations', jobRunId: options.runId ?? randomUUID() })
      .info('evaluations queued', { sent, reminded });
  return { sent, reminded };
}

interface OwedEvaluation {
  duoId: string;
  role: DuoRole;
  endedOn: CalendarDate;
  applicationId: string;
  name: string;
  email: string;
  locale: Locale;
}

/** The sides of recently ended duos without an evaluation, mentor before mentee. */
async function evaluationsOwed(tx: Transaction, tenantId: string, now: Date) {
  const since = new Date(now.getTime() - EVALUATION_SEND_WITHIN_DAYS * 86_400_000);
  const owed: OwedEvaluation[] = [];
  for (const role of ['mentor', 'mentee'] as const) {
    const side = role === 'mentor' ? duos.mentorApplicationId : duos.menteeApplicationId;
    const rows = await tx
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
        and(eq(applications.tenantId, duos.tenantId), eq(applications.id, side)),
      )
      .where(
        and(
          eq(duos.tenantId, tenantId),
          isNotNull(duos.endedOn),
          gte(duos.endRecordedAt, since),
          notExists(
            tx
              .select({ id: evaluations.id })
              .from(evaluations)
              .where(
                and(
                  eq(evaluations.tenantId, duos.tenantId),
                  eq(evaluations.duoId, duos.id),
                  eq(evaluations.role, role),
                ),
              ),
          ),
        ),
      )
      .orderBy(asc(duos.id));
    for (const row of rows)
      if (row.endedOn !== null) owed.push({ ...row, endedOn: row.endedOn, role });
  }
  return owed;
}

/** Writes the evaluation and its e-mail in one unit, unless another run already claimed it. */
async function sendEvaluation(
  tx: Transaction,
  organisation: Organisation,
  owed: OwedEvaluation,
  webUrl: string,
): Promise<boolean> {
  const [evaluation] = await tx
    .insert(evaluations)
    .values({
      tenantId: organisation.id,
      duoId: owed.duoId,
      role: owed.role,
      applicationId: owed.applicationId,
      questionSetVersion: EVALUATION_QUESTION_SET_VERSION,
      locale: owed.locale,
    })
    .onConflictDoNothing()
    .returning({ id: evaluations.id });
  if (!evaluation) return false;
  const { t, formatDate } = createTranslator(owed.locale);
  const params = {
    name: owed.name,
    endedOn: formatDate(owed.endedOn),
    url: portalEvaluationUrl(webUrl, organisation.slug, evaluation.id),
    organisation: organisation.name,
  };
  await tx.insert(outboxMessages).values({
    tenantId: organisation.id,
    kind: 'evaluation_invitation',
    duoId: owed.duoId,
    toAddress: owed.email,
    subject: t('evaluation.invitation.subject', params),
    body: t('evaluation.invitation.body', params),
    locale: owed.locale,
  });
  return true;
}

/** The reminders open evaluations owe today, keyed to their schedule day's week. */
async function remindersDue(
  tx: Transaction,
  organisation: Organisation,
  today: CalendarDate,
  options: EvaluationRunOptions,
): Promise<ReminderToQueue[]> {
  const tenantId = organisation.id;
  const open = await tx
    .select({
      id: evaluations.id,
      duoId: evaluations.duoId,
      sentAt: evaluations.sentAt,
      applicationId: applications.id,
      name: applications.name,
      email: applications.email,
      locale: evaluations.locale,
    })
    .from(evaluations)
    .innerJoin(
      applications,
      and(
        eq(applications.tenantId, evaluations.tenantId),
        eq(applications.id, evaluations.applicationId),
      ),
    )
    .leftJoin(
      reminderPreferences,
      and(
        eq(reminderPreferences.tenantId, evaluations.tenantId),
        eq(reminderPreferences.applicationId, evaluations.applicationId),
      ),
    )
    .where(
      and(
        eq(evaluations.tenantId, tenantId),
        isNull(evaluations.completedAt),
        sql`${reminderPreferences.nonEssentialStoppedAt} is null`,
      ),
    )
    .orderBy(asc(evaluations.id));
  return open.flatMap((row) => {
    const sentOn = brusselsDate(row.sentAt.toISOString());
    const dueOn = evaluationReminderDueOn(sentOn, today);
    if (dueOn === null) return [];
    const { t, formatDate } = createTranslator(row.locale);
    const params = {
      name: row.name,
      sentOn: formatDate(sentOn),
      url: portalEvaluationUrl(options.webUrl, organisation.slug, row.id),
      stopUrl: stopLinkUrl(
        options.webUrl,
        { tenantId, applicationId: row.applicationId },
        options.serverSecret,
      ),
      organisation: organisation.name,
    };
    return [
      {
        tenantId,
        kind: 'evaluation_reminder' as const,
        recipient: { applicationId: row.applicationId },
        weekStart: weekStartOf(dueOn),
        duoId: row.duoId,
        message: {
          toAddress: row.email,
          subject: t('evaluation.reminder.subject', params),
          body: t('evaluation.reminder.body', params),
          locale: row.locale,
        },
      },
    ];
  });
}

/**
 * Sends the evaluations of a duo this request ended as soon as the request has committed,
 * rather than at the next hourly run. The run itself is the same sweep, so it also sends
 * what an earlier run missed; the participant's own unit could not write the other side's.
 */
export function kickEvaluations(ctx: Pick<RequestContext, 'afterCommit' | 'jobs'>) {
  const job = ctx.jobs.evaluations;
  if (job) ctx.afterCommit.push(() => void job.runNow());
}

/** About days: an hourly look is soon enough, and the end of a duo kicks a run at once. */
export const EVALUATIONS_INTERVAL_MS = 60 * 60_000;

export function startEvaluations(
  db: Database,
  config: ApiConfig & { serverSecret: string },
  log: Logger,
  intervalMs = EVALUATIONS_INTERVAL_MS,
): PeriodicJob {
  const job = startPeriodicJob(
    'evaluations',
    intervalMs,
    async () => {
      await runEvaluations(db, log, { webUrl: config.webUrl, serverSecret: config.serverSecret });
    },
    log,
  );
  log.info('evaluations on', { intervalMs });
  return job;
}
