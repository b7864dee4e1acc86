import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { randomUnitVectors, seededRandom } from '@/test/bench/vector-data';
import { compileKernel, KERNEL_MODULE_PATH, kernelModuleSource } from './compile-wat';
import { ROW_CODE_LIMIT, queryCodeLimit } from '../vectors/vector-index-quantisation';
import { createVectorKernel, type VectorKernel, type VectorKernelKind } from './vector-kernel';

const KINDS: VectorKernelKind[] = ['wasm-simd', 'js'];

/** A kernel holding `count` rows of `values` (unpadded rows of `dimensions`), prepared. */
async function preparedKernel(kind: VectorKernelKind, values: Float32Array, dimensions: number, stride: number): Promise<VectorKernel> {
  const count = values.length / dimensions;
  const kernel = await createVectorKernel(stride, kind);
  kernel.reserve(count, 0);
  const { vectors } = kernel.buffers();
  for (let row = 0; row < count; row += 1) vectors.set(values.subarray(row * dimensions, (row + 1) * dimensions), row * stride);
  expect(kernel.prepareRows(0, count)).toBe(-1);
  return kernel;
}

describe('the committed WebAssembly', () => {
  it('is exactly what vector-kernel.wat compiles to (regenerate with: npx tsx utils/memory/kernel/generate.ts)', async () => {
    const committed = await readFile(KERNEL_MODULE_PATH, 'utf8');
    expect(committed).toBe(kernelModuleSource(await compileKernel()));
  });

  it('runs here, so the fast path is the one under test', async () => {
    expect((await createVectorKernel(32)).kind).toBe('wasm-simd');
  });

  it('falls back to JavaScript where WebAssembly is forbidden (an MV3 worker without wasm-unsafe-eval)', async () => {
    const refuse = vi.spyOn(WebAssembly, 'instantiate').mockRejectedValue(new WebAssembly.CompileError('Wasm code generation disallowed by embedder'));
    try {
      expect((await createVectorKernel(32)).kind).toBe('js');
      await expect(createVectorKernel(32, 'wasm-simd')).rejects.toThrow('WebAssembly SIMD is not available here');
    } finally {
      refuse.mockRestore();
    }
  });

  it.each([0, 24, 2.5])('refuses rows of %s values', async (stride) => {
    await expect(createVectorKernel(stride)).rejects.toThrow(`kernel rows must be a positive multiple of 16 values, got ${stride}`);
  });
});

