import { describe, expect, it } from 'vitest';
import {
  catalogues,
  createTranslator,
  locales,
  type Message,
  type MessageKey,
} from '../src/index.ts';

/** Texts of matching and the duo's start that put a number before a noun. */
const COUNTED: readonly [MessageKey, string][] = [
  ['match.explain.availability_overlap', 'count'],
  ['match.explain.age_outside_preference', 'years'],
  ['match.explain.goal_experience', 'total'],
  ['match.excluded.mentor_at_capacity', 'capacity'],
  ['matching.unmatched.mentors_taken', 'mentors'],
  ['matching.unmatched.below_min_score', 'mentors'],
  ['matching.unmatched.no_common_language', 'mentors'],
  ['matching.unmatched.mentor_at_capacity', 'mentors'],
  ['matching.unmatched.recorded_exclusion', 'mentors'],
  ['matching.unmatched.mentor_training_incomplete', 'mentors'],
  ['matching.unmatched.beyond_max_distance', 'mentors'],
  ['matchingProposal.openSlots', 'count'],
  ['matchingProposal.summary.pairs', 'pairs'],
  ['matchingProposal.summary.unmatched', 'unmatched'],
];

describe('counted texts', () => {
  it('say one thing in the singular in French', () => {
    const fr = createTranslator('fr');
    expect(fr.t('match.explain.availability_overlap', { count: 1, slots: 'jeudi soir' })).toBe(
      '1 créneau commun par semaine : jeudi soir',
    );
    expect(fr.t('match.explain.availability_overlap', { count: 2, slots: 'x' })).toBe(
      '2 créneaux communs par semaine : x',
    );
    expect(fr.t('match.excluded.mentor_at_capacity', { capacity: 1 })).toBe(
      'Exclu : le mentor accompagne déjà 1 duo',
    );
    expect(fr.t('match.explain.age_outside_preference', { years: 1 })).toBe(
      '1 an en dehors de l’âge souhaité',
    );
    expect(fr.t('matchingProposal.openSlots', { count: 1 })).toBe('1 place libre');
  });

  it('agree with their number in Dutch and English', () => {
    const nl = createTranslator('nl');
    expect(nl.t('matching.unmatched.mentor_training_incomplete', { mentors: 1 })).toBe(
      '1 mentor heeft de opleiding nog niet volledig gevolgd.',
    );
    expect(nl.t('match.explain.availability_overlap', { count: 1, slots: 'dinsdagavond' })).toBe(
      '1 gemeenschappelijk moment per week: dinsdagavond',
    );
    const en = createTranslator('en');
    expect(en.t('match.explain.goal_experience', { count: 1, total: 1, goals: 'work' })).toBe(
      'Experience with the goal: work',
    );
    expect(en.t('match.explain.goal_experience', { count: 1, total: 3, goals: 'work' })).toBe(
      'Experience with 1 of 3 goals: work',
    );
  });

  it.each(locales)('choose their form by the number in %s', (locale) => {
    const catalogue: Record<string, Message> = catalogues[locale];
    for (const [key, param] of COUNTED) {
      const message = catalogue[key];
      expect({ key, plural: typeof message === 'object' ? message.plural : null }).toEqual({
        key,
        plural: param,
      });
    }
  });

  it('write values inside a sentence as a sentence does', () => {
    const fr = createTranslator('fr');
    expect(
      fr.t('phrase.slot', {
        day: fr.t('phrase.weekday.thu'),
        part: fr.t('phrase.dayPart.afternoon'),
      }),
    ).toBe('jeudi après-midi');
    const nl = createTranslator('nl');
    expect(
      nl.t('phrase.slot', {
        day: nl.t('phrase.weekday.tue'),
        part: nl.t('phrase.dayPart.evening'),
      }),
    ).toBe('dinsdagavond');
    expect(fr.t('phrase.language.fr')).toBe('français');
  });
});
