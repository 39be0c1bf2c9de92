import {
  applications,
  organisations,
  outboxMessages,
  type Transaction,
  type workshops,
} from '@tandem/db';
import { calendarObject } from '@tandem/domain';
import { createTranslator } from '@tandem/i18n';
import { and, eq, inArray } from 'drizzle-orm';
import type { ApiConfig } from '../../config.ts';
import { AppError } from '../../errors.ts';

type Workshop = typeof workshops.$inferSelect;

/** Which e-mail a change of the workshop sends: the calendar's method follows from it. */
export type WorkshopNotice = 'invitation' | 'update' | 'cancellation';

/** The address of `MAIL_FROM` (`Tandem <no-reply@…>` or a bare address). */
const addressOf = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from.trim();

const whereOf = (w: Workshop) => [w.place, w.onlineUrl].filter((x) => x?.trim()).join(' · ');

/**
 * The workshop's RFC 5545 object for one mentor, in their language: the workshop's UID and
 * current SEQUENCE, so an update or cancellation replaces the event in their calendar.
 */
export function workshopCalendar(
  workshop: Workshop,
  organisation: { name: string },
  mailFrom: string,
  mentor: { name: string; email: string; locale: Parameters<typeof createTranslator>[0] },
  notice: WorkshopNotice,
  stamp = new Date(),
) {
  const { t, formatDate } = createTranslator(mentor.locale);
  const params = {
    name: mentor.name,
    theme: workshop.theme,
    kind: t(`workshop.kind.${workshop.kind}`),
    when: formatDate(workshop.startsAt, 'dateTime'),
    duration: workshop.durationMinutes,
    where: whereOf(workshop),
    organisation: organisation.name,
  };
  const body = t(`workshop.mail.${notice}.body`, params);
  return {
    subject: t(`workshop.mail.${notice}.subject`, params),
    body,
    calendar: calendarObject({
      method: notice === 'cancellation' ? 'CANCEL' : 'REQUEST',
      uid: workshop.icsUid,
      sequence: workshop.icsSequence,
      stamp,
      start: workshop.startsAt,
      durationMinutes: workshop.durationMinutes,
      summary: t('workshop.calendar.summary', params),
      description: body,
      location: whereOf(workshop),
      organizer: { name: organisation.name, email: addressOf(mailFrom) },
      attendees: [{ name: mentor.name, email: mentor.email }],
    }),
  };
}

/** Queues one e-mail with the calendar object per mentor application given. */
export async function queueWorkshopNotices(
  tx: Transaction,
  config: ApiConfig,
  workshop: Workshop,
  applicationIds: readonly string[],
  notice: WorkshopNotice,
) {
  if (applicationIds.length === 0) return;
  const [organisation] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, workshop.tenantId));
  if (!organisation) throw new AppError('not_found');
  const mentors = await tx
    .select({
      name: applications.name,
      email: applications.email,
      locale: applications.preferredLocale,
    })
    .from(applications)
    .where(
      and(
        eq(applications.tenantId, workshop.tenantId),
        inArray(applications.id, [...applicationIds]),
      ),
    );
  const stamp = new Date();
  await tx.insert(outboxMessages).values(
    mentors.map((mentor) => ({
      tenantId: workshop.tenantId,
      kind:
        notice === 'cancellation'
          ? ('workshop_cancellation' as const)
          : ('workshop_invitation' as const),
      workshopId: workshop.id,
      toAddress: mentor.email,
      locale: mentor.locale,
      ...workshopCalendar(workshop, organisation, config.mailFrom, mentor, notice, stamp),
    })),
  );
}
