/**
 * One exact top-k query against the kernel's rows: quantise the query, let
 * the scan and the selection narrow the rows to those that can rank, then
 * rescore those from the float32 rows.
 */
import type { VectorKernel } from '../kernel/vector-kernel';
import { queryCodeLimit, quantiseQuery } from './vector-index-quantisation';
import { candidateRows, type Candidates } from './vector-index-selection';

export interface VectorMatch {
  key: string;
  /** Cosine similarity, in [-1, 1]. */
  similarity: number;
}

export interface VectorSearchOptions {
  /** Drop matches below this similarity. */
  minSimilarity?: number;
  /** Only keys for which this returns true; asked only about keys that could rank. */
  filter?: (key: string) => boolean;
}

/** Covers float32 rounding in stored scales, errors and the kernel's sums (each below 1e-6 for unit vectors). */
const ROUNDING_SLACK = 1e-5;

export interface RowSource {
  kernel: VectorKernel;
  dimensions: number;
  /** Rows 0..count−1 are live. */
  count: number;
  keyOf(row: number): string;
  /** ⟨row, unit query⟩ from the float32 row, wherever the source keeps it (the kernel's `vectors` by default). */
  similarity?(row: number, unitQuery: Float64Array): number;
}

export type { Candidates };

/** Best first; equal similarities in key order, so results do not depend on row order. */
function byRank(a: VectorMatch, b: VectorMatch): number {
  return b.similarity - a.similarity || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The k best rows for a unit query, best first (see vector-index-selection.ts for why this is exact). */
export function exactTopK(source: RowSource, unitQuery: Float64Array, k: number, options: VectorSearchOptions): VectorMatch[] {
  return rescore(source, unitQuery, topKCandidates(source, unitQuery, k, options), k, options.minSimilarity);
}

/**
 * The rows that can rank among the k best, from the int8 codes alone (no
 * float32 row is read), with their upper bounds: `rescore` finishes the
 * search, after the caller has made sure their float32 rows are at hand.
 */
export function topKCandidates(source: RowSource, unitQuery: Float64Array, k: number, options: VectorSearchOptions): Candidates {
  const { kernel, count, keyOf } = source;
  const { query: codes, meta } = kernel.buffers();
  const { scale, error: queryError } = quantiseQuery(unitQuery, queryCodeLimit(kernel.stride), codes);
  // Per row the bound is error·(1 + e_q) + e_q (see vector-index-quantisation.ts).
  const errorWeight = 1 + queryError;
  const errorBias = queryError + ROUNDING_SLACK;
  const { filter, minSimilarity = -Infinity } = options;
  return candidateRows({
    count,
    k,
    floor: minSimilarity,
    scan: (from, to, threshold) => {
      const hits = kernel.scan({ from, to, threshold, queryScale: scale, errorWeight, errorBias });
      const { hitRows, hitBounds } = kernel.buffers();
      return { rows: hitRows, bounds: hitBounds, count: hits };
    },
    lowerBound: (row, upper) => upper - 2 * (meta[2 * row + 1]! * errorWeight + errorBias),
    admit: filter && ((row) => filter(keyOf(row))),
  });
}

/**
 * Exact similarities, highest upper bound first: once the next bound is
 * below the k-th exact similarity found, no later row can enter the top k.
 */
export function rescore(source: RowSource, unitQuery: Float64Array, candidates: Candidates, k: number, minSimilarity = -Infinity): VectorMatch[] {
  return walkCandidates(source, unitQuery, candidates, k, minSimilarity).matches;
}

/**
 * `rescore`, where some float32 rows may not be at hand (`missing(row)`):
 * the exact matches when none it reads is missing, else the missing rows it
 * would read (#14), highest bound first, at most `limit`. The walk goes over
 * the rows at hand only, whose k-th best is never above the k-th best of
 * all rows read so far, so it stops no sooner than `rescore` would: every
 * row `rescore` reads is at hand once these are. A candidate whose bound
 * cannot reach the top k is never asked for: with most rows missing (a
 * worker start) the first `limit` give the walk its k-th best, and the next
 * round asks only for rows that can still beat it.
 */
export function rescoreWhereLoaded(
  source: RowSource,
  unitQuery: Float64Array,
  candidates: Candidates,
  k: number,
  minSimilarity: number,
  missing: (row: number) => boolean,
  limit: number,
): { matches: VectorMatch[]; missing: number[] } {
  return walkCandidates(source, unitQuery, candidates, k, minSimilarity, { missing, limit });
}

function walkCandidates(
  source: RowSource,
  unitQuery: Float64Array,
  candidates: Candidates,
  k: number,
  minSimilarity: number,
  unread?: { missing: (row: number) => boolean; limit: number },
): { matches: VectorMatch[]; missing: number[] } {
  const { kernel, dimensions } = source;
  const { vectors } = kernel.buffers();
  const stride = kernel.stride;
  const similarityOf =
    source.similarity?.bind(source) ??
    ((row: number) => {
      let sum = 0;
      for (let i = 0; i < dimensions; i += 1) sum += vectors[row * stride + i]! * unitQuery[i]!;
      return sum;
    });
  const order = candidates.rows.map((_, at) => at).sort((a, b) => candidates.bounds[b]! - candidates.bounds[a]!);
  const matches: VectorMatch[] = [];
  const missing: number[] = [];
  for (const at of order) {
    if (matches.length >= k && candidates.bounds[at]! < matches[k - 1]!.similarity) break;
    const row = candidates.rows[at]!;
    if (unread?.missing(row)) {
      if (missing.push(row) === unread.limit) break;
      continue;
    }
    const similarity = similarityOf(row, unitQuery);
    if (similarity < minSimilarity) continue;
    keepBest(matches, { key: source.keyOf(row), similarity }, k);
  }
  return { matches, missing };
}

/** Inserts `match` into the ranked `matches` and keeps only the best k (no re-sort per row). */
function keepBest(matches: VectorMatch[], match: VectorMatch, k: number): void {
  if (matches.length >= k && byRank(match, matches[k - 1]!) >= 0) return;
  let at = matches.length;
  while (at > 0 && byRank(match, matches[at - 1]!) < 0) at -= 1;
  matches.splice(at, 0, match);
  if (matches.length > k) matches.pop();
}
