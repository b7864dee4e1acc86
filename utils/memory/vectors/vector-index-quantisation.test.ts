import { describe, expect, it } from 'vitest';
import { checkedNorm, queryCodeLimit, quantiseQuery, ROW_CODE_LIMIT, strideFor } from './vector-index-quantisation';

describe('strideFor', () => {
  it.each([
    [1, 16],
    [32, 32],
    [33, 48],
    [100, 112],
    [256, 256],
    [384, 384],
    [1536, 1536],
    [3072, 3072],
  ])('pads %i dimensions to %i codes', (dimensions, stride) => {
    expect(strideFor(dimensions)).toBe(stride);
  });
});

describe('queryCodeLimit', () => {
  it.each([32, 384, 1536, 3072, 8192])('keeps the largest possible dot product of %i codes inside int32', (stride) => {
    const limit = queryCodeLimit(stride);
    expect(stride * ROW_CODE_LIMIT * limit).toBeLessThanOrEqual(2 ** 31 - 1);
    expect(limit).toBeLessThanOrEqual(32_767);
    expect(limit).toBeGreaterThan(1000);
  });
});

describe('checkedNorm', () => {
  it('measures a vector', () => {
    expect(checkedNorm([3, 4], 'v')).toBe(5);
  });

  it.each([
    [[0, 0, 0], 'v is all zeros, so it has no direction to compare'],
    [[1, Number.NaN], 'v has a value that is not a finite number'],
    [[1, Number.POSITIVE_INFINITY], 'v has a value that is not a finite number'],
  ])('refuses %j', (vector, message) => {
    expect(() => checkedNorm(vector, 'v')).toThrow(message);
  });
});

describe('quantiseQuery', () => {
  it('keeps codes within the limit and reports the exact residual norm', () => {
    const unit = Float64Array.from([0.6, -0.48, 0.64, 0]);
    const codes = new Int16Array(32);
    const { scale, error } = quantiseQuery(unit, 100, codes);
    expect(Math.max(...codes.map(Math.abs))).toBe(100);
    const residual = Math.hypot(...Array.from(unit, (value, i) => value - codes[i]! * scale));
    expect(error).toBeCloseTo(residual, 12);
    expect(error).toBeLessThan(scale);
    expect(Array.from(codes.subarray(4))).toEqual(new Array(28).fill(0));
  });
});
