import { describe, expect, it } from 'vitest';
import { mergeEdits } from './settings-merge';

describe('mergeEdits', () => {
  const loaded = [
    { id: 'orders', level: 1, confidenceThreshold: 0.8 },
    { id: 'billing', level: 1, confidenceThreshold: 0.8 },
  ];

  it('keeps a level promoted elsewhere while this tab changed a threshold', () => {
    const edited = [loaded[0]!, { ...loaded[1]!, confidenceThreshold: 0.9 }];
    const latest = [{ ...loaded[0]!, level: 2 }, loaded[1]!];
    expect(mergeEdits(loaded, edited, latest)).toEqual([
      { id: 'orders', level: 2, confidenceThreshold: 0.8 },
      { id: 'billing', level: 1, confidenceThreshold: 0.9 },
    ]);
  });

  it('takes the latest value wholesale when nothing was edited', () => {
    const latest = [{ id: 'orders', level: 3, confidenceThreshold: 0.7 }];
    expect(mergeEdits(loaded, loaded, latest)).toBe(latest);
  });

  it('lets this tab win on a field both changed', () => {
    expect(mergeEdits({ model: 'a', baseURL: 'x' }, { model: 'b', baseURL: 'x' }, { model: 'c', baseURL: 'y' })).toEqual({ model: 'b', baseURL: 'y' });
  });

  it('keeps added and removed entries of an id list as edited', () => {
    const edited = [loaded[0]!, { id: 'new', level: 1, confidenceThreshold: 0.5 }];
    expect(mergeEdits(loaded, edited, loaded).map((item) => item.id)).toEqual(['orders', 'new']);
  });
});
