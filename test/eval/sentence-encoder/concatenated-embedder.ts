/**
 * Several embedders side by side: each part's unit vector scaled by its
 * weight, then the whole normalised, so the cosine is the weighted mean of the
 * parts' cosines (weights squared). The hashed features are sure about shared
 * words, a sentence encoder about paraphrase; together each covers the
 * other's misses.
 */
import { normaliseInPlace, type Embedder } from '@/utils/memory/embedding/embedder';

export interface WeightedEmbedder {
  embedder: Embedder;
  weight: number;
}

export function concatenateEmbedders(parts: readonly WeightedEmbedder[]): Embedder {
  if (parts.length === 0) throw new RangeError('Concatenating embedders needs at least one.');
  for (const { weight } of parts) if (!(weight > 0)) throw new RangeError(`An embedder's weight must be positive, got ${weight}.`);
  const dimensions = parts.reduce((sum, { embedder }) => sum + embedder.dimensions, 0);
  return {
    // The weights change the space, so they are part of the id.
    id: parts.map(({ embedder, weight }) => `${embedder.id}*${weight}`).join('+'),
    dimensions,
    async embed(texts, signal) {
      const embedded = await Promise.all(parts.map(({ embedder }) => embedder.embed(texts, signal)));
      return texts.map((_, row) => {
        const vector = new Float32Array(dimensions);
        let offset = 0;
        parts.forEach(({ embedder, weight }, part) => {
          const partVector = embedded[part]?.[row] ?? new Float32Array(embedder.dimensions);
          for (let index = 0; index < partVector.length; index += 1) vector[offset + index] = (partVector[index] ?? 0) * weight;
          offset += embedder.dimensions;
        });
        return normaliseInPlace(vector);
      });
    },
  };
}
