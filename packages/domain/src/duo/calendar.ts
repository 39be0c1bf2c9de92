/**
 * RFC 5545 calendar objects for invitations to first meetings (C3) and workshops (D5). A reschedule sends the same
 * UID with a higher SEQUENCE, so calendars move the event instead of adding a second one;
 * a cancellation sends METHOD:CANCEL with the same UID. Times are written in UTC, which
 * every calendar client shows in its own zone without a VTIMEZONE.
 */

export type CalendarMethod = 'REQUEST' | 'CANCEL';

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarEvent {
  method: CalendarMethod;
  uid: string;
  sequence: number;
  /** When this version of the event was made (DTSTAMP). */
  stamp: Date;
  start: Date;
  durationMinutes: number;
  summary: string;
  description: string;
  location: string;
  organizer: CalendarPerson;
  attendees: readonly CalendarPerson[];
}

const PRODUCT_ID = '-//Tandem//Invitations//EN';
const MAX_LINE_OCTETS = 75;
const utf8 = new TextEncoder();

/** The whole VCALENDAR, CRLF line endings, long lines folded. */
export function calendarObject(event: CalendarEvent): string {
  const end = new Date(event.start.getTime() + event.durationMinutes * 60_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `DTSTART:${utcDateTime(event.start)}`,
    `DTEND:${utcDateTime(end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.location)}`,
    `STATUS:${event.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    `ORGANIZER;CN=${parameterValue(event.organizer.name)}:mailto:${event.organizer.email}`,
    ...event.attendees.map(
      (a) =>
        `ATTENDEE;CN=${parameterValue(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${a.email}`,
    ),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The METHOD of a calendar object made by `calendarObject`, for the e-mail's content type. */
export function calendarMethod(calendar: string): CalendarMethod | null {
  const method = /^METHOD:(REQUEST|CANCEL)\r?$/m.exec(calendar)?.[1];
  return method === 'REQUEST' || method === 'CANCEL' ? method : null;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 §3.1: a line longer than 75 octets continues on the next line after CRLF and one
 * space. The split never falls inside a UTF-8 sequence, so no character is cut in two.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8.encode(char).length;
    // A continuation line's leading space counts towards its 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A quoted parameter value (CN): DQUOTE and control characters cannot appear in it. */
function parameterValue(value: string): string {
  return `"${value.replace(/[\p{Cc}"]/gu, '')}"`;
}

function utcDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}
