import { describe, expect, it } from 'vitest';
import { bruteForceTopK, clusteredUnitVectors, randomUnitVectors, rowOf, seededRandom } from './vector-data';

describe('test vectors', () => {
  it('are reproducible from their seed', () => {
    expect(randomUnitVectors(3, 8, 5)).toEqual(randomUnitVectors(3, 8, 5));
    expect(randomUnitVectors(3, 8, 5)).not.toEqual(randomUnitVectors(3, 8, 6));
    expect(Array.from({ length: 3 }, seededRandom(1))).toEqual(Array.from({ length: 3 }, seededRandom(1)));
  });

  it.each([
    ['random', randomUnitVectors(50, 16, 1)],
    ['clustered', clusteredUnitVectors(50, 16, 3, 0.1, 2)],
  ])('%s vectors have unit length', (_, packed) => {
    for (let row = 0; row < 50; row += 1) expect(Math.hypot(...rowOf(packed, 16, row))).toBeCloseTo(1, 6);
  });
});

describe('bruteForceTopK', () => {
  it('ranks every row by cosine, best first, ties by row', () => {
    const packed = Float32Array.from([1, 0, 0, 2, 0.6, 0.8, 2, 0, 0, -1]);
    expect(bruteForceTopK(packed, 2, [3, 0], 4)).toEqual([
      { row: 0, similarity: 1 },
      { row: 3, similarity: 1 },
      { row: 2, similarity: expect.closeTo(0.6, 6) },
      { row: 1, similarity: 0 },
    ]);
  });
});
