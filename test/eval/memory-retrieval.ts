/**
 * The retrieval evaluation behind `npm run eval:memory`: every memory
 * utterance is stored as a correction, and each query retrieves its nearest
 * corrections; a hit is a retrieved correction of the query's own intent.
 * The same queries go through a BM25 baseline (MiniSearch) for comparison.
 * A second pass may fuse the two and/or re-rank by neighbourhood (#20).
 */
import MiniSearch from 'minisearch';
import { dot } from '@/utils/memory/embedding/embedder';
import { fuseScores, rerankByNeighbourhood, type NeighbourhoodOptions } from './reranking/rerank';

/** A stored correction, as far as retrieval is concerned: the customer message it answered. */
export interface LabelledMessage {
  id: string;
  customerMessage: string;
  /** The label: never shown to the embedder or BM25, only used to score. */
  intent: string;
}

export const TOP_K = 5;

/** Ids of the k best-scoring items, best first (ties keep the lower index). */
export function topK(scores: Float32Array, k: number): number[] {
  const best: number[] = [];
  for (let index = 0; index < scores.length; index += 1) {
    const score = scores[index] ?? -Infinity;
    if (best.length === k && score <= (scores[best[k - 1] ?? 0] ?? -Infinity)) continue;
    let position = best.length;
    while (position > 0 && score > (scores[best[position - 1] ?? 0] ?? -Infinity)) position -= 1;
    best.splice(position, 0, index);
    if (best.length > k) best.pop();
  }
  return best;
}

/** The query's cosine with every row of vectors packed in one array (an exact scan, fine at eval scale). */
export function cosineScores(packed: Float32Array, dimensions: number, query: Float32Array): Float32Array {
  const count = packed.length / dimensions;
  const scores = new Float32Array(count);
  for (let row = 0; row < count; row += 1) scores[row] = dot(packed.subarray(row * dimensions, (row + 1) * dimensions), query);
  return scores;
}

export function bruteForceSearch(packed: Float32Array, dimensions: number, query: Float32Array, k: number): number[] {
  return topK(cosineScores(packed, dimensions, query), k);
}

export interface HitRates {
  at1: number;
  atK: number;
}

/** intent-match@1 and @k, given each query's retrieved intents, best first. */
export function hitRates(queries: readonly LabelledMessage[], retrievedIntents: readonly (readonly string[])[]): HitRates {
  let at1 = 0;
  let atK = 0;
  queries.forEach((query, index) => {
    const intents = retrievedIntents[index] ?? [];
    if (intents[0] === query.intent) at1 += 1;
    if (intents.includes(query.intent)) atK += 1;
  });
  const count = Math.max(queries.length, 1);
  return { at1: at1 / count, atK: atK / count };
}

/** Vectors side by side in one array, as the scan reads them. */
export function packVectors(vectors: readonly Float32Array[], dimensions: number): Float32Array {
  const packed = new Float32Array(vectors.length * dimensions);
  vectors.forEach((vector, row) => packed.set(vector, row * dimensions));
  return packed;
}

/** What follows the cosine scan: BM25 fused in at a weight (each query's score per memory row), a neighbourhood re-ranking. */
export interface SecondPass {
  lexical?: { scores: readonly Float32Array[]; weight: number };
  neighbourhood?: NeighbourhoodOptions;
}

/** Each memory row's cosine with every other, for the neighbourhood re-ranking (memory holds a few thousand rows at most here). */
function similarityMatrix(packed: Float32Array, dimensions: number): (a: number, b: number) => number {
  const count = packed.length / dimensions;
  const matrix = new Float32Array(count * count);
  for (let row = 0; row < count; row += 1) matrix.set(cosineScores(packed, dimensions, packed.subarray(row * dimensions, (row + 1) * dimensions)), row * count);
  return (a, b) => matrix[a * count + b] ?? 0;
}

/** Each query's top-k memory intents, by exact cosine, then the second pass if any. */
export function retrieveByVector(
  memory: readonly LabelledMessage[],
  memoryVectors: readonly Float32Array[],
  queryVectors: readonly Float32Array[],
  dimensions: number,
  second: SecondPass = {},
): string[][] {
  const packed = packVectors(memoryVectors, dimensions);
  const { lexical, neighbourhood } = second;
  const similarity = neighbourhood && similarityMatrix(packed, dimensions);
  return queryVectors.map((vector, query) => {
    const cosines = cosineScores(packed, dimensions, vector);
    const scores = lexical ? fuseScores(cosines, lexical.scores[query] ?? new Float32Array(cosines.length), lexical.weight) : cosines;
    const rows = similarity && neighbourhood ? rerankByNeighbourhood(scores, similarity, neighbourhood).slice(0, TOP_K) : topK(scores, TOP_K);
    return rows.map((row) => memory[row]?.intent ?? '');
  });
}

/** MiniSearch with its defaults: BM25+ over its own tokenizer, terms OR-ed. */
function bm25Index(memory: readonly LabelledMessage[]): MiniSearch<LabelledMessage> {
  const index = new MiniSearch<LabelledMessage>({ fields: ['customerMessage'], storeFields: ['intent'] });
  index.addAll(memory);
  return index;
}

/** Each query's BM25 score for every memory row (0 where it shares no term), for fusing with the cosine. */
export function bm25Scores(memory: readonly LabelledMessage[], queries: readonly LabelledMessage[]): Float32Array[] {
  const index = bm25Index(memory);
  const rowOf = new Map(memory.map((item, row) => [item.id, row]));
  return queries.map((query) => {
    const scores = new Float32Array(memory.length);
    for (const result of index.search(query.customerMessage)) {
      const row = rowOf.get(String(result.id));
      if (row !== undefined) scores[row] = result.score;
    }
    return scores;
  });
}

export function retrieveWithBm25(memory: readonly LabelledMessage[], queries: readonly LabelledMessage[]): string[][] {
  const index = bm25Index(memory);
  return queries.map((query) =>
    index
      .search(query.customerMessage)
      .slice(0, TOP_K)
      .map((result) => String(result.intent)),
  );
}
