import { randomUUID } from 'node:crypto';
import {
  agreements,
  applications,
  checkIns,
  coachAssignments,
  type Database,
  duoContacts,
  duoPauses,
  duos,
  organisations,
  programmes,
  reminderPreferences,
  type Transaction,
  unitOfWork,
  users,
} from '@tandem/db';
import {
  addDays,
  brusselsDate,
  type CalendarDate,
  contactDueBy,
  type DuoFollowUpFacts,
  isCheckInDue,
  isContactOverdue,
  type Locale,
} from '@tandem/domain';
import { createTranslator } from '@tandem/i18n';
import { and, asc, eq, inArray, isNotNull, isNull, lte, max, sql } from 'drizzle-orm';
import type { Logger } from '../logger.ts';
import { queueReminder, type ReminderToQueue } from '../reminders/queue-reminder.ts';
import { stopLinkUrl } from '../reminders/stop-link.ts';

export interface ReminderRunOptions {
  webUrl: string;
  serverSecret: string;
  now?: () => Date;
  runId?: string;
}

export interface ReminderRunResult {
  /** Reminders queued in the outbox by this run. */
  queued: number;
}

/** The coach hears of a duo's missing contact once it has been overdue this many days. */
export const COACH_ESCALATION_DAYS = 7;

/** Monday of the week of `day`: reminders are counted per Brussels week. */
export function weekStartOf(day: CalendarDate): CalendarDate {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/**
 * One run of the reminder job, from any number of API processes: for each organisation it
 * reads what every active duo owes (`follow-up.ts`, the rule the caseload page reads too) and
 * queues the reminders due — to the duo when its contact is overdue (unless a participant
 * stopped non-essential reminders), to the coach when it is still overdue a week later, and
 * to the coach when a check-in is due. Each goes through `queueReminder`, whose weekly key
 * keeps runs and processes from sending anything twice. The outbox delivers them.
 */
export async function queueDueReminders(
  db: Database,
  log: Logger,
  options: ReminderRunOptions,
): Promise<ReminderRunResult> {
  const jobLog = log.child({ job: 'reminders', jobRunId: options.runId ?? randomUUID() });
  const today = brusselsDate((options.now?.() ?? new Date()).toISOString());
  const tenants = await unitOfWork(db, { tenantId: null, userId: null }, (tx) =>
    tx.select().from(organisations).orderBy(asc(organisations.id)),
  );
  let queued = 0;
  for (const organisation of tenants) {
    const reminders = await unitOfWork(db, { tenantId: organisation.id, userId: null }, (tx) =>
      dueReminders(tx, organisation, today, options),
    );
    for (const reminder of reminders) {
      const inserted = await unitOfWork(db, { tenantId: organisation.id, userId: null }, (tx) =>
        queueReminder(tx, reminder),
      );
      if (inserted) queued += 1;
    }
  }
  if (queued > 0) jobLog.info('reminders queued', { queued });
  return { queued };
}

export type Organisation = typeof organisations.$inferSelect;

interface ActiveDuo {
  id: string;
  programmeId: string;
  facts: DuoFollowUpFacts;
  mentorApplicationId: string;
  menteeApplicationId: string;
  coachUserId: string | null;
}

async function activeDuos(tx: Transaction, tenantId: string, today: CalendarDate) {
  const rows = await tx
    .select({
      id: duos.id,
      startDate: duos.startDate,
      mentorApplicationId: duos.mentorApplicationId,
      menteeApplicationId: duos.menteeApplicationId,
      programmeId: duos.programmeId,
      // A duo recorded before agreements existed follows its programme's setting, as on its page.
      contactIntervalDays: sql<number>`coalesce(${agreements.contactIntervalDays}, ${programmes.minContactFrequencyDays})`,
    })
    .from(duos)
    .innerJoin(
      programmes,
      and(eq(programmes.tenantId, duos.tenantId), eq(programmes.id, duos.programmeId)),
    )
    .leftJoin(
      agreements,
      and(
        eq(agreements.tenantId, duos.tenantId),
        eq(agreements.matchId, duos.matchId),
        isNull(agreements.supersededAt),
      ),
    )
    .where(and(eq(duos.tenantId, tenantId), isNull(duos.endedOn), lte(duos.startDate, today)));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [contacts, checks, pauses, coaches] = await Promise.all([
    tx
      .select({ duoId: duoContacts.duoId, last: max(duoContacts.contactOn) })
      .from(duoContacts)
      .where(and(eq(duoContacts.tenantId, tenantId), inArray(duoContacts.duoId, ids)))
      .groupBy(duoContacts.duoId),
    tx
      .select({ duoId: checkIns.duoId, last: max(checkIns.checkInOn) })
      .from(checkIns)
      .where(and(eq(checkIns.tenantId, tenantId), inArray(checkIns.duoId, ids)))
      .groupBy(checkIns.duoId),
    tx
      .select()
      .from(duoPauses)
      .where(and(eq(duoPauses.tenantId, tenantId), inArray(duoPauses.duoId, ids))),
    tx
      .select({ duoId: coachAssignments.duoId, coachUserId: coachAssignments.coachUserId })
      .from(coachAssignments)
      .where(
        and(
          eq(coachAssignments.tenantId, tenantId),
          inArray(coachAssignments.duoId, ids),
          isNull(coachAssignments.untilDate),
          lte(coachAssignments.fromDate, today),
        ),
      ),
  ]);
  const lastContact = new Map(contacts.map((c) => [c.duoId, c.last]));
  const lastCheckIn = new Map(checks.map((c) => [c.duoId, c.last]));
  const coachOf = new Map(coaches.map((c) => [c.duoId, c.coachUserId]));
  return rows.map(
    (row): ActiveDuo => ({
      id: row.id,
      programmeId: row.programmeId,
      mentorApplicationId: row.mentorApplicationId,
      menteeApplicationId: row.menteeApplicationId,
      coachUserId: coachOf.get(row.id) ?? null,
      facts: {
        startDate: row.startDate,
        endedOn: null,
        contactIntervalDays: Number(row.contactIntervalDays),
        lastContactOn: lastContact.get(row.id) ?? null,
        lastCheckInOn: lastCheckIn.get(row.id) ?? null,
        pauses: pauses
          .filter((p) => p.duoId === row.id)
          .map((p) => ({ from: p.fromDate, until: p.untilDate })),
      },
    }),
  );
}

/** The reminders one organisation owes today, written in each recipient's language. */
export async function dueReminders(
  tx: Transaction,
  organisation: Organisation,
  today: CalendarDate,
  options: ReminderRunOptions,
): Promise<ReminderToQueue[]> {
  const tenantId = organisation.id;
  const weekStart = weekStartOf(today);
  const all = await activeDuos(tx, tenantId, today);
  const overdue = all.filter((d) => isContactOverdue(d.facts, today));
  const escalated = overdue.filter((d) => {
    const due = contactDueBy(d.facts);
    return due !== null && today > addDays(due, COACH_ESCALATION_DAYS);
  });
  const checkInDue = all.filter((d) => isCheckInDue(d.facts, today));

  const applicationIds = [
    ...new Set(all.flatMap((d) => [d.mentorApplicationId, d.menteeApplicationId])),
  ];
  const coachIds = [...new Set(all.flatMap((d) => (d.coachUserId ? [d.coachUserId] : [])))];
  const [people, stopped, coaches] = await Promise.all([
    applicationIds.length === 0
      ? []
      : tx
          .select({
            id: applications.id,
            name: applications.name,
            email: applications.email,
            locale: applications.preferredLocale,
          })
          .from(applications)
          .where(
            and(eq(applications.tenantId, tenantId), inArray(applications.id, applicationIds)),
          ),
    applicationIds.length === 0
      ? []
      : tx
          .select({ applicationId: reminderPreferences.applicationId })
          .from(reminderPreferences)
          .where(
            and(
              eq(reminderPreferences.tenantId, tenantId),
              inArray(reminderPreferences.applicationId, applicationIds),
              isNotNull(reminderPreferences.nonEssentialStoppedAt),
            ),
          ),
    coachIds.length === 0
      ? []
      : tx
          .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
          .from(users)
          .where(inArray(users.id, coachIds)),
  ]);
  const person = new Map(people.map((p) => [p.id, p]));
  const stoppedIds = new Set(stopped.map((s) => s.applicationId));
  const coach = new Map(coaches.map((c) => [c.id, c]));
  const nameOf = (applicationId: string) => person.get(applicationId)?.name ?? '';
  const reminders: ReminderToQueue[] = [];

  for (const duo of overdue) {
    const sides = [
      [duo.mentorApplicationId, duo.menteeApplicationId],
      [duo.menteeApplicationId, duo.mentorApplicationId],
    ] as const;
    for (const [self, other] of sides) {
      const recipient = person.get(self);
      if (!recipient || stoppedIds.has(self)) continue;
      const { t, formatDate } = createTranslator(recipient.locale);
      const params = {
        name: recipient.name,
        other: nameOf(other),
        since: formatDate(duo.facts.lastContactOn ?? duo.facts.startDate),
        interval: duo.facts.contactIntervalDays,
        portalUrl: `${options.webUrl}/portal/${organisation.slug}`,
        stopUrl: stopLinkUrl(
          options.webUrl,
          { tenantId, applicationId: self },
          options.serverSecret,
        ),
        organisation: organisation.name,
      };
      reminders.push({
        tenantId,
        kind: 'contact_overdue_duo',
        recipient: { applicationId: self },
        weekStart,
        duoId: duo.id,
        message: {
          toAddress: recipient.email,
          subject: t('reminder.contactDuo.subject', params),
          body: t('reminder.contactDuo.body', params),
          locale: recipient.locale,
        },
      });
    }
  }

  // A coach gets one message a week per kind, listing all their duos that need them.
  const perCoach = (list: ActiveDuo[], kind: 'contact_overdue_coach' | 'check_in_due') => {
    const byCoach = new Map<string, ActiveDuo[]>();
    for (const duo of list) {
      if (duo.coachUserId)
        byCoach.set(duo.coachUserId, [...(byCoach.get(duo.coachUserId) ?? []), duo]);
    }
    for (const [coachUserId, coachDuos] of byCoach) {
      const staff = coach.get(coachUserId);
      if (!staff) continue;
      const locale: Locale = staff.locale ?? organisation.defaultLocale;
      const { t, formatDate } = createTranslator(locale);
      const duoLines = coachDuos.map((d) =>
        t(kind === 'check_in_due' ? 'reminder.checkInLine' : 'reminder.duoLine', {
          mentor: nameOf(d.mentorApplicationId),
          mentee: nameOf(d.menteeApplicationId),
          since: formatDate(
            (kind === 'check_in_due' ? d.facts.lastCheckInOn : d.facts.lastContactOn) ??
              d.facts.startDate,
          ),
          url: `${options.webUrl}/o/${tenantId}/programmes/${d.programmeId}/duos/${d.id}`,
        }),
      );
      const params = {
        name: staff.name,
        count: coachDuos.length,
        duos: duoLines.join('\n'),
        organisation: organisation.name,
      };
      const texts = kind === 'check_in_due' ? 'reminder.checkIn' : 'reminder.contactCoach';
      reminders.push({
        tenantId,
        kind,
        recipient: { userId: coachUserId },
        weekStart,
        ...(coachDuos.length === 1 && coachDuos[0] ? { duoId: coachDuos[0].id } : {}),
        message: {
          toAddress: staff.email,
          subject: t(`${texts}.subject`, params),
          body: t(`${texts}.body`, params),
          locale,
        },
      });
    }
  };
  perCoach(escalated, 'contact_overdue_coach');
  perCoach(checkInDue, 'check_in_due');
  return reminders;
}
