import { applications, organisations, outboxMessages, type Transaction, users } from '@tandem/db';
import {
  type CalendarMethod,
  type CalendarPerson,
  calendarObject,
  type Locale,
} from '@tandem/domain';
import { createTranslator } from '@tandem/i18n';
import { and, eq, inArray } from 'drizzle-orm';
import type { ApiConfig } from '../config.ts';
import { AppError } from '../errors.ts';
import { mailFromAddress } from '../jobs/mailer.ts';

type OutboxMessageKind = (typeof outboxMessages.$inferInsert)['kind'];

/** Which e-mail a change of a meeting sends: the calendar's method follows from it. */
export type MeetingNotice = 'invitation' | 'update' | 'cancellation';

/** A meeting of a duo (first or closing) as its calendar invitation shows it. */
export interface DuoMeeting {
  readonly tenantId: string;
  readonly mentorApplicationId: string;
  readonly menteeApplicationId: string;
  readonly staffUserId: string;
  readonly icsUid: string;
  readonly icsSequence: number;
  readonly startsAt: Date;
  readonly durationMinutes: number;
  /** The place, or the link of an online meeting. */
  readonly location: string;
}

/** Where the texts come from and which outbox kind and record the messages carry. */
export interface MeetingMail {
  /** `<texts>.mail.<notice>.subject|body` and `<texts>.calendar.summary`. */
  readonly texts: 'firstMeeting' | 'closingMeeting';
  readonly kind: (notice: MeetingNotice) => OutboxMessageKind;
  readonly link: { readonly firstMeetingId: string } | { readonly duoId: string };
}

interface Recipient extends CalendarPerson {
  locale: Locale;
}

/**
 * Queues the e-mail with its calendar object to the mentor, the mentee (their application's
 * address and language) and the staff member, each in their own language. Every copy
 * carries the meeting's UID and current SEQUENCE, so calendars replace the event.
 */
export async function queueMeetingNotices(
  tx: Transaction,
  config: ApiConfig,
  meeting: DuoMeeting,
  mail: MeetingMail,
  notice: MeetingNotice,
) {
  const [organisation] = await tx
    .select({ name: organisations.name, defaultLocale: organisations.defaultLocale })
    .from(organisations)
    .where(eq(organisations.id, meeting.tenantId));
  if (!organisation) throw new AppError('not_found');
  const people = await tx
    .select({
      id: applications.id,
      name: applications.name,
      email: applications.email,
      locale: applications.preferredLocale,
    })
    .from(applications)
    .where(
      and(
        eq(applications.tenantId, meeting.tenantId),
        inArray(applications.id, [meeting.mentorApplicationId, meeting.menteeApplicationId]),
      ),
    );
  const mentor = people.find((p) => p.id === meeting.mentorApplicationId);
  const mentee = people.find((p) => p.id === meeting.menteeApplicationId);
  const [staff] = await tx
    .select({ name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(eq(users.id, meeting.staffUserId));
  if (!mentor || !mentee || !staff) throw new AppError('not_found');
  const recipients: Recipient[] = [
    mentor,
    mentee,
    { ...staff, locale: staff.locale ?? organisation.defaultLocale },
  ];
  const method: CalendarMethod = notice === 'cancellation' ? 'CANCEL' : 'REQUEST';
  const organizer = { name: organisation.name, email: mailFromAddress(config.mailFrom) };
  const attendees = recipients.map(({ name, email }) => ({ name, email }));
  const stamp = new Date();
  await tx.insert(outboxMessages).values(
    recipients.map((recipient) => {
      const { t, formatDate } = createTranslator(recipient.locale);
      const params = {
        name: recipient.name,
        mentor: mentor.name,
        mentee: mentee.name,
        staff: staff.name,
        when: formatDate(meeting.startsAt, 'dateTime'),
        duration: meeting.durationMinutes,
        place: meeting.location,
        organisation: organisation.name,
      };
      const body = t(`${mail.texts}.mail.${notice}.body`, params);
      return {
        tenantId: meeting.tenantId,
        kind: mail.kind(notice),
        ...mail.link,
        toAddress: recipient.email,
        subject: t(`${mail.texts}.mail.${notice}.subject`, params),
        body,
        locale: recipient.locale,
        calendar: calendarObject({
          method,
          uid: meeting.icsUid,
          sequence: meeting.icsSequence,
          stamp,
          start: meeting.startsAt,
          durationMinutes: meeting.durationMinutes,
          summary: t(`${mail.texts}.calendar.summary`, params),
          description: body,
          location: meeting.location,
          organizer,
          attendees,
        }),
      };
    }),
  );
}
