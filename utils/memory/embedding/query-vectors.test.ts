import { describe, expect, it } from 'vitest';
import type { Embedder } from './embedder';
import { createQueryVectors } from './query-vectors';

/** An embedder of `dimensions` that counts the texts it is asked for; fails on 'boom' the first time. */
function countingEmbedder(id: string, dimensions = 4) {
  const asked: string[] = [];
  let failed = false;
  const embedder: Embedder = {
    id,
    dimensions,
    embed: async (texts) => {
      asked.push(...texts);
      if (texts[0] === 'boom' && !failed) {
        failed = true;
        throw new Error('endpoint down');
      }
      return texts.map((text) => Float32Array.from({ length: dimensions }, (_, at) => text.length + at));
    },
  };
  return { embedder, asked };
}

describe('query vectors', () => {
  it('embeds a text once, also while the first request is still under way', async () => {
    const { embedder, asked } = countingEmbedder('e:4');
    const vectors = createQueryVectors();
    const [first, second] = await Promise.all([vectors.vectorOf(embedder, 'where is my parcel'), vectors.vectorOf(embedder, 'where is my parcel')]);
    expect(await vectors.vectorOf(embedder, 'where is my parcel')).toBe(first);
    expect(second).toBe(first);
    expect(asked).toEqual(['where is my parcel']);
  });

  it('keeps the vectors of different embedders apart', async () => {
    const small = countingEmbedder('e:4', 4);
    const large = countingEmbedder('e:8', 8);
    const vectors = createQueryVectors();
    expect((await vectors.vectorOf(small.embedder, 'refund')).length).toBe(4);
    expect((await vectors.vectorOf(large.embedder, 'refund')).length).toBe(8);
    expect([small.asked, large.asked]).toEqual([['refund'], ['refund']]);
  });

  it('forgets the least recently used text beyond its limit', async () => {
    const { embedder, asked } = countingEmbedder('e:4');
    const vectors = createQueryVectors(2);
    await vectors.vectorOf(embedder, 'a');
    await vectors.vectorOf(embedder, 'b');
    await vectors.vectorOf(embedder, 'a');
    await vectors.vectorOf(embedder, 'c');
    // 'b' was the least recently used: asked again; 'a' and 'c' are kept.
    await vectors.vectorOf(embedder, 'a');
    await vectors.vectorOf(embedder, 'c');
    await vectors.vectorOf(embedder, 'b');
    expect(asked).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not keep a failed embedding: the next recall asks again', async () => {
    const { embedder, asked } = countingEmbedder('e:4');
    const vectors = createQueryVectors();
    await expect(vectors.vectorOf(embedder, 'boom')).rejects.toThrow('endpoint down');
    expect((await vectors.vectorOf(embedder, 'boom')).length).toBe(4);
    expect(asked).toEqual(['boom', 'boom']);
  });
});
