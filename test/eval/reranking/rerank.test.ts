import { describe, expect, it } from 'vitest';
import { fuseScores, rerankByNeighbourhood } from './rerank';

const closeTo = (actual: Float32Array, expected: number[]) => expected.forEach((value, row) => expect(actual[row]).toBeCloseTo(value, 5));

describe('fuseScores', () => {
  it('weighs the cosine against BM25 divided by its best score', () => {
    closeTo(fuseScores(Float32Array.from([0.9, 0.5, 0.1]), Float32Array.from([2, 8, 0]), 0.25), [0.75 * 0.9 + 0.25 * 0.25, 0.75 * 0.5 + 0.25, 0.075]);
  });

  it('keeps the vector order when no row shares a word with the query', () => {
    closeTo(fuseScores(Float32Array.from([0.4, 0.8]), Float32Array.from([0, 0]), 0.5), [0.2, 0.4]);
  });

  it('refuses mismatched lengths and weights outside [0, 1]', () => {
    expect(() => fuseScores(Float32Array.from([1]), Float32Array.from([1, 2]), 0.5)).toThrow(RangeError);
    expect(() => fuseScores(Float32Array.from([1]), Float32Array.from([1]), 1.5)).toThrow(RangeError);
  });
});

describe('rerankByNeighbourhood', () => {
  // Rows 1–3 are one kind of message (similar to each other); rows 0 and 4 another.
  const group = [0, 1, 1, 1, 0];
  const similarity = (a: number, b: number) => (group[a] === group[b] ? 0.9 : 0.1);

  it('lifts candidates whose neighbours also score well above a better one whose neighbour does not', () => {
    const scores = Float32Array.from([0.8, 0.7, 0.6, 0.6, 0.1]);
    expect(rerankByNeighbourhood(scores, similarity, { candidates: 5, neighbours: 1, weight: 1 })).toEqual([1, 2, 3, 0, 4]);
  });

  it('keeps the score order at weight 0 and re-ranks only the best candidates', () => {
    const scores = Float32Array.from([0.8, 0.7, 0.6, 0.5, 0.9]);
    expect(rerankByNeighbourhood(scores, similarity, { candidates: 3, neighbours: 2, weight: 0 })).toEqual([4, 0, 1]);
  });

  it('gives a single candidate no neighbours to lean on', () => {
    expect(rerankByNeighbourhood(Float32Array.from([0.3, 0.5]), similarity, { candidates: 1, neighbours: 3, weight: 1 })).toEqual([1]);
  });
});
