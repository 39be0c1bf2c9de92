import {
  CRITERION_AREAS,
  CRITERION_IDS,
  type CriteriaMessageKey,
  DECISION_MESSAGE_KINDS,
  INFO_SESSION_TOPIC_IDS,
  INTAKE_REFUSAL_REASONS,
  MATCH_MESSAGE_KEYS,
  renderTemplate,
  TRAINING_TOPIC_IDS,
} from '@tandem/domain';
import { describe, expect, it } from 'vitest';
import { catalogues, createTranslator, locales, type MessageKey } from '../src/index.ts';

/**
 * The domain names things by key (criteria, areas, topics, reasons, explanations); every key
 * it can produce has its text here, in all three languages.
 */
const english: Record<string, unknown> = catalogues.en;
const has = (key: string) => Object.hasOwn(english, key);

describe('the domain’s keys in the catalogues', () => {
  it('gives every criterion a title and its full text, and every area a title', () => {
    for (const locale of locales) {
      const { t } = createTranslator(locale);
      for (const id of CRITERION_IDS) {
        const title = t(`criterion.${id}.title`);
        expect(title.length, `${locale} ${id}`).toBeGreaterThan(3);
        expect(t(`criterion.${id}.text`).length, `${locale} ${id}`).toBeGreaterThan(title.length);
      }
      for (const area of CRITERION_AREAS) expect(t(`criterion.area.${area}`)).not.toBe('');
    }
  });

  it('keeps the position paper’s Dutch wording', () => {
    const { t } = createTranslator('nl');
    expect(t('criterion.C3.text')).toContain(
      'neutrale locatie in de aanwezigheid van een coach/programmamedewerker',
    );
    expect(t('criterion.D1.text')).toBe('Het programma heeft een minimumduur van 6 maanden.');
    expect(t('infoSessionTopic.mentee.eligibility_and_role')).toBe(
      'wie in aanmerking komt om een mentee te zijn',
    );
  });

  it('has the topics, refusal reasons and match explanations the domain produces', () => {
    const keys: string[] = [
      ...TRAINING_TOPIC_IDS.map((topic) => `trainingTopic.${topic}`),
      ...INFO_SESSION_TOPIC_IDS.flatMap((topic) => [
        `infoSessionTopic.mentor.${topic}`,
        `infoSessionTopic.mentee.${topic}`,
      ]),
      ...INTAKE_REFUSAL_REASONS.map((reason) => `decisionLetter.reason.${reason}`),
      ...MATCH_MESSAGE_KEYS,
      ...(['met', 'partly', 'not_met', 'no_data'] satisfies string[]).map(
        (status) => `indicator.status.${status}`,
      ),
    ];
    for (const key of keys) expect(has(key), key).toBe(true);
    // A compile-time check as well: every criteria key is a catalogue key.
    const criteriaKey: CriteriaMessageKey = 'indicator.measure.share';
    expect(has(criteriaKey satisfies MessageKey)).toBe(true);
  });

  it('has every default decision letter without leftover placeholders once filled', () => {
    for (const locale of locales) {
      const { t } = createTranslator(locale);
      for (const kind of DECISION_MESSAGE_KINDS) {
        const filled = renderTemplate(
          { subject: t(`decisionLetter.${kind}.subject`), body: t(`decisionLetter.${kind}.body`) },
          { name: 'Amina', programme: 'P', organisation: 'O', reason: 'r', reasonText: 't' },
        );
        expect(`${filled.subject}${filled.body}`, `${locale} ${kind}`).not.toMatch(/\{\{/);
      }
    }
  });
});
