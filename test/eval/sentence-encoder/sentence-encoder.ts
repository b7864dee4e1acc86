/**
 * The Universal Sentence Encoder lite (a small transformer, 512 dimensions)
 * as an Embedder: it places paraphrases near each other without sharing
 * words, where the hashed features only see shared words and spellings.
 * The caller loads the model files and picks a tfjs backend; this module
 * only turns texts into vectors.
 */
import type * as tfCore from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import { embedderId, normaliseInPlace, type Embedder } from '@/utils/memory/embedding/embedder';
import type { Tokenizer } from './sentencepiece';

/** Bump when the weights or the tokenizer change. */
export const SENTENCE_ENCODER_PROVIDER = 'use-lite-v1';
export const SENTENCE_ENCODER_DIMENSIONS = 512;
/** Texts per model call: the model pads to the longest text of a batch, and one call's tensors stay small. */
const BATCH_SIZE = 32;

export interface SentenceEncoder {
  tf: typeof tfCore;
  model: Pick<GraphModel, 'executeAsync'>;
  tokenizer: Tokenizer;
}

async function embedBatch({ tf, model }: SentenceEncoder, encodings: readonly number[][]): Promise<Float32Array[]> {
  const indices = encodings.flatMap((ids, row) => ids.map((_, column) => [row, column]));
  const inputs = { indices: tf.tensor2d(indices, [indices.length, 2], 'int32'), values: tf.tensor1d(encodings.flat(), 'int32') };
  try {
    const output = (await model.executeAsync(inputs)) as tfCore.Tensor;
    const flat = (await output.data()) as Float32Array;
    output.dispose();
    return encodings.map((_, row) => normaliseInPlace(flat.slice(row * SENTENCE_ENCODER_DIMENSIONS, (row + 1) * SENTENCE_ENCODER_DIMENSIONS)));
  } finally {
    inputs.indices.dispose();
    inputs.values.dispose();
  }
}

/** The encoder is loaded on the first embed, not at start-up: its weights are megabytes. */
export function createSentenceEncoderEmbedder(load: () => Promise<SentenceEncoder>): Embedder {
  let encoder: Promise<SentenceEncoder> | undefined;
  return {
    id: embedderId({ provider: SENTENCE_ENCODER_PROVIDER, dimensions: SENTENCE_ENCODER_DIMENSIONS }),
    dimensions: SENTENCE_ENCODER_DIMENSIONS,
    async embed(texts, signal) {
      signal?.throwIfAborted();
      encoder ??= load().catch((error: unknown) => {
        encoder = undefined;
        throw error;
      });
      const loaded = await encoder;
      const vectors: Float32Array[] = texts.map(() => new Float32Array(SENTENCE_ENCODER_DIMENSIONS));
      // Text with no tokens keeps the zero vector: the model cannot take an empty sequence.
      const pending = texts.map((text, index) => ({ index, ids: loaded.tokenizer.encode(text) })).filter(({ ids }) => ids.length > 0);
      for (let start = 0; start < pending.length; start += BATCH_SIZE) {
        signal?.throwIfAborted();
        const batch = pending.slice(start, start + BATCH_SIZE);
        const embedded = await embedBatch(loaded, batch.map(({ ids }) => ids));
        batch.forEach(({ index }, row) => (vectors[index] = embedded[row] ?? vectors[index]!));
      }
      return vectors;
    },
  };
}
