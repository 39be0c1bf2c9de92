import type { Translator } from '@tandem/i18n';

/** Why a mentee stays unmatched: counted over the mentors each reason ruled out. */
export function unmatchedReasonText(
  t: Translator,
  reason: { key: string; params: Readonly<Record<string, number>> },
): string {
  return t.isMessageKey(reason.key) ? t.t(reason.key, reason.params) : reason.key;
}

export const scoreText = (t: Translator, score: number | null) =>
  score === null ? '—' : t.formatPercent(score);
