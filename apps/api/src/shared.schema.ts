import { CONTACT_MODES, EARLY_END_REASON_CODES, isCalendarDate, LOCALES } from '@tandem/domain';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from './auth/password.ts';

/**
 * Every text an input schema takes is built from `LineText`, `FreeText` or `PasswordText`
 * (a test keeps it so). Control characters cannot be typed into a form, and PostgreSQL
 * refuses NUL in text, so they are refused here with a message of their own instead of
 * failing deep in a query; only free text may hold tabs and line breaks.
 */
const INVALID_CHARACTERS = { error: 'validation.invalid_characters' } as const;
const NO_CONTROL_CHARACTERS = /^\P{Cc}*$/u;
const NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS_AND_TABS = /^(?:[\t\n\r]|\P{Cc})*$/u;

/** One line a person typed (a name, an e-mail address, a search), trimmed. */
export const LineText = z.string().trim().regex(NO_CONTROL_CHARACTERS, INVALID_CHARACTERS);

/** Free text over several lines (a goal, a note, a message), trimmed. */
export const FreeText = z
  .string()
  .trim()
  .regex(NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS_AND_TABS, INVALID_CHARACTERS);

/** A password as typed: never trimmed, since spaces may be part of it. */
export const PasswordText = z.string().regex(NO_CONTROL_CHARACTERS, INVALID_CHARACTERS);

/**
 * A whole spreadsheet as text. Not checked as a whole: each row's cells go through the
 * row's own schema, so a bad character is reported on its row and field.
 */
export const CsvText = (max: number) => z.string().min(1).max(max);

/** E-mail addresses are compared lower-cased and trimmed everywhere. */
export const Email = LineText.toLowerCase().min(1).max(254).pipe(z.email());

export const NewPassword = PasswordText.min(MIN_PASSWORD_LENGTH, {
  error: 'validation.password_too_short',
}).max(256);

export const Locale = z.enum(LOCALES);

export const OrganisationId = z.uuid();

/** An organisation's public slug, as it appears in addresses. */
export const OrganisationSlug = LineText.toLowerCase().min(1).max(60);

/** A one-line name a person typed: trimmed, required, bounded. */
export const Name = LineText.min(1).max(200);

/** Forms send '' for an empty optional phone number; it is stored as null. */
export const Phone = LineText.regex(/^([+0-9 ()./-]{6,40})?$/)
  .nullish()
  .transform((value) => value || null);

/** A web page's address: http or https only. */
export const WebAddress = LineText.max(500).pipe(z.url({ protocol: /^https?$/ }));

/** ISO 639-1: a language a person speaks or a programme runs in. */
export const LanguageCode = LineText.regex(/^[a-z]{2}$/);

/** An instant with its UTC offset, as the web forms send it. */
export const Instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

/** A Brussels calendar day, `YYYY-MM-DD`, that exists (no 31 April). */
export const CalendarDay = LineText.regex(/^\d{4}-\d{2}-\d{2}$/).refine(isCalendarDate, {
  error: 'validation.invalid_format',
});

/**
 * A file's bytes as base64, at most `maxBytes` once decoded. The length is checked before
 * the pattern so an oversize upload is refused without scanning it.
 */
export const Base64File = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4, { error: 'validation.file_too_large' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'validation.invalid_format' })
    .transform((value) => Buffer.from(value, 'base64'))
    .refine((bytes) => bytes.length > 0, { error: 'validation.file_empty' });

/**
 * One contact between mentor and mentee (D2), as staff and the portal both log it; the
 * bounds are the database's (`duo_contacts_duration_check`).
 */
export const ContactFields = z.object({
  contactOn: CalendarDay,
  mode: z.enum(CONTACT_MODES),
  durationMinutes: z.number().int().min(1).max(1440).nullable(),
  note: FreeText.max(2000).nullable(),
});

/**
 * The end of a duo (E1), as staff and the portal both record it: its last day, and for an
 * early end a reason from the list with, if the person wants, a few words of their own.
 */
export const DuoEndFields = z.object({
  lastDay: CalendarDay,
  reasonCode: z.enum(EARLY_END_REASON_CODES).nullable(),
  reasonText: FreeText.max(1000).nullable(),
});
