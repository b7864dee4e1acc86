import { describe, expect, it } from 'vitest';
import { bruteForceTopK, randomUnitVectors, rowOf } from '@/test/bench/vector-data';
import { createVectorKernel } from '../kernel/vector-kernel';
import { exactTopK, type RowSource } from './vector-index-search';

async function rowSource(packed: Float32Array, dimensions: number): Promise<RowSource> {
  const count = packed.length / dimensions;
  const kernel = await createVectorKernel(dimensions);
  kernel.reserve(count, 0);
  kernel.buffers().vectors.set(packed);
  kernel.prepareRows(0, count);
  return { kernel, dimensions, count, keyOf: (row) => `r${String(row).padStart(5, '0')}` };
}

const unit = (vector: Float32Array) => Float64Array.from(vector);

describe('exactTopK', () => {
  it.each([1, 10, 100])('returns the brute-force top %i with its similarities', async (k) => {
    const packed = randomUnitVectors(20_000, 64, 1);
    const source = await rowSource(packed, 64);
    const query = randomUnitVectors(1, 64, 2);
    const expected = bruteForceTopK(packed, 64, query, k);
    const found = exactTopK(source, unit(query), k, {});
    expect(found.map((match) => match.key)).toEqual(expected.map((match) => source.keyOf(match.row)));
    found.forEach((match, at) => expect(match.similarity).toBeCloseTo(expected[at]!.similarity, 6));
  });

  it('asks the filter about few keys: those whose bound reaches the running threshold', async () => {
    const packed = randomUnitVectors(20_000, 64, 3);
    const source = await rowSource(packed, 64);
    const asked: string[] = [];
    const found = exactTopK(source, unit(rowOf(packed, 64, 123)), 5, { filter: (key) => (asked.push(key), key !== 'r00123') });
    expect(found.map((match) => match.key)).not.toContain('r00123');
    expect(found).toHaveLength(5);
    expect(asked.length).toBeLessThan(1000);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('keeps only matches at or above the minimum similarity', async () => {
    const packed = randomUnitVectors(2_000, 32, 4);
    const source = await rowSource(packed, 32);
    const query = rowOf(packed, 32, 9);
    const found = exactTopK(source, unit(query), 50, { minSimilarity: 0.45 });
    const expected = bruteForceTopK(packed, 32, query, 50).filter((match) => match.similarity >= 0.45);
    expect(found.map((match) => match.key)).toEqual(expected.map((match) => source.keyOf(match.row)));
  });
});
