import { describe, expect, it } from 'vitest';
import { concatenateEmbedders } from './concatenated-embedder';
import { dot, normaliseInPlace, type Embedder } from '@/utils/memory/embedding/embedder';

/** An embedder with fixed unit vectors per text. */
function fixed(id: string, vectors: Record<string, number[]>): Embedder {
  const dimensions = Object.values(vectors)[0]?.length ?? 1;
  return {
    id,
    dimensions,
    async embed(texts) {
      return texts.map((text) => normaliseInPlace(Float32Array.from(vectors[text] ?? new Array<number>(dimensions).fill(0))));
    },
  };
}

const meaning = fixed('meaning:2', { a: [1, 0], b: [0, 1], c: [1, 0] });
const words = fixed('words:3', { a: [1, 0, 0], b: [1, 0, 0], c: [0, 0, 1] });

describe('concatenateEmbedders', () => {
  it('names every part with its weight and adds up the dimensions', () => {
    const joined = concatenateEmbedders([
      { embedder: meaning, weight: 1 },
      { embedder: words, weight: 0.5 },
    ]);
    expect(joined).toMatchObject({ id: 'meaning:2*1+words:3*0.5', dimensions: 5 });
  });

  it('gives unit vectors whose cosine is the mean of the parts’ cosines, weighted by the squared weights', async () => {
    const joined = concatenateEmbedders([
      { embedder: meaning, weight: 1 },
      { embedder: words, weight: 0.5 },
    ]);
    const [a, b, c] = await joined.embed(['a', 'b', 'c']);
    expect(dot(a!, a!)).toBeCloseTo(1, 6);
    // a·b: meaning 0, words 1 → (0·1 + 1·0.25) / 1.25
    expect(dot(a!, b!)).toBeCloseTo(0.25 / 1.25, 6);
    // a·c: meaning 1, words 0 → 1 / 1.25
    expect(dot(a!, c!)).toBeCloseTo(1 / 1.25, 6);
  });

  it('keeps the zero vector for text no part embeds', async () => {
    const [vector] = await concatenateEmbedders([{ embedder: meaning, weight: 1 }]).embed(['unknown']);
    expect(vector?.every((value) => value === 0)).toBe(true);
  });

  it('refuses no parts and non-positive weights', () => {
    expect(() => concatenateEmbedders([])).toThrow(RangeError);
    expect(() => concatenateEmbedders([{ embedder: meaning, weight: 0 }])).toThrow(RangeError);
  });
});
