import { describe, expect, it } from 'vitest';
import { stratifiedSampleDraw } from './sampling';

/** How many of `count` consecutive drafts a stratum samples at this rate. */
function sampledOf(count: number, rate: number, start: number, from = 0): number {
  let sampled = 0;
  for (let actedCount = from; actedCount < from + count; actedCount += 1) {
    if (stratifiedSampleDraw({ start, actedCount }, rate) < rate) sampled += 1;
  }
  return sampled;
}

describe('stratifiedSampleDraw', () => {
  it.each([
    [0.1, 0, 10],
    [0.1, 0.37, 10],
    [0.1, 0.99, 10],
    [0.25, 0.5, 25],
    [0.05, 0.2, 5],
  ])('samples rate × n of n drafts (±1): rate %d, start %d', (rate, start, expected) => {
    expect(Math.abs(sampledOf(100, rate, start) - expected)).toBeLessThanOrEqual(1);
  });

  it('samples a quiet category on schedule: one of every ten, whatever the start', () => {
    for (const start of [0, 0.15, 0.5, 0.95]) {
      for (const from of [0, 10, 20, 30]) expect(sampledOf(10, 0.1, start, from)).toBe(1);
    }
  });

  it('never samples at rate 0 and always at rate 1', () => {
    expect(sampledOf(50, 0, 0.3)).toBe(0);
    expect(sampledOf(50, 1, 0.3)).toBe(50);
  });

  it('gives each draft the rate as its chance, over random starts', () => {
    // For a fixed position, the draw is uniform over the start: the share of starts that sample it is the rate.
    const starts = Array.from({ length: 1000 }, (_, index) => index / 1000);
    const sampled = starts.filter((start) => stratifiedSampleDraw({ start, actedCount: 7 }, 0.1) < 0.1).length;
    expect(sampled).toBe(100);
  });

  it('returns a draw in [0, 1)', () => {
    for (let actedCount = 0; actedCount < 50; actedCount += 1) {
      const draw = stratifiedSampleDraw({ start: 0.9, actedCount }, 0.3);
      expect(draw).toBeGreaterThanOrEqual(0);
      expect(draw).toBeLessThan(1);
    }
  });

  it.each([
    [{ start: 1, actedCount: 0 }],
    [{ start: -0.1, actedCount: 0 }],
    [{ start: 0.5, actedCount: -1 }],
    [{ start: 0.5, actedCount: 1.5 }],
  ])('refuses %j', (state) => {
    expect(() => stratifiedSampleDraw(state, 0.1)).toThrow(RangeError);
  });
});
