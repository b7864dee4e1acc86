/**
 * Deterministic embeddings: hashed word unigrams and character trigrams, so
 * texts sharing words or spellings point the same way. Not semantic, but
 * enough for "similar texts are closer than unrelated ones". Pure: no I/O.
 */
import { z } from 'zod';
import { estimateTokens, jsonReply, parseBody, type Reply } from './responses';

const DEFAULT_DIMENSIONS = 256;

/** Words carry the meaning; trigrams only smooth over inflections and typos. */
const WORD_WEIGHT = 1;
const TRIGRAM_WEIGHT = 0.5;

/** FNV-1a: tiny, stable across runs and platforms. */
function hash(feature: string): number {
  let value = 0x811c9dc5;
  for (const char of feature) {
    value ^= char.codePointAt(0) ?? 0;
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

function features(text: string): Array<[feature: string, weight: number]> {
  const normalised = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const words = normalised.match(/[\p{L}\p{N}]+/gu) ?? [];
  const padded = ` ${normalised} `;
  const trigrams = Array.from({ length: Math.max(padded.length - 2, 0) }, (_, start) => padded.slice(start, start + 3));
  return [
    ...words.map((word): [string, number] => [`w:${word}`, WORD_WEIGHT]),
    ...trigrams.map((trigram): [string, number] => [`c:${trigram}`, TRIGRAM_WEIGHT]),
  ];
}

/** An L2-normalised vector (all zeros for text without characters). Float32, as the API's base64 form carries. */
export function embed(text: string, dimensions: number): Float32Array {
  const vector = new Float64Array(dimensions);
  for (const [feature, weight] of features(text)) {
    const bucket = hash(feature);
    const index = bucket % dimensions;
    // A hash-chosen sign keeps colliding features from always adding up.
    vector[index] = (vector[index] ?? 0) + (bucket & 0x80000000 ? -1 : 1) * weight;
  }
  const norm = Math.hypot(...vector) || 1;
  return Float32Array.from(vector, (value) => value / norm);
}

/** The API's `encoding_format: 'base64'`: float32 little-endian bytes. */
export function toBase64(vector: Float32Array): string {
  const bytes = Buffer.alloc(vector.length * 4);
  vector.forEach((value, index) => bytes.writeFloatLE(value, index * 4));
  return bytes.toString('base64');
}

const embeddingsRequest = z.looseObject({
  model: z.string(),
  input: z.union([z.string(), z.array(z.string()).min(1)]),
  dimensions: z.int().positive().max(4096).optional(),
  // The API's own default is float; the openai SDK asks for base64 unless told otherwise.
  encoding_format: z.enum(['float', 'base64']).optional(),
});

export function embeddingsReply(body: unknown): Reply {
  const parsed = parseBody(embeddingsRequest, body);
  if (!parsed.ok) return parsed.reply;
  const { model, input, dimensions = DEFAULT_DIMENSIONS, encoding_format: encoding = 'float' } = parsed.value;
  const texts = typeof input === 'string' ? [input] : input;
  const tokens = texts.reduce((sum, text) => sum + estimateTokens(text), 0);
  return jsonReply({
    object: 'list',
    model,
    data: texts.map((text, index) => {
      const vector = embed(text, dimensions);
      return { object: 'embedding', index, embedding: encoding === 'base64' ? toBase64(vector) : Array.from(vector) };
    }),
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}
