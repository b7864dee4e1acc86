import { describe, expect, it, vi } from 'vitest';
import { bruteForceTopK, clusteredUnitVectors, randomUnitVectors, rowOf } from '@/test/bench/vector-data';
import type { VectorKernel, VectorKernelKind } from '../kernel/vector-kernel';
import { bytesPerRow, capacityFor, createVectorIndex, GROWTH_STEP_ROWS, MemoryFullError, RowsNotLoadedError, type VectorIndex } from './vector-index';

const KINDS: VectorKernelKind[] = ['wasm-simd', 'js'];
/** Zero-padded, so key order is row order and ties break the same way as the brute force. */
const keyOf = (row: number) => `row-${String(row).padStart(6, '0')}`;

async function indexOf(packed: Float32Array, dimensions: number, kernel: VectorKernelKind = 'wasm-simd'): Promise<VectorIndex> {
  const index = await createVectorIndex({ embedderId: 'test-embedder', dimensions, kernel });
  const count = packed.length / dimensions;
  index.addMany(Array.from({ length: count }, (_, row) => keyOf(row)), packed);
  return index;
}

/** recall@k of the index against the brute force, over every query. */
function recallAt(index: VectorIndex, packed: Float32Array, queries: Float32Array, dimensions: number, k: number): number {
  let found = 0;
  let wanted = 0;
  for (let q = 0; q * dimensions < queries.length; q += 1) {
    const query = rowOf(queries, dimensions, q);
    const got = index.search(query, k);
    const expected = bruteForceTopK(packed, dimensions, query, k);
    expect(got.map((match) => match.similarity)).toEqual(expected.map((match) => expect.closeTo(match.similarity, 6)));
    const keys = new Set(got.map((match) => match.key));
    found += expected.filter((match) => keys.has(keyOf(match.row))).length;
    wanted += expected.length;
  }
  return found / wanted;
}

describe.each(KINDS)('exact search with the %s kernel: recall@10 = 1.0 against brute force', (kernel) => {
  it.each([
    ['random directions', 384, () => randomUnitVectors(3000, 384, 1), () => randomUnitVectors(25, 384, 2)],
    ['random, odd dimensions', 100, () => randomUnitVectors(3000, 100, 3), () => randomUnitVectors(25, 100, 4)],
    // Queries taken from the data: each has itself, its duplicates and its cluster within the quantisation margin.
    ['tight clusters with duplicates', 256, () => clusteredUnitVectors(4000, 256, 12, 0.02, 5), () => clusteredUnitVectors(4000, 256, 12, 0.02, 5).slice(0, 25 * 256)],
    ['loose clusters', 256, () => clusteredUnitVectors(4000, 256, 40, 0.3, 6), () => randomUnitVectors(25, 256, 7)],
  ])('%s', async (_, dimensions, data, queries) => {
    const packed = data();
    const index = await indexOf(packed, dimensions, kernel);
    expect(index.kernelKind).toBe(kernel);
    expect(recallAt(index, packed, queries(), dimensions, 10)).toBe(1);
  });
});

it('gives the same results with either kernel', async () => {
  const packed = clusteredUnitVectors(3000, 96, 20, 0.1, 13);
  const [wasm, js] = await Promise.all(KINDS.map((kernel) => indexOf(packed, 96, kernel)));
  const queries = randomUnitVectors(10, 96, 14);
  for (let q = 0; q < 10; q += 1) {
    const fromWasm = wasm!.search(rowOf(queries, 96, q), 10);
    const fromJs = js!.search(rowOf(queries, 96, q), 10);
    expect(fromJs.map((match) => match.key)).toEqual(fromWasm.map((match) => match.key));
    fromJs.forEach((match, at) => expect(match.similarity).toBeCloseTo(fromWasm[at]!.similarity, 6));
  }
});

