import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/test/bench/vector-data';
import { candidateRows, FIRST_CHUNK_ROWS, type CandidateSearch } from './vector-index-selection';

/**
 * Rows with known true similarities and random bounds around them, scanned
 * the way the kernel does: so the selection's promise can be checked exactly.
 */
function boundedRows(count: number, seed: number, options: { margin: number; ties?: boolean }) {
  const random = seededRandom(seed);
  const truth = Float64Array.from({ length: count }, () => (options.ties ? Math.round(random() * 20) / 20 : random() * 2 - 1));
  const margins = Float64Array.from({ length: count }, () => random() * options.margin);
  // Upper bounds sit anywhere within the margin above the truth; lower = upper − 2·margin.
  const upper = Float64Array.from(truth, (value, row) => value + random() * margins[row]!);
  const scans: [number, number, number][] = [];
  const search = (k: number, extra: Partial<CandidateSearch> = {}): CandidateSearch => ({
    count,
    k,
    floor: -Infinity,
    scan(from, to, threshold) {
      scans.push([from, to, threshold]);
      const rows: number[] = [];
      for (let row = from; row < to; row += 1) if (upper[row]! >= threshold) rows.push(row);
      return { rows: Int32Array.from(rows), bounds: Float32Array.from(rows, (row) => upper[row]!), count: rows.length };
    },
    lowerBound: (row) => upper[row]! - 2 * margins[row]!,
    ...extra,
  });
  return { truth, upper, search, scans };
}

function trueTopK(truth: Float64Array, k: number, keep: (row: number) => boolean = () => true): number[] {
  return Array.from(truth.keys())
    .filter(keep)
    .sort((a, b) => truth[b]! - truth[a]! || a - b)
    .slice(0, k);
}

describe('candidateRows', () => {
  it.each([
    ['tight bounds', 20_000, 0.001, false],
    ['loose bounds', 20_000, 0.2, false],
    ['many exact ties', 5_000, 0.01, true],
    ['fewer rows than one chunk', 300, 0.05, false],
  ])('never misses a true top-k row (%s)', (_, count, margin, ties) => {
    for (const k of [1, 10, 50]) {
      const { truth, search } = boundedRows(count, count + k, { margin, ties });
      const candidates = new Set(candidateRows(search(k)).rows);
      const kth = truth[trueTopK(truth, k).at(-1)!]!;
      // Every row at least as good as the k-th best must be a candidate (this also covers ties).
      for (let row = 0; row < count; row += 1) if (truth[row]! >= kth) expect(candidates).toContain(row);
    }
  });

  it('prunes almost everything when the bounds are tight', () => {
    const { search, scans } = boundedRows(50_000, 1, { margin: 0.001 });
    expect(candidateRows(search(10)).rows.length).toBeLessThan(100);
    // Each row is scanned once, and chunks after the first only report rows above a rising threshold.
    expect(scans[0]).toEqual([0, FIRST_CHUNK_ROWS, -Infinity]);
    expect(scans.at(-1)![1]).toBe(50_000);
    expect(scans.at(-1)![2]).toBeGreaterThan(0.9);
  });

  it('keeps only admitted rows, asking once per row that reaches the threshold', () => {
    const { truth, search } = boundedRows(10_000, 2, { margin: 0.01 });
    const asked = new Map<number, number>();
    const admit = (row: number) => {
      asked.set(row, (asked.get(row) ?? 0) + 1);
      return row % 3 === 0;
    };
    const candidates = candidateRows(search(5, { admit })).rows;
    expect(candidates.every((row) => row % 3 === 0)).toBe(true);
    expect(candidates).toEqual(expect.arrayContaining(trueTopK(truth, 5, (row) => row % 3 === 0)));
    expect(Math.max(...asked.values())).toBe(1);
    expect(asked.size).toBeLessThan(3000);
  });

  it('never reports rows whose upper bound is below the floor, and keeps every true match above it', () => {
    const { truth, upper, search } = boundedRows(5_000, 3, { margin: 0.01 });
    const rows = candidateRows(search(10, { floor: 0.995 })).rows;
    expect(rows.every((row) => upper[row]! >= 0.995)).toBe(true);
    expect(rows).toEqual(expect.arrayContaining(trueTopK(truth, 10, (row) => truth[row]! >= 0.995)));
  });

  it('returns nothing for k = 0 or no rows', () => {
    expect(candidateRows(boundedRows(100, 4, { margin: 0.1 }).search(0)).rows).toEqual([]);
    expect(candidateRows({ ...boundedRows(100, 4, { margin: 0.1 }).search(3), count: 0 }).rows).toEqual([]);
  });
});
