import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CalendarMethod } from '@tandem/domain';
import nodemailer from 'nodemailer';
import type { ApiConfig } from '../config.ts';

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

/** The bare address of `MAIL_FROM` (`Tandem <no-reply@…>` or a bare address). */
export const mailFromAddress = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from.trim();

/** The domain of a From address such as `Tandem <no-reply@tandem.example>`. */
export function domainOf(address: string): string {
  return /@([^\s>]+)/.exec(address)?.[1] ?? 'localhost';
}

/**
 * Without an SMTP server: each mail is written as a file to `folder` and its text printed,
 * so a developer (and the end-to-end tests) can follow a sign-in link. Never for production.
 */
export function createCapturingMailer(folder: string, print: (line: string) => void): Mailer {
  let sequence = 0;
  return {
    async send(mail) {
      await mkdir(folder, { recursive: true });
      sequence += 1;
      const name = `${Date.now()}-${process.pid}-${sequence}.eml`;
      const file = join(folder, name);
      const headers = [
        `To: ${mail.to}`,
        `Subject: ${mail.subject}`,
        `Content-Language: ${mail.locale}`,
        `Message-ID: <${mail.messageId}>`,
      ];
      await writeFile(file, `${headers.join('\r\n')}\r\n\r\n${mail.text}\r\n`, 'utf8');
      print(`\nE-mail (no SMTP_URL, kept in ${file}):\n${mail.text}\n`);
    },
    close: () => undefined,
  };
}

/** The mailer for mails that must not wait in the outbox: SMTP when configured, else captured. */
export function createDirectMailer(config: ApiConfig): Mailer {
  return config.smtpUrl
    ? createSmtpMailer(config.smtpUrl, config.mailFrom)
    : createCapturingMailer(config.mailCaptureDir, (line) => process.stdout.write(`${line}\n`));
}
