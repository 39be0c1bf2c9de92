import {
  DAY_PARTS,
  type DayPart,
  INTAKE_CONSENT_TEXT_VERSION,
  type InfoSessionAudience,
  type InfoSessionTopicId,
  WEEKDAYS,
  type Weekday,
} from '@tandem/domain';
import { displayTimeZone, type MessageKey, type Translator } from '@tandem/i18n';

/**
 * The consent text shown for each consent version. A new version in the domain fails the
 * type check here until its text is written (in all three catalogues).
 */
export const consentTextKeys = {
  'intake-consent-2026-01': {
    purpose: 'consent.v2026_01.purpose',
    retention: 'consent.v2026_01.retention',
    agree: 'consent.v2026_01.agree',
  },
} as const satisfies Record<
  typeof INTAKE_CONSENT_TEXT_VERSION,
  { purpose: MessageKey; retention: MessageKey; agree: MessageKey }
>;

export const currentConsentText = consentTextKeys[INTAKE_CONSENT_TEXT_VERSION];

export function topicLabel(
  t: Translator,
  audience: InfoSessionAudience,
  topic: InfoSessionTopicId,
): string {
  return t.t(`infoSessionTopic.${audience}.${topic}`);
}

/** Availability as the form sends it: `mon.morning`. */
export function slotValue(slot: { day: Weekday; part: DayPart }): string {
  return `${slot.day}.${slot.part}`;
}

export function parseSlots(values: readonly string[]): { day: string; part: string }[] {
  return values.map((value) => {
    const [day = '', part = ''] = value.split('.');
    return { day, part };
  });
}

export function availabilityText(
  t: Translator,
  slots: readonly { day: Weekday; part: DayPart }[],
): string {
  return t.formatList(
    slots.map((s) => `${t.t(`value.weekday.${s.day}`)} ${t.t(`value.dayPart.${s.part}`)}`),
  );
}

export const weekdayOptions = (t: Translator) =>
  WEEKDAYS.map((day) => ({ value: day, label: t.t(`value.weekday.${day}`) }));
export const dayPartOptions = (t: Translator) =>
  DAY_PARTS.map((part) => ({ value: part, label: t.t(`value.dayPart.${part}`) }));

function zoneOffsetMs(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: displayTimeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return wall - (instant - (instant % 1000));
}

/**
 * A `datetime-local` value ("2026-05-04T18:30") read as Belgian time, as an ISO instant with
 * offset for the API. An empty or malformed value is returned as typed, so the API names
 * the field.
 */
export function belgianLocalToIso(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return value;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let instant = wall - zoneOffsetMs(wall);
  instant = wall - zoneOffsetMs(instant);
  return new Date(instant).toISOString();
}

/** An instant as the value of a `datetime-local` field, in Belgian time. */
export function isoToBelgianLocal(iso: string): string {
  const instant = new Date(iso).getTime();
  return new Date(instant + zoneOffsetMs(instant)).toISOString().slice(0, 16);
}

/** An emptied number field goes as NaN so the API says the field needs a number. */
export function wholeNumber(value: string): number {
  return value === '' ? Number.NaN : Number(value);
}
