import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveLinearSumAssignment } from '../src/matching/linear-sum-assignment.ts';
import { seededRandom } from './fixtures/seeded-random.ts';

/** Best total over every way to give min(rows, cols) rows distinct columns. */
function bruteForce(
  cost: readonly number[],
  rows: number,
  cols: number,
  maximize: boolean,
): number {
  let best = maximize ? -Infinity : Infinity;
  const usedRows = new Array<boolean>(rows).fill(false);
  const usedCols = new Array<boolean>(cols).fill(false);
  const target = Math.min(rows, cols);
  const walk = (placed: number, total: number, fromRow: number) => {
    if (placed === target) {
      best = maximize ? Math.max(best, total) : Math.min(best, total);
      return;
    }
    // Assign in row order when rows are the short side, else in column order.
    if (rows <= cols) {
      for (let j = 0; j < cols; j++) {
        if (usedCols[j]) continue;
        usedCols[j] = true;
        walk(placed + 1, total + (cost[placed * cols + j] as number), 0);
        usedCols[j] = false;
      }
    } else {
      for (let i = fromRow; i < rows; i++) {
        if (usedRows[i]) continue;
        usedRows[i] = true;
        walk(placed + 1, total + (cost[i * cols + placed] as number), 0);
        usedRows[i] = false;
      }
    }
  };
  walk(0, 0, 0);
  return best;
}

const instance = fc
  .record({
    rows: fc.integer({ min: 1, max: 6 }),
    cols: fc.integer({ min: 1, max: 6 }),
    ties: fc.boolean(),
  })
  .chain(({ rows, cols, ties }) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      cost: fc.array(
        ties ? fc.integer({ min: 0, max: 3 }) : fc.double({ min: -50, max: 50, noNaN: true }),
        {
          minLength: rows * cols,
          maxLength: rows * cols,
        },
      ),
      maximize: fc.boolean(),
    }),
  );

describe('linear sum assignment', () => {
  it('is optimal, square or rectangular, minimising or maximising, with or without ties', () => {
    fc.assert(
      fc.property(instance, ({ rows, cols, cost, maximize }) => {
        const result = solveLinearSumAssignment(Float64Array.from(cost), rows, cols, { maximize });
        expect(result.total).toBeCloseTo(bruteForce(cost, rows, cols, maximize), 9);
        const assigned = Array.from(result.columnForRow).filter((c) => c >= 0);
        expect(assigned).toHaveLength(Math.min(rows, cols));
        expect(new Set(assigned).size).toBe(assigned.length);
        result.columnForRow.forEach((c, r) => {
          if (c >= 0) expect(result.rowForColumn[c]).toBe(r);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('solves a known instance', () => {
    const cost = Float64Array.from([4, 1, 3, 2, 0, 5, 3, 2, 2]);
    const result = solveLinearSumAssignment(cost, 3, 3);
    expect(Array.from(result.columnForRow)).toEqual([1, 0, 2]);
    expect(result.total).toBe(5);
  });

  it('agrees with itself on larger random matrices whichever side is longer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const next = seededRandom(seed);
        const rows = 30;
        const cols = 45;
        const cost = Float64Array.from({ length: rows * cols }, () => Math.round(next() * 20) / 20);
        const transposed = new Float64Array(rows * cols);
        for (let i = 0; i < rows; i++)
          for (let j = 0; j < cols; j++) transposed[j * rows + i] = cost[i * cols + j] as number;
        const wide = solveLinearSumAssignment(cost, rows, cols, { maximize: true });
        const tall = solveLinearSumAssignment(transposed, cols, rows, { maximize: true });
        expect(wide.total).toBeCloseTo(tall.total, 9);
      }),
      { numRuns: 30 },
    );
  });

  it('gives a square matrix the same total as its rectangular twin with a column nobody wants', () => {
    // Square matrices start from Jonker–Volgenant's reductions, rectangular ones do not.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const next = seededRandom(seed);
        const n = 40;
        const square = Float64Array.from({ length: n * n }, () => Math.round(next() * 10) / 10);
        const wide = new Float64Array(n * (n + 1)).fill(1000);
        for (let i = 0; i < n; i++) wide.set(square.subarray(i * n, (i + 1) * n), i * (n + 1));
        expect(solveLinearSumAssignment(square, n, n).total).toBeCloseTo(
          solveLinearSumAssignment(wide, n, n + 1).total,
          9,
        );
      }),
      { numRuns: 30 },
    );
  });

  it('rejects a cost matrix of the wrong size or with non-finite cells', () => {
    expect(() => solveLinearSumAssignment(new Float64Array(5), 2, 3)).toThrow(RangeError);
    expect(() => solveLinearSumAssignment(Float64Array.from([1, Infinity]), 1, 2)).toThrow(
      RangeError,
    );
  });
});
