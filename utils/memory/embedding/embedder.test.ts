import { describe, expect, it } from 'vitest';
import { dot, embedderId, normaliseInPlace } from './embedder';

describe('embedderId', () => {
  it.each([
    [{ provider: 'offline-hash-v1', dimensions: 512 }, 'offline-hash-v1:512'],
    [
      { provider: 'openai', model: 'text-embedding-3-small', dimensions: 256, endpoint: 'https://api.openai.com/v1/' },
      'openai:text-embedding-3-small:256@https://api.openai.com/v1',
    ],
    // Credentials and query strings never end up in an id that is stored beside every vector.
    [
      { provider: 'openai', model: 'nomic-embed-text', dimensions: 768, endpoint: 'http://user:secret@LOCALHOST:11434/v1?key=abc' },
      'openai:nomic-embed-text:768@http://localhost:11434/v1',
    ],
  ])('%j → %s', (parts, expected) => {
    expect(embedderId(parts)).toBe(expected);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s dimensions', (dimensions) => {
    expect(() => embedderId({ provider: 'offline-hash-v1', dimensions })).toThrow(RangeError);
  });
});

describe('normaliseInPlace and dot', () => {
  it('scales a vector to unit length, so its dot product with itself is 1', () => {
    const vector = normaliseInPlace(Float32Array.from([3, 4]));
    expect(Array.from(vector)).toEqual([expect.closeTo(0.6), expect.closeTo(0.8)]);
    expect(dot(vector, vector)).toBeCloseTo(1);
  });

  it('leaves the zero vector at zero', () => {
    expect(Array.from(normaliseInPlace(new Float32Array(3)))).toEqual([0, 0, 0]);
  });

  it('refuses to compare vectors of different dimensions', () => {
    expect(() => dot(new Float32Array(2), new Float32Array(3))).toThrow(RangeError);
  });
});
