import { describe, expect, it } from 'vitest';
import { isReviewDue } from '../src/index.ts';

describe('isReviewDue: the library flags what D4 would no longer count today', () => {
  it('is due when never reviewed', () => {
    expect(isReviewDue(null, '2026-03-10')).toBe(true);
  });

  it('is not due for a review today or exactly twelve months ago', () => {
    expect(isReviewDue('2026-03-10', '2026-03-10')).toBe(false);
    expect(isReviewDue('2025-03-11', '2026-03-10')).toBe(false);
  });

  it('is due one day past the twelve months', () => {
    expect(isReviewDue('2025-03-10', '2026-03-10')).toBe(true);
  });
});
