import { describe, expect, it } from 'vitest';
import {
  type CalendarEvent,
  calendarMethod,
  calendarObject,
  escapeText,
  foldLine,
} from '../src/duo/calendar.ts';

const event: CalendarEvent = {
  method: 'REQUEST',
  uid: 'fm-1@tandem.example',
  sequence: 0,
  stamp: new Date('2026-03-01T09:00:00Z'),
  start: new Date('2026-03-10T17:30:00Z'),
  durationMinutes: 90,
  summary: 'Première rencontre : Élodie et Karim',
  description: 'Bienvenue; apportez votre CV, s’il vous plaît.\nÀ bientôt \\ l’équipe',
  location: 'Bibliothèque, Rue Neuve 1, Bruxelles',
  organizer: { name: 'Le Pont', email: 'no-reply@tandem.example' },
  attendees: [
    { name: 'Élodie "Lo" Lambert', email: 'elodie@example.org' },
    { name: 'Karim', email: 'karim@example.org' },
  ],
};

/** Unfolds RFC 5545 content lines back into logical lines. */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

describe('RFC 5545 calendar objects', () => {
  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    const text = calendarObject({ ...event, description: 'é'.repeat(200) });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('folds multi-byte UTF-8 between characters, never inside one', () => {
    const line = `SUMMARY:${'€'.repeat(60)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const [i, part] of physical.entries()) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    // Every part decodes on its own: no sequence was cut.
    for (const part of physical) expect(part).not.toContain('\uFFFD');
  });

  it('leaves a line of exactly 75 octets unfolded', () => {
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('escapes backslash, semicolon, comma and line breaks in TEXT', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const lines = unfold(calendarObject(event));
    expect(lines).toContain(
      'DESCRIPTION:Bienvenue\\; apportez votre CV\\, s’il vous plaît.\\nÀ bientôt \\\\ l’équipe',
    );
    expect(lines).toContain('LOCATION:Bibliothèque\\, Rue Neuve 1\\, Bruxelles');
  });

  it('writes the event in UTC with organiser, attendees and status', () => {
    const lines = unfold(calendarObject(event));
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'METHOD:REQUEST',
        'UID:fm-1@tandem.example',
        'SEQUENCE:0',
        'DTSTAMP:20260301T090000Z',
        'DTSTART:20260310T173000Z',
        'DTEND:20260310T190000Z',
        'STATUS:CONFIRMED',
        'ORGANIZER;CN="Le Pont":mailto:no-reply@tandem.example',
        'ATTENDEE;CN="Élodie Lo Lambert";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:elodie@example.org',
        'END:VCALENDAR',
      ]),
    );
    expect(lines.filter((l) => l.startsWith('ATTENDEE'))).toHaveLength(2);
    expect(calendarMethod(calendarObject(event))).toBe('REQUEST');
  });

  it('cancels with the same UID, a higher SEQUENCE and STATUS:CANCELLED', () => {
    const update = unfold(calendarObject({ ...event, sequence: 1 }));
    const cancel = calendarObject({ ...event, method: 'CANCEL', sequence: 2 });
    const lines = unfold(cancel);
    expect(update).toContain('SEQUENCE:1');
    expect(lines).toEqual(
      expect.arrayContaining([
        'METHOD:CANCEL',
        'UID:fm-1@tandem.example',
        'SEQUENCE:2',
        'STATUS:CANCELLED',
      ]),
    );
    expect(calendarMethod(cancel)).toBe('CANCEL');
  });
});
