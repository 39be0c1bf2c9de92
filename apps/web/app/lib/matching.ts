import type { Translator } from '@tandem/i18n';
import { languageName } from './languages.ts';

/**
 * The engine's explanations in words: each part is a message key with params, whose list
 * params are codes (slots, languages) or the applicants' own words (sectors, goals,
 * interests), labelled here and joined with Intl.ListFormat in the reader's language.
 */
type Param = string | number | readonly string[];

function slotLabel(t: Translator, code: string): string {
  const [day = '', part = ''] = code.split('_');
  const dayKey = `value.weekday.${day}`;
  const partKey = `value.dayPart.${part}`;
  if (!t.isMessageKey(dayKey) || !t.isMessageKey(partKey)) return code;
  return `${t.t(dayKey)} ${t.t(partKey).toLocaleLowerCase()}`;
}

export function provinceName(t: Translator, code: string | null | undefined): string {
  if (!code) return '';
  const key = `province.${code}`;
  return t.isMessageKey(key) ? t.t(key) : code;
}

function label(t: Translator, name: string, value: Param): string | number {
  if (typeof value === 'number') return value;
  const items = typeof value === 'string' ? [value] : value;
  const labelled = items.map((item) =>
    name === 'slots'
      ? slotLabel(t, item)
      : name === 'language' || name === 'languages'
        ? languageName(t, item)
        : name === 'region' || name === 'mentorRegion' || name === 'menteeRegion'
          ? provinceName(t, item)
          : item,
  );
  return t.formatList(labelled);
}

export function explanationText(
  t: Translator,
  message: { key: string; params: Readonly<Record<string, Param>> },
): string {
  if (!t.isMessageKey(message.key)) return message.key;
  const params = Object.fromEntries(
    Object.entries(message.params).map(([name, value]) => [name, label(t, name, value)]),
  );
  return t.t(message.key, params);
}

/** Why a mentee stays unmatched: counted over the mentors each reason ruled out. */
export function unmatchedReasonText(
  t: Translator,
  reason: { key: string; params: Readonly<Record<string, number>> },
): string {
  return t.isMessageKey(reason.key) ? t.t(reason.key, reason.params) : reason.key;
}

export const scoreText = (t: Translator, score: number | null) =>
  score === null ? '—' : t.formatPercent(score);
