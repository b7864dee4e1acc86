/**
 * One interface for every way of turning text into vectors. Each vector is
 * stored with its embedder's id: vectors from different embedders (or the same
 * model at another dimension or endpoint) live in different spaces and are
 * never compared.
 */
export interface Embedder {
  /** e.g. 'offline-hash-v1:512' or 'openai:text-embedding-3-small:256@https://api.openai.com/v1'. */
  readonly id: string;
  readonly dimensions: number;
  /**
   * One L2-normalised vector per text, in order, so a dot product is the
   * cosine. Text with nothing to embed gets the zero vector (similar to nothing).
   */
  embed(texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]>;
}

export interface EmbedderIdParts {
  /** 'offline-hash-v1', 'openai'… */
  provider: string;
  /** The endpoint's model name, for remote embedders. */
  model?: string;
  dimensions: number;
  /** The base URL: one model name may be different models on two servers. */
  endpoint?: string;
}

/** Where the vectors came from, without credentials or query strings. */
function endpointKey(endpoint: string): string {
  const url = new URL(endpoint);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function embedderId({ provider, model, dimensions, endpoint }: EmbedderIdParts): string {
  if (!Number.isInteger(dimensions) || dimensions <= 0) throw new RangeError(`Embedding dimensions must be a positive integer, got ${dimensions}.`);
  const modelPart = model === undefined ? '' : `:${model}`;
  const endpointPart = endpoint === undefined ? '' : `@${endpointKey(endpoint)}`;
  return `${provider}${modelPart}:${dimensions}${endpointPart}`;
}

/** Scales to unit length in place and returns it; the zero vector stays zero. */
export function normaliseInPlace(vector: Float32Array): Float32Array {
  let squares = 0;
  for (const value of vector) squares += value * value;
  if (squares === 0) return vector;
  const scale = 1 / Math.sqrt(squares);
  for (let index = 0; index < vector.length; index += 1) vector[index] = (vector[index] ?? 0) * scale;
  return vector;
}

/** Dot product: the cosine for L2-normalised vectors. */
export function dot(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) throw new RangeError(`Cannot compare vectors of ${a.length} and ${b.length} dimensions.`);
  let sum = 0;
  for (let index = 0; index < a.length; index += 1) sum += (a[index] ?? 0) * (b[index] ?? 0);
  return sum;
}