describe('a vector index', () => {
  it('finds the nearest rows by cosine, best first, and scales any vector to unit length', async () => {
    const index = await createVectorIndex({ embedderId: 'e', dimensions: 3 });
    index.add('east', [10, 0, 0]);
    index.add('north-east', [1, 1, 0]);
    index.add('north', [0, 0.5, 0]);
    index.add('west', [-3, 0, 0]);
    const matches = index.search([2, 0.1, 0], 3);
    expect(matches.map((match) => match.key)).toEqual(['east', 'north-east', 'north']);
    expect(matches[0]!.similarity).toBeCloseTo(2 / Math.hypot(2, 0.1), 6);
    expect(index.vectorOf('north')).toEqual(Float32Array.from([0, 1, 0]));
  });

  it('replaces the vector of a key that is added again', async () => {
    const index = await createVectorIndex({ embedderId: 'e', dimensions: 2 });
    index.add('a', [1, 0]);
    index.add('b', [0, 1]);
    index.add('a', [0, 2]);
    expect(index.size).toBe(2);
    expect(index.search([0, 1], 2).map((match) => Math.round(match.similarity))).toEqual([1, 1]);
  });

  it('keeps results exact through growth, removals and re-adds', async () => {
    const dimensions = 64;
    const packed = randomUnitVectors(700, dimensions, 8);
    const index = await createVectorIndex({ embedderId: 'e', dimensions, capacity: 1 });
    for (let row = 0; row < 700; row += 1) index.add(keyOf(row), rowOf(packed, dimensions, row));
    const removed = new Set([0, 5, 699, 350, 351, 42]);
    for (const row of removed) expect(index.remove(keyOf(row))).toBe(true);
    expect(index.remove(keyOf(0))).toBe(false);
    expect(index.size).toBe(694);
    const query = randomUnitVectors(1, dimensions, 9);
    const expected = bruteForceTopK(packed, dimensions, query, 30).filter((match) => !removed.has(match.row)).slice(0, 10);
    expect(index.search(query, 10).map((match) => match.key)).toEqual(expected.map((match) => keyOf(match.row)));
    index.add(keyOf(5), rowOf(packed, dimensions, 5));
    expect(index.has(keyOf(5))).toBe(true);
    expect([...index.entries()].map((entry) => entry.key)).toHaveLength(695);
  });

  it('filters keys and drops matches under a minimum similarity', async () => {
    const dimensions = 32;
    const packed = randomUnitVectors(5000, dimensions, 10);
    const index = await indexOf(packed, dimensions);
    const query = rowOf(packed, dimensions, 7);
    const even = index.search(query, 5, { filter: (key) => Number(key.slice(4)) % 2 === 0 });
    const expected = bruteForceTopK(packed, dimensions, query, 20).filter((match) => match.row % 2 === 0).slice(0, 5);
    expect(even.map((match) => match.key)).toEqual(expected.map((match) => keyOf(match.row)));
    const close = index.search(query, 10, { minSimilarity: 0.5 });
    expect(close.map((match) => match.key)).toEqual([keyOf(7), ...bruteForceTopK(packed, dimensions, query, 10).slice(1).filter((m) => m.similarity >= 0.5).map((m) => keyOf(m.row))]);
    expect(close.every((match) => match.similarity >= 0.5)).toBe(true);
  });

  it('orders equal similarities by key', async () => {
    const index = await createVectorIndex({ embedderId: 'e', dimensions: 2 });
    for (const key of ['c', 'a', 'b']) index.add(key, [1, 1]);
    index.add('z', [1, 0]);
    expect(index.search([1, 1], 4).map((match) => match.key)).toEqual(['a', 'b', 'c', 'z']);
    expect(index.search([1, 1], 2).map((match) => match.key)).toEqual(['a', 'b']);
  });

  it('returns what it has when k exceeds the rows, and nothing when empty or k = 0', async () => {
    const index = await createVectorIndex({ embedderId: 'e', dimensions: 2 });
    expect(index.search([1, 0], 5)).toEqual([]);
    index.add('a', [1, 0]);
    expect(index.search([1, 0], 0)).toEqual([]);
    expect(index.search([1, 0], 5)).toHaveLength(1);
  });

  it.each([
    ['a vector of another dimension', (index: VectorIndex) => index.add('x', [1, 2, 3]), 'the vector for "x" has 3 dimensions, but index "e" holds 2-dimensional vectors'],
    ['a query of another dimension', (index: VectorIndex) => index.search([1], 1), 'the query has 1 dimensions, but index "e" holds 2-dimensional vectors'],
    ['a zero vector', (index: VectorIndex) => index.add('x', [0, 0]), 'the vector for "x" is all zeros'],
    ['a NaN query', (index: VectorIndex) => index.search([Number.NaN, 1], 1), 'the query has a value that is not a finite number'],
    ['a fractional k', (index: VectorIndex) => index.search([1, 1], 1.5), 'k must be a whole number, got 1.5'],
    ['packed values that do not match the keys', (index: VectorIndex) => index.addMany(['x', 'y'], new Float32Array(3)), '2 keys need 4 values'],
    ['repeated keys in one batch', (index: VectorIndex) => index.addMany(['x', 'x'], new Float32Array(4).fill(1)), 'the keys to add repeat a key'],
  ])('refuses %s with a clear error and keeps its rows', async (_, act, message) => {
    const index = await createVectorIndex({ embedderId: 'e', dimensions: 2 });
    index.add('kept', [1, 0]);
    expect(() => act(index)).toThrow(message);
    expect(index.size).toBe(1);
    expect(index.search([1, 0], 1)[0]!.key).toBe('kept');
  });

  it('adds a batch all or nothing', async () => {
    const index = await createVectorIndex({ embedderId: 'e', dimensions: 2 });
    index.add('kept', [1, 0]);
    expect(() => index.addMany(['a', 'b', 'c'], Float32Array.from([1, 1, 0, 0, 1, 2]))).toThrow('the vector for "b" is all zeros or not finite');
    expect(index.size).toBe(1);
    index.addMany(['kept', 'd'], Float32Array.from([0, 1, 1, 1]));
    expect(index.search([0, 1], 2).map((match) => match.key)).toEqual(['kept', 'd']);
  });

  it.each([
    [0, 'vector dimensions must be a whole number from 1 to 8192, got 0'],
    [8193, 'vector dimensions must be a whole number from 1 to 8192, got 8193'],
    [2.5, 'vector dimensions must be a whole number from 1 to 8192, got 2.5'],
  ])('refuses %s dimensions', async (dimensions, message) => {
    await expect(createVectorIndex({ embedderId: 'e', dimensions })).rejects.toThrow(message);
  });
});

