/**
 * Builds the sentence encoder from its files (model.json, weight shards,
 * vocab.json), read by the caller (node-files.ts: from node_modules). Only
 * the evaluations use it: on #20's figures the extension does not ship it.
 * Nothing is fetched from the network.
 */
import * as tf from '@tensorflow/tfjs-core';
import { loadGraphModelSync } from '@tensorflow/tfjs-converter';
import { z } from 'zod';
import { joinBytes } from './join-bytes';
import type { SentenceEncoder } from './sentence-encoder';
import { createTokenizer } from './sentencepiece';

const modelJsonSchema = z.object({
  modelTopology: z.record(z.string(), z.unknown()),
  weightsManifest: z.array(
    z.object({
      paths: z.array(z.string()),
      weights: z.array(
        z.looseObject({ name: z.string(), shape: z.array(z.number()), dtype: z.enum(['float32', 'int32', 'bool', 'string', 'complex64']) }),
      ),
    }),
  ),
});

// The pieces around ':' (':', '://', ':)'…) have no score in vocab.json: SentencePiece's user-defined
// pieces, which score 0 and so win over any split of them.
const vocabularySchema = z.array(z.tuple([z.string(), z.number().nullable().transform((score) => score ?? 0)]));

/** Reads one of the model's files by its name beside model.json. */
export type ReadModelFile = (name: string) => Promise<ArrayBuffer>;

const decodeJson = (bytes: ArrayBuffer): unknown => JSON.parse(new TextDecoder().decode(bytes));

/** Call after a tfjs backend is registered and ready. */
export async function loadSentenceEncoder(readFile: ReadModelFile): Promise<SentenceEncoder> {
  const modelJson = modelJsonSchema.parse(decodeJson(await readFile('model.json')));
  const shardNames = modelJson.weightsManifest.flatMap((group) => group.paths);
  const [vocabulary, ...shards] = await Promise.all([readFile('vocab.json'), ...shardNames.map(readFile)]);
  const tokenizer = createTokenizer(vocabularySchema.parse(decodeJson(vocabulary!)));
  const model = loadGraphModelSync([modelJson as unknown as tf.io.ModelJSON, joinBytes(shards.map((shard) => new Uint8Array(shard)))]);
  return { tf, model, tokenizer };
}
