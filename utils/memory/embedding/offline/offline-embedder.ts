/**
 * An embedder that needs no network and no model: hashed word, synonym,
 * word-pair and character n-gram features (offline-features.ts), damped and
 * L2-normalised. It is what a team gets with no embeddings endpoint
 * configured, and what tests use. Pure and deterministic: the same text gives
 * the same vector on every machine.
 */
import { embedderId, normaliseInPlace, type Embedder } from '../embedder';
import { hashedFeatures } from './offline-features';

/** Bump when features or weights change: vectors from another version must not be compared. */
export const OFFLINE_EMBEDDER_PROVIDER = 'offline-hash-v2';
export const DEFAULT_OFFLINE_DIMENSIONS = 512;

/** A sublinear term frequency: repeating a word says a little more, not twice as much. */
function damp(weight: number): number {
  return weight <= 1 ? weight : 1 + Math.log(weight);
}

export function embedOffline(text: string, dimensions: number): Float32Array {
  const vector = new Float32Array(dimensions);
  for (const [hash, weight] of hashedFeatures(text)) {
    // A hash-chosen sign: colliding features cancel out as often as they add up.
    const sign = hash & 0x80000000 ? -1 : 1;
    const index = (hash & 0x7fffffff) % dimensions;
    vector[index] = (vector[index] ?? 0) + sign * damp(weight);
  }
  return normaliseInPlace(vector);
}

export function createOfflineEmbedder(dimensions: number = DEFAULT_OFFLINE_DIMENSIONS): Embedder {
  // embedderId also refuses a dimension that is not a positive integer.
  const id = embedderId({ provider: OFFLINE_EMBEDDER_PROVIDER, dimensions });
  return {
    id,
    dimensions,
    async embed(texts, signal) {
      signal?.throwIfAborted();
      return texts.map((text) => embedOffline(text, dimensions));
    },
  };
}
