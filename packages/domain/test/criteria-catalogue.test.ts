import { describe, expect, it } from 'vitest';
import { CRITERION_AREA_CATALOGUE, CRITERION_CATALOGUE } from '../src/criteria/catalogue.ts';
import { areaOf, CRITERION_IDS, isCriterionId } from '../src/criteria/ids.ts';
import {
  INFO_SESSION_TOPIC_CATALOGUE,
  INFO_SESSION_TOPIC_IDS,
} from '../src/criteria/info-session-topics.ts';
import { LOCALES } from '../src/criteria/locale.ts';
import { CRITERIA_MESSAGES } from '../src/criteria/messages.ts';
import { DEFAULT_TARGETS } from '../src/criteria/targets.ts';
import { TRAINING_TOPIC_CATALOGUE, TRAINING_TOPIC_IDS } from '../src/criteria/training-topics.ts';

describe('criteria catalogue', () => {
  it('has the 23 criteria A1…E3 in five areas', () => {
    expect(CRITERION_IDS).toHaveLength(23);
    expect(Object.keys(CRITERION_CATALOGUE).sort()).toEqual([...CRITERION_IDS].sort());
    const perArea = Object.fromEntries(Object.keys(CRITERION_AREA_CATALOGUE).map((a) => [a, 0]));
    for (const id of CRITERION_IDS) perArea[areaOf(id)] = (perArea[areaOf(id)] ?? 0) + 1;
    expect(perArea).toEqual({ A: 5, B: 5, C: 5, D: 5, E: 3 });
  });

  it('gives every criterion its area, a title and full text in nl, fr and en', () => {
    for (const id of CRITERION_IDS) {
      const criterion = CRITERION_CATALOGUE[id];
      expect(criterion.id).toBe(id);
      expect(criterion.area).toBe(areaOf(id));
      for (const locale of LOCALES) {
        expect(criterion.title[locale].length).toBeGreaterThan(3);
        expect(criterion.text[locale].length).toBeGreaterThan(criterion.title[locale].length);
      }
    }
  });

  it('keeps the position paper’s Dutch wording', () => {
    expect(CRITERION_CATALOGUE.C3.text.nl).toContain(
      'neutrale locatie in de aanwezigheid van een coach/programmamedewerker',
    );
    expect(CRITERION_CATALOGUE.D1.text.nl).toBe(
      'Het programma heeft een minimumduur van 6 maanden.',
    );
  });

  it('lists the ten A5 training topics and the three info-session topics, translated', () => {
    expect(TRAINING_TOPIC_IDS).toHaveLength(10);
    expect(INFO_SESSION_TOPIC_IDS).toHaveLength(3);
    for (const locale of LOCALES) {
      for (const topic of TRAINING_TOPIC_IDS)
        expect(TRAINING_TOPIC_CATALOGUE[topic][locale]).not.toBe('');
      for (const topic of INFO_SESSION_TOPIC_IDS) {
        expect(INFO_SESSION_TOPIC_CATALOGUE.mentor[topic][locale]).not.toBe('');
        expect(INFO_SESSION_TOPIC_CATALOGUE.mentee[topic][locale]).not.toBe('');
      }
    }
    expect(INFO_SESSION_TOPIC_CATALOGUE.mentee.eligibility_and_role.nl).toBe(
      'wie in aanmerking komt om een mentee te zijn',
    );
  });

  it('has default targets for every criterion, never a lower bound stricter than the target', () => {
    expect(Object.keys(DEFAULT_TARGETS).sort()).toEqual([...CRITERION_IDS].sort());
    for (const measures of Object.values(DEFAULT_TARGETS)) {
      for (const t of Object.values(measures)) {
        if (t.direction === 'at_least') expect(t.lowerBound).toBeLessThanOrEqual(t.target);
        else expect(t.lowerBound).toBeGreaterThanOrEqual(t.target);
      }
    }
    expect(DEFAULT_TARGETS.A1.share).toMatchObject({ target: 0.9, lowerBound: 0.6 });
    expect(DEFAULT_TARGETS.D4.kinds_reviewed).toMatchObject({ target: 4, lowerBound: 2 });
  });

  it('recognises criterion IDs exactly', () => {
    expect(isCriterionId('C3')).toBe(true);
    expect(isCriterionId('c3')).toBe(false);
    expect(isCriterionId('F1')).toBe(false);
  });

  it('has the same message keys in every locale', () => {
    const keys = Object.keys(CRITERIA_MESSAGES.en).sort();
    expect(Object.keys(CRITERIA_MESSAGES.nl).sort()).toEqual(keys);
    expect(Object.keys(CRITERIA_MESSAGES.fr).sort()).toEqual(keys);
  });
});
