import { DAY_PARTS, type DayPart, WEEKDAYS, type Weekday } from '@tandem/domain';
import type { Translator } from '@tandem/i18n';

/**
 * The matching engine's explanations in words, for staff (the proposal) and for the
 * participants (what they have in common) alike. Each line is a message key with params,
 * whose list params are codes (weekly slots, languages, provinces) or the applicants' own
 * words (sectors, goals, interests). Codes become the words a sentence takes ("jeudi
 * après-midi", not the label "Jeudi Après-midi"), and lists are joined with
 * Intl.ListFormat in the reader's language.
 */
export interface ExplanationLine {
  key: string;
  params: Readonly<Record<string, string | number | readonly string[]>>;
}

/** A slot code of the engine ("thu_afternoon") in a sentence; an unknown one stays as it is. */
function slotPhrase(t: Translator, code: string): string {
  const [day, part] = code.split('_');
  if (!WEEKDAYS.includes(day as Weekday) || !DAY_PARTS.includes(part as DayPart)) return code;
  return t.t('phrase.slot', {
    day: t.t(`phrase.weekday.${day as Weekday}`),
    part: t.t(`phrase.dayPart.${part as DayPart}`),
  });
}

function languagePhrase(t: Translator, code: string): string {
  const key = `phrase.language.${code}`;
  return t.isMessageKey(key) ? t.t(key) : code.toUpperCase();
}

export function provinceName(t: Translator, code: string | null | undefined): string {
  if (!code) return '';
  const key = `province.${code}`;
  return t.isMessageKey(key) ? t.t(key) : code;
}

function phrase(t: Translator, name: string, item: string): string {
  if (name === 'slots') return slotPhrase(t, item);
  if (name === 'language' || name === 'languages') return languagePhrase(t, item);
  if (name === 'region' || name === 'mentorRegion' || name === 'menteeRegion')
    return provinceName(t, item);
  return item;
}

/** The line in words; null for a key this version does not know. */
export function explanationText(t: Translator, line: ExplanationLine): string | null {
  if (!t.isMessageKey(line.key)) return null;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(line.params)) {
    if (typeof value === 'number') params[name] = value;
    else
      params[name] = t.formatList(
        (typeof value === 'string' ? [value] : value).map((item) => phrase(t, name, item)),
      );
  }
  return t.t(line.key, params);
}