describe('growth and capacity', () => {
  it('documents a capacity per dimension that fits in 2 GiB of kernel memory', () => {
    expect(capacityFor(384)).toBeGreaterThan(1_100_000);
    expect(capacityFor(1536)).toBeGreaterThan(270_000);
    expect(capacityFor(1536) * bytesPerRow(1536)).toBeLessThanOrEqual(2 ** 31);
  });

  it('grows a large index in bounded steps, not by doubling', async () => {
    const index = await createVectorIndex({ embedderId: 'e', dimensions: 16, capacity: 20_000 });
    const rows = randomUnitVectors(20_001, 16, 5);
    index.addMany(Array.from({ length: 20_000 }, (_, at) => `k${at}`), rows.subarray(0, 20_000 * 16));
    expect(index.capacity).toBe(20_000);
    index.add('one more', rows.subarray(20_000 * 16));
    expect(index.capacity).toBe(20_000 + GROWTH_STEP_ROWS);
  });

  it('refuses to grow past its capacity, with a message a person can act on, changing nothing', async () => {
    const index = await createVectorIndex({ embedderId: 'e', dimensions: 1536 });
    expect(() => index.reserve(capacityFor(1536) + 1)).toThrow(MemoryFullError);
    expect(() => index.reserve(capacityFor(1536) + 1)).toThrow(/Correction memory is full: it holds at most 279,\d{3} entries of 1536 dimensions/);
    expect([index.size, index.capacity]).toEqual([0, 64]);
  });

  it('changes nothing when WebAssembly memory cannot grow, and grows once it can', async () => {
    // Wide rows, so that room for more than the first 64 needs new WebAssembly pages.
    const D = 384;
    const rows = randomUnitVectors(65, D, 8);
    const index = await indexOf(rows.subarray(0, 64 * D), D);
    expect(index.capacity).toBe(64);
    const grow = vi.spyOn(WebAssembly.Memory.prototype, 'grow').mockImplementation(() => {
      throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded');
    });
    expect(() => index.add('one more', rowOf(rows, D, 64))).toThrow('Maximum memory size exceeded');
    expect(() => index.addMany(['one more'], rowOf(rows, D, 64).slice())).toThrow('Maximum memory size exceeded');
    expect([index.size, index.capacity, index.has('one more')]).toEqual([64, 64, false]);
    expect(index.search(rowOf(rows, D, 3), 1)[0]).toMatchObject({ key: keyOf(3), similarity: expect.closeTo(1, 5) });
    grow.mockRestore();
    index.add('one more', rowOf(rows, D, 64));
    expect(index.search(rowOf(rows, D, 64), 1)[0]).toMatchObject({ key: 'one more' });
    expect(index.search(rowOf(rows, D, 3), 1)[0]).toMatchObject({ key: keyOf(3) });
  });
});

