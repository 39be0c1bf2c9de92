/**
 * Optimal linear sum assignment (rectangular), as SciPy's `linear_sum_assignment`: the
 * shortest augmenting path method of Jonker–Volgenant in Crouse's (2016) form. Each
 * unassigned row joins the assignment through a Dijkstra-style search over reduced costs;
 * the dual variables keep reduced costs non-negative, so every augmentation is a shortest
 * path and the result is optimal — never a greedy approximation.
 *
 * Before the searches, a cheap start assigns most rows: Jonker–Volgenant's column reduction,
 * reduction transfer and augmenting row reduction on square matrices, the row minima on
 * rectangular ones. Both leave feasible duals, so optimality is untouched; they only spare
 * the searches, which is how a JavaScript solver keeps pace with SciPy's C++.
 *
 * Typed arrays only, no allocation inside the loops.
 */

export interface AssignmentResult {
  /** For each row, the column assigned to it, or -1 (only when rows outnumber columns). */
  readonly columnForRow: Int32Array;
  /** For each column, the row assigned to it, or -1 (only when columns outnumber rows). */
  readonly rowForColumn: Int32Array;
  /** Sum of the cost (or, when maximising, the value) of the assigned cells. */
  readonly total: number;
}

export interface AssignmentOptions {
  /** Maximise the sum instead of minimising it. */
  readonly maximize?: boolean;
}

/**
 * Assigns min(rows, cols) rows to distinct columns so that the summed cost is minimal
 * (or maximal). `cost` is row-major, rows × cols, finite numbers only: callers express
 * "not allowed" by a value that cannot win (see cohort-proposal.ts), because an infinite
 * cell would make a complete assignment impossible on dense rectangular input.
 */
export function solveLinearSumAssignment(
  cost: Float64Array,
  rows: number,
  cols: number,
  options: AssignmentOptions = {},
): AssignmentResult {
  if (cost.length !== rows * cols) {
    throw new RangeError(`cost has ${cost.length} cells, expected ${rows} × ${cols}`);
  }
  for (let k = 0; k < cost.length; k++) {
    if (!Number.isFinite(cost[k])) throw new RangeError(`cost cell ${k} is not finite`);
  }
  const maximize = options.maximize === true;
  // The search wants rows ≤ columns (every row gets a column); a tall matrix is transposed,
  // and maximising is minimising the negated matrix.
  const transposed = rows > cols;
  const n = transposed ? cols : rows;
  const m = transposed ? rows : cols;
  const work = new Float64Array(n * m);
  if (transposed) {
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const c = cost[i * cols + j] as number;
        work[j * rows + i] = maximize ? -c : c;
      }
    }
  } else if (maximize) {
    for (let k = 0; k < work.length; k++) work[k] = -(cost[k] as number);
  } else {
    work.set(cost);
  }

  const colForRowWork = shortestAugmentingPath(work, n, m);

  const columnForRow = new Int32Array(rows).fill(-1);
  const rowForColumn = new Int32Array(cols).fill(-1);
  let total = 0;
  for (let r = 0; r < n; r++) {
    const c = colForRowWork[r] as number;
    const row = transposed ? c : r;
    const col = transposed ? r : c;
    columnForRow[row] = col;
    rowForColumn[col] = row;
    total += cost[row * cols + col] as number;
  }
  return { columnForRow, rowForColumn, total };
}

