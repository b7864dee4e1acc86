import { describe, expect, it, vi } from 'vitest';
import { formatBytes, formatSpread, printTable, summarise } from './stats';

describe('summarise', () => {
  it('takes the median and the 10th and 90th percentiles, whatever the order', () => {
    const samples = Array.from({ length: 100 }, (_, i) => (i * 37) % 100);
    expect(summarise(samples)).toEqual({ median: 50, p10: 10, p90: 90, samples: 100 });
  });

  it.each([
    [[7], { median: 7, p10: 7, p90: 7, samples: 1 }],
    [[3, 1], { median: 3, p10: 1, p90: 3, samples: 2 }],
  ])('summarises %j', (samples, summary) => {
    expect(summarise(samples)).toEqual(summary);
  });

  it('refuses no samples', () => {
    expect(() => summarise([])).toThrow('no samples to summarise');
  });
});

describe('formatting', () => {
  it('writes a median with its spread, and bytes in MB', () => {
    expect(formatSpread({ median: 1.234, p10: 1.1, p90: 2, samples: 3 })).toBe('1.23 (1.10–2.00)');
    expect(formatBytes(193_661_952)).toBe('193.7 MB');
  });

  it('aligns table columns to the widest cell', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    printTable(['N', 'ms'], [['100,000', '1.5'], ['1', '10.25']]);
    expect(log.mock.calls.map(([line]) => line)).toEqual(['      N     ms', '100,000    1.5', '      1  10.25']);
    log.mockRestore();
  });
});
