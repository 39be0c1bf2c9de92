import type { CalendarMethod } from '@tandem/domain';
import nodemailer from 'nodemailer';

/** One e-mail as the outbox hands it over: plain text, in the recipient's language. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  locale: string;
  /** Stable per outbox message, so a receiving server can tell a resend from a new mail. */
  messageId: string;
  /** An RFC 5545 invitation or cancellation, sent as text/calendar with its method. */
  calendar?: { method: CalendarMethod; content: string };
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Delivers through the SMTP server of `SMTP_URL` (smtp:// with STARTTLS when offered, or smtps://). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    // A slow server holds the outbox row's lock: give up and retry on the next run.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
        headers: { 'Content-Language': mail.locale },
        ...(mail.calendar
          ? {
              icalEvent: {
                method: mail.calendar.method,
                content: mail.calendar.content,
                filename: 'invitation.ics',
              },
            }
          : {}),
      });
    },
    close: () => transport.close(),
  };
}

/** The domain of a From address such as `Tandem <no-reply@tandem.example>`. */
export function domainOf(address: string): string {
  return /@([^\s>]+)/.exec(address)?.[1] ?? 'localhost';
}