describe('float32 rows loaded from storage (#14)', () => {
  it('keeps them in the buffers read, not in the kernel, and answers exactly through removals and re-adds', async () => {
    const D = 100;
    const rows = randomUnitVectors(600, D, 21);
    const warm = await indexOf(rows, D);
    const keys = Array.from({ length: 600 }, (_, row) => keyOf(row));
    const prepared = warm.preparedRows(keys);
    const cold = await createVectorIndex({ embedderId: 'test-embedder', dimensions: D });
    cold.addPrepared(keys, { codes: prepared.codes, meta: prepared.meta });
    // Loaded in two buffers, as two chunks would be.
    const loaded = [prepared.vectors.slice(0, 300 * D), prepared.vectors.slice(300 * D)];
    cold.fillVectors(keys.slice(0, 300), loaded[0]!);
    cold.fillVectors(keys.slice(300), loaded[1]!);
    expect(cold.unloaded).toBe(0);
    // The kernel's own rows stay untouched (zero): nothing was copied there.
    expect([...cold.entries()][5]!.vector.buffer).toBe(loaded[0]!.buffer);
    for (const index of [warm, cold]) {
      index.remove(keyOf(7));
      index.remove(keyOf(599));
      index.add(keyOf(300), rowOf(rows, D, 1));
    }
    for (let q = 0; q < 20; q += 1) {
      const query = rowOf(rows, D, q * 29);
      expect(cold.search(query, 10)).toEqual(warm.search(query, 10));
    }
    expect(cold.vectorOf(keyOf(300))).toEqual(warm.vectorOf(keyOf(300)));
    expect(cold.preparedRows([keyOf(5), keyOf(400)])).toEqual(warm.preparedRows([keyOf(5), keyOf(400)]));
  });
});

