import { DAY_PARTS, type DayPart, WEEKDAYS, type Weekday } from '@tandem/domain';
import type { Translator } from '@tandem/i18n';
import { availabilityText } from './intake.ts';
import { languageName } from './languages.ts';

/** One line of what a match is based on, as the matching engine stored it. */
export interface ExplanationLine {
  key: string;
  params: Readonly<Record<string, string | number | readonly string[]>>;
}

/** A slot code of the engine ("thu_afternoon"); an unknown one is left out. */
function parseSlot(code: string): { day: Weekday; part: DayPart } | null {
  const [day, part] = code.split('_');
  return WEEKDAYS.includes(day as Weekday) && DAY_PARTS.includes(part as DayPart)
    ? { day: day as Weekday, part: part as DayPart }
    : null;
}

/**
 * The line in words: list params arrive as codes (languages, weekly slots) or words
 * (sectors, goals, interests) and are labelled and joined in the reader's language.
 */
export function explanationText(t: Translator, line: ExplanationLine): string | null {
  if (!t.isMessageKey(line.key)) return null;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(line.params)) {
    if (name === 'language' && typeof value === 'string') params[name] = languageName(t, value);
    else if (typeof value !== 'object') params[name] = value;
    else if (name === 'languages')
      params[name] = t.formatList(value.map((code) => languageName(t, code)));
    else if (name === 'slots')
      params[name] = availabilityText(
        t,
        value.map(parseSlot).filter((slot) => slot !== null),
      );
    else params[name] = t.formatList(value);
  }
  return t.t(line.key, params);
}