/** n ≤ m; returns the column of each row. */
function shortestAugmentingPath(cost: Float64Array, n: number, m: number): Int32Array {
  const u = new Float64Array(n);
  const v = new Float64Array(m);
  const shortest = new Float64Array(m);
  const path = new Int32Array(m);
  const colForRow = new Int32Array(n).fill(-1);
  const rowForCol = new Int32Array(m).fill(-1);
  const scannedRow = new Uint8Array(n);
  const scannedCol = new Uint8Array(m);
  const remaining = new Int32Array(m);
  const scannedRows = new Int32Array(n);

  if (n === m) reduceSquare(cost, n, u, v, colForRow, rowForCol);
  else assignRowMinima(cost, n, m, u, colForRow, rowForCol);

  for (let current = 0; current < n; current++) {
    if (colForRow[current] !== -1) continue;
    shortest.fill(Number.POSITIVE_INFINITY);
    scannedCol.fill(0);
    // Columns are scanned from the highest index down, like SciPy, so ties resolve the
    // same way and both produce the same assignment on the same matrix.
    for (let k = 0; k < m; k++) remaining[k] = m - 1 - k;
    let remainingCount = m;
    let scannedRowCount = 0;
    let minVal = 0;
    let i = current;
    let sink = -1;

    while (sink === -1) {
      scannedRow[i] = 1;
      scannedRows[scannedRowCount++] = i;
      const base = i * m;
      const ui = (u[i] as number) - minVal;
      let lowest = Number.POSITIVE_INFINITY;
      let lowestAt = -1;
      for (let k = 0; k < remainingCount; k++) {
        const j = remaining[k] as number;
        const reduced = (cost[base + j] as number) - ui - (v[j] as number);
        let s = shortest[j] as number;
        if (reduced < s) {
          path[j] = i;
          shortest[j] = reduced;
          s = reduced;
        }
        // Prefer a free column on ties: the path ends there instead of growing.
        if (s < lowest || (s === lowest && rowForCol[j] === -1)) {
          lowest = s;
          lowestAt = k;
        }
      }
      minVal = lowest;
      const j = remaining[lowestAt] as number;
      scannedCol[j] = 1;
      remaining[lowestAt] = remaining[--remainingCount] as number;
      if (rowForCol[j] === -1) sink = j;
      else i = rowForCol[j] as number;
    }

    u[current] = (u[current] as number) + minVal;
    for (let k = 0; k < scannedRowCount; k++) {
      const r = scannedRows[k] as number;
      scannedRow[r] = 0;
      if (r !== current)
        u[r] = (u[r] as number) + minVal - (shortest[colForRow[r] as number] as number);
    }
    for (let j = 0; j < m; j++) {
      if (scannedCol[j] === 1) v[j] = (v[j] as number) - (minVal - (shortest[j] as number));
    }

    let j = sink;
    for (;;) {
      const r = path[j] as number;
      rowForCol[j] = r;
      const previous = colForRow[r] as number;
      colForRow[r] = j;
      j = previous;
      if (r === current) break;
    }
  }
  return colForRow;
}

/**
 * Start from the row reduction: each row's dual is its smallest cost (column duals stay 0),
 * and a row whose cheapest column is still free takes it. These cells are tight and every
 * reduced cost is non-negative, so the duals are feasible for the rectangular problem and
 * the augmenting searches only have to place the rows that collided — on random matrices
 * about a third, which is where most of the time went.
 */
function assignRowMinima(
  cost: Float64Array,
  n: number,
  m: number,
  u: Float64Array,
  colForRow: Int32Array,
  rowForCol: Int32Array,
): void {
  for (let i = 0; i < n; i++) {
    const base = i * m;
    let lowest = Number.POSITIVE_INFINITY;
    let lowestAt = -1;
    for (let j = 0; j < m; j++) {
      const c = cost[base + j] as number;
      if (c < lowest || (c === lowest && rowForCol[lowestAt] !== -1 && rowForCol[j] === -1)) {
        lowest = c;
        lowestAt = j;
      }
    }
    u[i] = lowest;
    if (rowForCol[lowestAt] === -1) {
      colForRow[i] = lowestAt;
      rowForCol[lowestAt] = i;
    }
  }
}

/** Row scans the augmenting row reduction may spend, in multiples of n (tuned on score matrices). */
const ROW_REDUCTION_PASSES = 8;

