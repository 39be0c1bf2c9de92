import { describe, expect, it } from 'vitest';
import { areaOf, CRITERION_AREAS, CRITERION_IDS, isCriterionId } from '../src/criteria/ids.ts';
import { INFO_SESSION_TOPIC_IDS } from '../src/criteria/info-session-topics.ts';
import { DEFAULT_TARGETS } from '../src/criteria/targets.ts';
import { TRAINING_TOPIC_IDS } from '../src/criteria/training-topics.ts';

describe('criteria catalogue', () => {
  it('has the 23 criteria A1…E3 in five areas', () => {
    expect(CRITERION_IDS).toHaveLength(23);
    const perArea = Object.fromEntries(CRITERION_AREAS.map((a) => [a, 0]));
    for (const id of CRITERION_IDS) perArea[areaOf(id)] = (perArea[areaOf(id)] ?? 0) + 1;
    expect(perArea).toEqual({ A: 5, B: 5, C: 5, D: 5, E: 3 });
  });

  it('lists the ten A5 training topics and the three info-session topics', () => {
    expect(TRAINING_TOPIC_IDS).toHaveLength(10);
    expect(INFO_SESSION_TOPIC_IDS).toHaveLength(3);
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
});
