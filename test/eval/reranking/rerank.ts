/**
 * Second passes over a query's scores against every correction in memory,
 * tried for issue #20 (the offline embedder below BM25 on LUIS data). Both are
 * unsupervised: they read scores and similarities, never intents.
 *
 * - Score fusion: the embedder's cosine beside BM25, BM25 divided by the
 *   query's best BM25 score so both lie in [0, 1] (ranks, as in RRF, threw
 *   away how sure each side was, and lost on both data sets).
 * - Neighbourhood re-ranking: among the best candidates, one whose own nearest
 *   candidates also score well for the query is taken to sit inside the
 *   query's kind of message rather than to share a word with it by chance.
 *   It costs K² similarities among the candidates only, whatever the memory's size.
 */

export interface NeighbourhoodOptions {
  /** How many of the best-scoring rows are re-ranked. */
  candidates: number;
  /** How many of a candidate's nearest other candidates vouch for it. */
  neighbours: number;
  /** The weight of their mean score beside the candidate's own. */
  weight: number;
}

/** (1 − w)·vector + w·lexical / max(lexical), row by row; lexical all zero leaves the vector scores scaled. */
export function fuseScores(vectorScores: Float32Array, lexicalScores: Float32Array, lexicalWeight: number): Float32Array {
  if (vectorScores.length !== lexicalScores.length) throw new RangeError(`Fusing ${vectorScores.length} vector scores with ${lexicalScores.length} lexical ones.`);
  if (!(lexicalWeight >= 0 && lexicalWeight <= 1)) throw new RangeError(`The lexical weight must lie in [0, 1], got ${lexicalWeight}.`);
  let best = 0;
  for (const score of lexicalScores) best = Math.max(best, score);
  const fused = new Float32Array(vectorScores.length);
  for (let row = 0; row < fused.length; row += 1) {
    const lexical = best > 0 ? (lexicalScores[row] ?? 0) / best : 0;
    fused[row] = (1 - lexicalWeight) * (vectorScores[row] ?? 0) + lexicalWeight * lexical;
  }
  return fused;
}

/** Rows sorted by score, best first; ties keep the lower row. */
const byScore = (rows: readonly number[], score: (row: number) => number): number[] => [...rows].sort((a, b) => score(b) - score(a) || a - b);

/**
 * The best `candidates` rows re-ranked by score + weight · mean score of each
 * one's `neighbours` most similar other candidates (`similarity` between two
 * rows, e.g. the cosine of their stored vectors). Returns the re-ranked rows.
 */
export function rerankByNeighbourhood(scores: Float32Array, similarity: (a: number, b: number) => number, options: NeighbourhoodOptions): number[] {
  const rows = Array.from(scores.keys());
  const candidates = byScore(rows, (row) => scores[row] ?? -Infinity).slice(0, options.candidates);
  const reranked = new Map<number, number>();
  for (const candidate of candidates) {
    const others = candidates.filter((other) => other !== candidate);
    const nearest = byScore(others, (other) => similarity(candidate, other)).slice(0, options.neighbours);
    const vouched = nearest.length === 0 ? 0 : nearest.reduce((sum, other) => sum + (scores[other] ?? 0), 0) / nearest.length;
    reranked.set(candidate, (scores[candidate] ?? 0) + options.weight * vouched);
  }
  return byScore(candidates, (row) => reranked.get(row) ?? -Infinity);
}