/**
 * Jonker–Volgenant's initialisation for square matrices: column reduction, reduction
 * transfer and two rounds of augmenting row reduction. It leaves most rows assigned to a
 * column that is the cheapest in their row under the column duals, which is exactly the
 * state the augmenting searches need, so only a few rows remain for them. (It needs no
 * sign on the column duals, which only holds when every column gets a row: square only.)
 */
function reduceSquare(
  cost: Float64Array,
  n: number,
  u: Float64Array,
  v: Float64Array,
  colForRow: Int32Array,
  rowForCol: Int32Array,
): void {
  const matches = new Int32Array(n);
  for (let j = n - 1; j >= 0; j--) {
    let lowest = cost[j] as number;
    let lowestRow = 0;
    for (let i = 1; i < n; i++) {
      const c = cost[i * n + j] as number;
      if (c < lowest) {
        lowest = c;
        lowestRow = i;
      }
    }
    v[j] = lowest;
    matches[lowestRow] = (matches[lowestRow] as number) + 1;
    if (matches[lowestRow] === 1) {
      colForRow[lowestRow] = j;
      rowForCol[j] = lowestRow;
    } else if (lowest < (v[colForRow[lowestRow] as number] as number)) {
      rowForCol[colForRow[lowestRow] as number] = -1;
      colForRow[lowestRow] = j;
      rowForCol[j] = lowestRow;
    }
  }

  const free = new Int32Array(n);
  let freeCount = 0;
  for (let i = 0; i < n; i++) {
    if (matches[i] === 0) {
      free[freeCount++] = i;
    } else if (matches[i] === 1) {
      const own = colForRow[i] as number;
      let lowest = Number.POSITIVE_INFINITY;
      for (let j = 0; j < n; j++) {
        if (j !== own) {
          const reduced = (cost[i * n + j] as number) - (v[j] as number);
          if (reduced < lowest) lowest = reduced;
        }
      }
      v[own] = (v[own] as number) - lowest;
    }
  }

  // Augmenting row reduction can chase displacement chains for a long time on matrices with
  // many near-ties (matching scores are such matrices); past a few passes' worth of row scans
  // the augmenting searches place the remaining rows more cheaply, so the work is capped.
  let budget = ROW_REDUCTION_PASSES * n;
  for (let round = 0; round < 2; round++) {
    let k = 0;
    const previousFree = freeCount;
    freeCount = 0;
    while (k < previousFree) {
      if (budget-- <= 0) {
        while (k < previousFree) free[freeCount++] = free[k++] as number;
        break;
      }
      const i = free[k++] as number;
      const base = i * n;
      let first = (cost[base] as number) - (v[0] as number);
      let firstAt = 0;
      let second = Number.POSITIVE_INFINITY;
      let secondAt = -1;
      for (let j = 1; j < n; j++) {
        const reduced = (cost[base + j] as number) - (v[j] as number);
        if (reduced < second) {
          if (reduced >= first) {
            second = reduced;
            secondAt = j;
          } else {
            second = first;
            secondAt = firstAt;
            first = reduced;
            firstAt = j;
          }
        }
      }
      let target = firstAt;
      let displaced = rowForCol[target] as number;
      if (first < second) {
        v[target] = (v[target] as number) - (second - first);
      } else if (displaced >= 0 && secondAt >= 0) {
        target = secondAt;
        displaced = rowForCol[target] as number;
      }
      if (displaced >= 0) colForRow[displaced] = -1;
      colForRow[i] = target;
      rowForCol[target] = i;
      if (displaced >= 0) {
        // A row displaced by a strict improvement is retried at once, as in the original;
        // one displaced by a tie waits for the next round, which keeps the loop finite.
        if (first < second) free[--k] = displaced;
        else free[freeCount++] = displaced;
      }
    }
  }

  for (let i = 0; i < n; i++) {
    const j = colForRow[i] as number;
    u[i] = j === -1 ? 0 : (cost[i * n + j] as number) - (v[j] as number);
  }
}
