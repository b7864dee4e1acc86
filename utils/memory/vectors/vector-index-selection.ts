/**
 * Which rows can be in the exact top k, given a scan that bounds every row's
 * similarity from above (and, per row, from below).
 *
 * Why nothing is missed: take any k admitted rows; their true similarities
 * are at least L, the k-th highest of their lower bounds, so the true k-th
 * best similarity S is at least L too. A row whose upper bound is below L is
 * strictly worse than S and cannot be in the top k. That holds for the rows
 * scanned so far as well, so the scan runs in growing chunks and each chunk
 * only reports rows that reach the L of everything before it: after the first
 * chunk almost nothing crosses, and no row is read twice. The survivors whose
 * bound reaches the final L are rescored exactly by the caller.
 */

/** The first chunk reports every row; later chunks double up to the largest size. */
export const FIRST_CHUNK_ROWS = 64;
const LARGEST_CHUNK_ROWS = 16_384;

export interface BoundHits {
  rows: Int32Array;
  bounds: Float32Array;
  count: number;
}

export interface CandidateSearch {
  /** Number of live rows. */
  count: number;
  k: number;
  /** Rows whose upper bound is below this cannot be results (the caller's minimum similarity). */
  floor: number;
  /** Rows from..to−1 whose upper bound is at least `threshold`. */
  scan(from: number, to: number, threshold: number): BoundHits;
  /** Lower bound of a row's similarity, given its upper bound. */
  lowerBound(row: number, upper: number): number;
  /** Rows the caller wants at all; asked once per row that reaches the threshold. */
  admit?: (row: number) => boolean;
}

export interface Candidates {
  rows: number[];
  /** Each row's upper bound. */
  bounds: number[];
}

export function candidateRows(search: CandidateSearch): Candidates {
  const { count, k, floor, admit } = search;
  const candidates: Candidates = { rows: [], bounds: [] };
  if (k <= 0 || count === 0) return candidates;
  const highest = new KHighest(k);
  const keptRows: number[] = [];
  const keptBounds: number[] = [];
  for (let from = 0, size = FIRST_CHUNK_ROWS; from < count; from += size, size = Math.min(size * 2, LARGEST_CHUNK_ROWS)) {
    // While L is below the floor (fewer than k rows known to clear it), the floor is the better threshold.
    const hits = search.scan(from, Math.min(count, from + size), Math.max(floor, highest.kth));
    for (let i = 0; i < hits.count; i += 1) {
      const row = hits.rows[i]!;
      if (admit && !admit(row)) continue;
      const bound = hits.bounds[i]!;
      keptRows.push(row);
      keptBounds.push(bound);
      highest.offer(search.lowerBound(row, bound));
    }
  }
  const cutoff = highest.kth;
  keptRows.forEach((row, at) => {
    if (keptBounds[at]! < cutoff) return;
    candidates.rows.push(row);
    candidates.bounds.push(keptBounds[at]!);
  });
  return candidates;
}

/** The k highest numbers offered so far, in a min-heap; `kth` is −∞ until k were offered. */
class KHighest {
  private readonly heap: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.heap = new Float64Array(k);
  }

  get kth(): number {
    return this.size < this.k ? -Infinity : this.heap[0]!;
  }

  offer(value: number): void {
    const heap = this.heap;
    if (this.size < this.k) {
      let at = this.size;
      this.size += 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (heap[parent]! <= value) break;
        heap[at] = heap[parent]!;
        at = parent;
      }
      heap[at] = value;
      return;
    }
    if (value <= heap[0]!) return;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child = right < this.size && heap[right]! < heap[left]! ? right : left;
      if (heap[child]! >= value) break;
      heap[at] = heap[child]!;
      at = child;
    }
    heap[at] = value;
  }
}
