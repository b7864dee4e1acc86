import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { dot } from '@/utils/memory/embedding/embedder';
import { SENTENCE_ENCODER_DIMENSIONS, createSentenceEncoderEmbedder, type SentenceEncoder } from './sentence-encoder';
import type { Tokenizer } from './sentencepiece';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** One token per word, its id the word's length. */
const tokenizer: Tokenizer = { encode: (text) => text.split(/\s+/).filter(Boolean).map((word) => word.length) };

/**
 * A stand-in for the graph model with the real one's inputs and output shape:
 * row r of the output has the sum of row r's token ids in dimension 0 and the
 * token count in dimension 1, so a test can tell which text each row was.
 */
function stubModel(calls: number[][][]): GraphModel {
  return {
    async executeAsync(inputs: Record<string, tf.Tensor>) {
      const indices = (await inputs.indices!.array()) as number[][];
      const values = (await inputs.values!.array()) as number[];
      const rows = Math.max(...indices.map(([row]) => row ?? 0)) + 1;
      const output = Array.from({ length: rows }, () => new Array<number>(SENTENCE_ENCODER_DIMENSIONS).fill(0));
      const perRow: number[][] = Array.from({ length: rows }, () => []);
      indices.forEach(([row = 0], index) => {
        output[row]![0]! += values[index] ?? 0;
        output[row]![1]! += 1;
        perRow[row]!.push(values[index] ?? 0);
      });
      calls.push(perRow);
      return tf.tensor2d(output);
    },
  } as unknown as GraphModel;
}

function encoderWith(calls: number[][][]): SentenceEncoder {
  return { tf, model: stubModel(calls), tokenizer };
}

describe('createSentenceEncoderEmbedder', () => {
  it('names itself with its version and 512 dimensions', () => {
    expect(createSentenceEncoderEmbedder(async () => encoderWith([]))).toMatchObject({ id: 'use-lite-v1:512', dimensions: 512 });
  });

  it('loads the model once, on the first embed', async () => {
    const load = vi.fn(async () => encoderWith([]));
    const embedder = createSentenceEncoderEmbedder(load);
    expect(load).not.toHaveBeenCalled();
    await embedder.embed(['one']);
    await embedder.embed(['two']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries loading again after a failed load', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('no file')).mockResolvedValue(encoderWith([]));
    const embedder = createSentenceEncoderEmbedder(load);
    await expect(embedder.embed(['one'])).rejects.toThrow('no file');
    await expect(embedder.embed(['one'])).resolves.toHaveLength(1);
  });

  it('returns unit vectors in input order, across batches, each text its own row', async () => {
    const calls: number[][][] = [];
    const texts = Array.from({ length: 70 }, (_, index) => 'word '.repeat(index % 5 + 1).trim() + ` n${'x'.repeat(index)}`);
    const vectors = await createSentenceEncoderEmbedder(async () => encoderWith(calls)).embed(texts);
    expect(calls.map((batch) => batch.length)).toEqual([32, 32, 6]);
    vectors.forEach((vector, index) => {
      const ids = tokenizer.encode(texts[index]!);
      const sum = ids.reduce((total, id) => total + id, 0);
      expect(dot(vector, vector)).toBeCloseTo(1, 5);
      expect(vector[0]! / vector[1]!).toBeCloseTo(sum / ids.length, 4);
    });
  });

  it('gives text without tokens the zero vector and never sends it to the model', async () => {
    const calls: number[][][] = [];
    const [blank, word] = await createSentenceEncoderEmbedder(async () => encoderWith(calls)).embed(['   ', 'refund']);
    expect(blank?.every((value) => value === 0)).toBe(true);
    expect(word?.[0]).toBeGreaterThan(0);
    expect(calls).toEqual([[[6]]]);
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(createSentenceEncoderEmbedder(async () => encoderWith([])).embed(['one'], controller.signal)).rejects.toThrow();
  });
});
