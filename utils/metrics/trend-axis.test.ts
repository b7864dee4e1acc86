import { describe, expect, it } from 'vitest';
import { trendAxis } from './trend-axis';

describe('trendAxis', () => {
  it('starts a round step below the lowest week, not at zero', () => {
    expect(trendAxis([0.7, 0.88, 0.81])).toEqual({ min: 0.6, max: 1, ticks: [0.6, 0.7, 0.8, 0.9, 1] });
  });

  it('keeps room under a week close to a tick', () => {
    expect(trendAxis([0.9, 0.95]).min).toBeLessThan(0.9);
  });

  it('widens the step for a wide range and keeps ticks few', () => {
    const axis = trendAxis([0.1, 0.9]);
    expect(axis.min).toBe(0);
    expect(axis.ticks.length).toBeLessThanOrEqual(5);
    expect(axis.ticks.at(-1)).toBe(1);
  });

  it('copes with no weeks and with nonsense', () => {
    expect(trendAxis([]).min).toBe(0);
    expect(trendAxis([Number.NaN, 0.8]).min).toBeGreaterThan(0.5);
  });
});