describe.each(KINDS)('the %s kernel', (kind) => {
  it('normalises rows and stores codes whose error norm bounds the true residual', async () => {
    const dimensions = 100;
    const stride = 128;
    const random = seededRandom(3);
    const values = Float32Array.from({ length: 50 * dimensions }, () => (random() - 0.5) * 10);
    const kernel = await preparedKernel(kind, values, dimensions, stride);
    const { vectors, codes, meta } = kernel.buffers();
    for (let row = 0; row < 50; row += 1) {
      const scale = meta[2 * row]!;
      let norm = 0;
      let residual = 0;
      for (let i = 0; i < stride; i += 1) {
        const value = vectors[row * stride + i]!;
        const code = codes[row * stride + i]!;
        norm += value * value;
        residual += (value - code * scale) ** 2;
        expect(Math.abs(code)).toBeLessThanOrEqual(127);
        if (i >= dimensions) expect(code).toBe(0);
      }
      expect(Math.sqrt(norm)).toBeCloseTo(1, 6);
      expect(meta[2 * row + 1]!).toBeGreaterThanOrEqual(Math.sqrt(residual) - 1e-6);
      expect(meta[2 * row + 1]!).toBeLessThan(Math.sqrt(dimensions) * scale);
    }
  });

  it.each([
    ['all zeros', 0],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('reports the first row that is %s', async (_, bad) => {
    const kernel = await createVectorKernel(32, kind);
    kernel.reserve(3, 0);
    const { vectors } = kernel.buffers();
    vectors.fill(0.5, 0, 32);
    vectors.fill(bad, 32, 64);
    expect(kernel.prepareRows(0, 3)).toBe(1);
  });

  it.each([
    [10, 290],
    [11, 290],
    [0, 1],
    // Five rows: the last quarter's rows run past the end and must not be reported twice.
    [3, 8],
  ])('keeps exactly the rows from %i to %i whose bound reaches the threshold', async (from, to) => {
    const dimensions = 64;
    const values = randomUnitVectors(300, dimensions, 11);
    const kernel = await preparedKernel(kind, values, dimensions, dimensions);
    const { query, meta } = kernel.buffers();
    const queryValues = randomUnitVectors(1, dimensions, 12);
    const queryScale = 1 / 1000;
    for (let i = 0; i < dimensions; i += 1) query[i] = Math.round(queryValues[i]! / queryScale);
    const hits = kernel.scan({ from, to, threshold: -0.05, queryScale, errorWeight: 1, errorBias: 0 });
    const { hitRows, hitBounds, codes } = kernel.buffers();
    const clearlyAbove: number[] = [];
    const clearlyBelow: number[] = [];
    for (let row = from; row < to; row += 1) {
      let dot = 0;
      for (let i = 0; i < dimensions; i += 1) dot += codes[row * dimensions + i]! * query[i]!;
      const upper = dot * meta[2 * row]! * queryScale + meta[2 * row + 1]!;
      if (upper >= -0.05 + 1e-6) clearlyAbove.push(row);
      if (upper < -0.05 - 1e-6) clearlyBelow.push(row);
    }
    const found = Array.from(hitRows.subarray(0, hits));
    expect(clearlyAbove.length + clearlyBelow.length).toBe(to - from);
    expect(new Set(found).size).toBe(found.length);
    expect(found).toEqual(expect.arrayContaining(clearlyAbove));
    expect(found.filter((row) => clearlyBelow.includes(row) || row < from || row >= to)).toEqual([]);
    expect(Array.from(hitBounds.subarray(0, hits)).every((bound) => bound >= -0.05)).toBe(true);
  });

  it('sums the largest codes of either sign against the largest query codes exactly', async () => {
    // Signs alternate within each half of every 16 codes, so a code widened without its sign, or a half read twice, shows.
    const stride = 384;
    const limit = queryCodeLimit(stride);
    const kernel = await createVectorKernel(stride, kind);
    kernel.reserve(2, 0);
    const { codes, meta, query } = kernel.buffers();
    for (let i = 0; i < stride; i += 1) {
      const sign = i % 3 === 0 ? -1 : 1;
      query[i] = sign * limit;
      codes[i] = sign * ROW_CODE_LIMIT;
      codes[stride + i] = -sign * ROW_CODE_LIMIT;
    }
    meta.set([1, 0, 1, 0]);
    const hits = kernel.scan({ from: 0, to: 2, threshold: -2, queryScale: 1 / (ROW_CODE_LIMIT * limit * stride), errorWeight: 0, errorBias: 0 });
    const { hitRows, hitBounds } = kernel.buffers();
    expect(hits).toBe(2);
    const boundOf = new Map([0, 1].map((at) => [hitRows[at]!, hitBounds[at]!]));
    expect(boundOf.get(0)).toBeCloseTo(1, 6);
    expect(boundOf.get(1)).toBeCloseTo(-1, 6);
  });

  it('keeps rows, codes and meta when it grows', async () => {
    const values = randomUnitVectors(20, 32, 5);
    const kernel = await preparedKernel(kind, values, 32, 32);
    const before = kernel.buffers();
    const snapshot = { vectors: before.vectors.slice(0, 640), codes: before.codes.slice(0, 640), meta: before.meta.slice(0, 40) };
    kernel.reserve(1000, 20);
    const after = kernel.buffers();
    expect(after.vectors.slice(0, 640)).toEqual(snapshot.vectors);
    expect(after.codes.slice(0, 640)).toEqual(snapshot.codes);
    expect(after.meta.slice(0, 40)).toEqual(snapshot.meta);
    expect(after.vectors.subarray(640).every((value) => value === 0)).toBe(true);
  });
});

it('the two kernels agree to within one code step', async () => {
  const values = randomUnitVectors(40, 96, 21);
  const [wasm, js] = await Promise.all(KINDS.map((kind) => preparedKernel(kind, values, 96, 96)));
  const a = wasm!.buffers();
  const b = js!.buffers();
  for (let i = 0; i < 40 * 96; i += 1) {
    expect(a.vectors[i]!).toBeCloseTo(b.vectors[i]!, 6);
    expect(Math.abs(a.codes[i]! - b.codes[i]!)).toBeLessThanOrEqual(1);
  }
  for (let i = 0; i < 80; i += 1) expect(a.meta[i]!).toBeCloseTo(b.meta[i]!, 5);
});
