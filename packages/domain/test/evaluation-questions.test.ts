import { describe, expect, it } from 'vitest';
import {
  EVALUATION_QUESTIONS,
  EVALUATION_SCALES,
  evaluationQuestionsFor,
  isCompleteEvaluation,
} from '../src/index.ts';

const complete = Object.fromEntries(
  EVALUATION_QUESTIONS.map((q) => [q.id, EVALUATION_SCALES[q.scale][0]]),
);

describe('the evaluation question set (E3)', () => {
  it('asks both sides every question of the fixed set', () => {
    expect(evaluationQuestionsFor('mentor').map((q) => q.id)).toEqual(
      evaluationQuestionsFor('mentee').map((q) => q.id),
    );
    expect(new Set(EVALUATION_QUESTIONS.map((q) => q.id)).size).toBe(EVALUATION_QUESTIONS.length);
  });

  it('is complete with one value of its scale per question, and nothing else', () => {
    expect(isCompleteEvaluation('mentee', complete)).toBe(true);
    const { overall: _, ...missing } = complete;
    expect(isCompleteEvaluation('mentee', missing)).toBe(false);
    expect(isCompleteEvaluation('mentee', { ...complete, overall: '6' })).toBe(false);
    expect(isCompleteEvaluation('mentee', { ...complete, contact_rhythm: '3' })).toBe(false);
    expect(isCompleteEvaluation('mentor', { ...complete, extra: 'yes' })).toBe(false);
  });
});