describe('a search paused for float32 rows (#14)', () => {
  const D = 64;
  const rows = randomUnitVectors(500, D, 5);
  const keys = Array.from({ length: 500 }, (_, row) => keyOf(row));

  async function coldAndWarm() {
    const warm = await indexOf(rows, D);
    const prepared = warm.preparedRows(keys);
    const cold = await createVectorIndex({ embedderId: 'test-embedder', dimensions: D });
    cold.addPrepared(keys, { codes: prepared.codes, meta: prepared.meta });
    const pausedOn = (query: Float32Array): RowsNotLoadedError => {
      try {
        cold.search(query, 10);
      } catch (error) {
        if (error instanceof RowsNotLoadedError) return error;
        throw error;
      }
      throw new Error('the search did not pause');
    };
    const fill = (paused: RowsNotLoadedError) => {
      const at = paused.keys.map((key) => keys.indexOf(key));
      const values = new Float32Array(at.length * D);
      at.forEach((row, i) => values.set(prepared.vectors.subarray(row * D, (row + 1) * D), i * D));
      cold.fillVectors(paused.keys, values);
    };
    return { warm, cold, pausedOn, fill };
  }

  /** Fills and resumes until the search answers; the rows asked for, round by round. */
  const finish = (first: RowsNotLoadedError, fill: (paused: RowsNotLoadedError) => void) => {
    const rounds: string[][] = [];
    for (let paused = first; ; ) {
      rounds.push(paused.keys);
      fill(paused);
      try {
        return { matches: paused.resume!(), rounds };
      } catch (error) {
        if (!(error instanceof RowsNotLoadedError)) throw error;
        paused = error;
      }
    }
  };

  it('resumes on the same candidates without scanning again, with the exact answer', async () => {
    const { warm, cold, pausedOn, fill } = await coldAndWarm();
    const query = rowOf(rows, D, 42);
    const paused = pausedOn(query);
    const scan = vi.spyOn((cold as unknown as { kernel: VectorKernel }).kernel, 'scan');
    // Another search meanwhile (paused too, most likely) overwrites the shared query buffer: the paused one kept its own.
    expect(() => pausedOn(rowOf(rows, D, 7))).not.toThrow(/did not pause/);
    scan.mockClear();
    expect(finish(paused, fill).matches).toEqual(warm.search(query, 10));
    expect(scan).not.toHaveBeenCalled();
  });

  it('asks only for rows that can still rank, a round of at most 2k at a time, best bounds first, each once', async () => {
    // Random directions at 384 d: many candidates sit within the int8 margin of the 10th best.
    const D384 = 384;
    const many = randomUnitVectors(4_000, D384, 8);
    const manyKeys = Array.from({ length: 4_000 }, (_, row) => keyOf(row));
    const warm = await indexOf(many, D384);
    const prepared = warm.preparedRows(manyKeys);
    const fill = (index: VectorIndex) => (paused: RowsNotLoadedError) => {
      const values = new Float32Array(paused.keys.length * D384);
      paused.keys.forEach((key, i) => values.set(prepared.vectors.subarray(manyKeys.indexOf(key) * D384, (manyKeys.indexOf(key) + 1) * D384), i * D384));
      index.fillVectors(paused.keys, values);
    };
    let asked = 0;
    for (let q = 0; q < 10; q += 1) {
      const cold = await createVectorIndex({ embedderId: 'test-embedder', dimensions: D384 });
      cold.addPrepared(manyKeys, { codes: prepared.codes, meta: prepared.meta });
      const query = randomUnitVectors(1, D384, 100 + q);
      let first: RowsNotLoadedError | undefined;
      try {
        cold.search(query, 10);
      } catch (error) {
        first = error as RowsNotLoadedError;
      }
      const { matches, rounds } = finish(first!, fill(cold));
      expect(matches).toEqual(warm.search(query, 10));
      for (const round of rounds) expect(round.length).toBeLessThanOrEqual(20);
      const all = rounds.flat();
      expect(new Set(all).size).toBe(all.length);
      asked += all.length;
    }
    // Every candidate would be far more: the walk stops where the 10th best is beyond the next bound.
    expect(asked / 10).toBeLessThan(40);
  });

  it('searches again when the index changed meanwhile, so a new row can rank', async () => {
    const { cold, pausedOn, fill } = await coldAndWarm();
    const query = rowOf(rows, D, 42);
    const paused = pausedOn(query);
    fill(paused);
    cold.add('newcomer', query.map((value) => value * 9));
    const resumed = (() => {
      try {
        return paused.resume!();
      } catch (error) {
        // Searched again: the newcomer's float32 row is its own, the other rows it reads are filled round by round.
        if (!(error instanceof RowsNotLoadedError)) throw error;
        return finish(error, fill).matches;
      }
    })();
    expect(resumed[0]).toMatchObject({ key: 'newcomer', similarity: expect.closeTo(1, 5) });
  });
});
