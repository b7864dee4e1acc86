import { describe, expect, it, vi } from 'vitest';
import { describeSamples, formatBytes, printTable } from './stats';

describe('describeSamples', () => {
  it('takes min, median, 95th percentile and max, whatever the order', () => {
    const samples = Array.from({ length: 100 }, (_, i) => (i * 37) % 100);
    expect(describeSamples(samples)).toEqual({ min: 0, median: 50, p95: 95, max: 99, samples: 100 });
  });

  it.each([
    [[7], { min: 7, median: 7, p95: 7, max: 7, samples: 1 }],
    [[3, 1], { min: 1, median: 3, p95: 3, max: 3, samples: 2 }],
  ])('describes %j', (samples, summary) => {
    expect(describeSamples(samples)).toEqual(summary);
  });

  it('refuses no samples', () => {
    expect(() => describeSamples([])).toThrow('no samples to summarise');
  });
});

describe('formatting', () => {
  it('writes bytes in MB', () => {
    expect(formatBytes(193_661_952)).toBe('193.7 MB');
  });

  it('aligns table columns to the widest cell', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    printTable(['N', 'ms'], [['100,000', '1.5'], ['1', '10.25']]);
    expect(log.mock.calls.map(([line]) => line)).toEqual(['      N     ms', '100,000    1.5', '      1  10.25']);
    log.mockRestore();
  });
});
