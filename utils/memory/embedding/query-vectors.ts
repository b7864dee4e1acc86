import type { Embedder } from './embedder';

/** Recent query texts kept: a few hundred KB at 384 dimensions, a few MB at 3072. */
export const QUERY_VECTORS_KEPT = 128;

/**
 * The vectors of recent recall queries, by embedder and text, most recently
 * used kept (#14). A query embedding is an HTTP round trip with an endpoint
 * embedder, on the way from a report to the model request: the same customer
 * message comes back with every report of its ticket, a redraft, a retry, so
 * each is embedded once. A failed embedding is not kept.
 */
export function createQueryVectors(limit = QUERY_VECTORS_KEPT) {
  const kept = new Map<string, Promise<Float32Array>>();

  function vectorOf(embedder: Embedder, text: string): Promise<Float32Array> {
    const key = `${embedder.id}\n${text}`;
    const known = kept.get(key);
    if (known) {
      // Used again: now the most recent.
      kept.delete(key);
      kept.set(key, known);
      return known;
    }
    const embedding = embedder.embed([text]).then(([vector]) => {
      if (!vector) throw new Error(`the embedder ${embedder.id} returned no vector for the query`);
      return vector;
    });
    kept.set(key, embedding);
    embedding.catch(() => {
      if (kept.get(key) === embedding) kept.delete(key);
    });
    // Map order is insertion order: the first key is the least recently used.
    if (kept.size > limit) kept.delete(kept.keys().next().value!);
    return embedding;
  }

  return { vectorOf };
}
export type QueryVectors = ReturnType<typeof createQueryVectors>;
