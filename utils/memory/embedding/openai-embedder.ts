/**
 * An Embedder over any OpenAI-compatible /v1/embeddings endpoint (OpenAI,
 * Azure OpenAI, Ollama, LM Studio, vLLM…) through the official SDK. The
 * answer crosses a boundary, so it is checked: one vector per input, of the
 * configured dimension, before anything is stored.
 */
import { i18n } from '../../i18n';
import OpenAI from 'openai';
import { z } from 'zod';
import { embedderId, normaliseInPlace, type Embedder } from './embedder';

export interface OpenAiEmbedderOptions {
  apiKey: string;
  /** e.g. https://api.openai.com/v1 */
  baseURL: string;
  /** e.g. text-embedding-3-small */
  model: string;
  /** Sent as `dimensions`; the endpoint must return vectors of exactly this length. */
  dimensions: number;
  /** Inputs per request. OpenAI accepts up to 2048; smaller batches fail and retry more cheaply. */
  batchSize?: number;
  maxRetries?: number;
}

export const DEFAULT_EMBEDDING_BATCH_SIZE = 256;

const embeddingsResponseSchema = z.object({
  data: z.array(
    z.object({
      index: z.int().nonnegative(),
      // base64 float32 as asked; a server that ignores encoding_format sends numbers.
      embedding: z.union([z.string(), z.array(z.number())]),
    }),
  ),
});

export class EmbeddingResponseError extends Error {}

/** Little-endian float32 bytes, as the API's base64 encoding carries them. */
function decodeBase64Floats(encoded: string): Float32Array {
  const binary = atob(encoded);
  const view = new DataView(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index += 1) view.setUint8(index, binary.charCodeAt(index));
  return Float32Array.from({ length: Math.floor(binary.length / 4) }, (_, index) => view.getFloat32(index * 4, true));
}

function toVector(embedding: string | number[]): Float32Array {
  return typeof embedding === 'string' ? decodeBase64Floats(embedding) : Float32Array.from(embedding);
}

export function createOpenAiEmbedder(options: OpenAiEmbedderOptions): Embedder {
  const { model, dimensions, batchSize = DEFAULT_EMBEDDING_BATCH_SIZE } = options;
  if (!Number.isInteger(batchSize) || batchSize <= 0) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}.`);
  const id = embedderId({ provider: 'openai', model, dimensions, endpoint: options.baseURL });
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    maxRetries: options.maxRetries ?? 2,
    timeout: 120_000,
    // Extension pages and the worker are not web pages: the key never reaches a site.
    dangerouslyAllowBrowser: true,
  });

  async function embedBatch(batch: readonly string[], signal: AbortSignal | undefined): Promise<Float32Array[]> {
    const raw = await client.embeddings.create({ model, input: [...batch], dimensions, encoding_format: 'base64' }, { signal });
    const parsed = embeddingsResponseSchema.safeParse(raw);
    if (!parsed.success) throw new EmbeddingResponseError(i18n.t('memoryProblems.notEmbeddings', { detail: z.prettifyError(parsed.error) }));
    const vectors: (Float32Array | undefined)[] = batch.map(() => undefined);
    for (const item of parsed.data.data) {
      if (item.index >= batch.length || vectors[item.index]) throw new EmbeddingResponseError(i18n.t('memoryProblems.unexpectedIndex', { index: String(item.index) }));
      const vector = toVector(item.embedding);
      if (vector.length !== dimensions) {
        throw new EmbeddingResponseError(i18n.t('memoryProblems.wrongDimensions', { got: String(vector.length), model, asked: String(dimensions) }));
      }
      vectors[item.index] = normaliseInPlace(vector);
    }
    return vectors.map((vector, index) => {
      if (!vector) throw new EmbeddingResponseError(i18n.t('memoryProblems.missingVector', { sent: String(parsed.data.data.length), inputs: String(batch.length), index: String(index) }));
      return vector;
    });
  }

  return {
    id,
    dimensions,
    async embed(texts, signal) {
      // The API refuses empty input; text with nothing to embed is similar to nothing.
      const vectors: Float32Array[] = texts.map(() => new Float32Array(dimensions));
      const toSend = texts.flatMap((text, index) => (text.trim() === '' ? [] : [index]));
      for (let start = 0; start < toSend.length; start += batchSize) {
        signal?.throwIfAborted();
        const indexes = toSend.slice(start, start + batchSize);
        const batchVectors = await embedBatch(
          indexes.map((index) => texts[index] ?? ''),
          signal,
        );
        indexes.forEach((index, position) => {
          const vector = batchVectors[position];
          if (vector) vectors[index] = vector;
        });
      }
      return vectors;
    },
  };
}
