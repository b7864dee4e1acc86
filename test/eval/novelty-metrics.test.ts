import { describe, expect, it } from 'vitest';
import { auroc, rateAtOrAbove, splitByNovelty } from './novelty-metrics';

describe('auroc', () => {
  it('is 1 when every positive outscores every negative, 0 the other way, ½ for a coin', () => {
    expect(auroc([0.9, 0.8], [0.1, 0.2])).toBe(1);
    expect(auroc([0.1, 0.2], [0.9, 0.8])).toBe(0);
    expect(auroc([0.5, 0.5], [0.5, 0.5])).toBe(0.5);
  });

  it('counts pairs: one of four pairs in the wrong order is 0.75', () => {
    expect(auroc([0.9, 0.3], [0.1, 0.5])).toBe(0.75);
  });

  it('refuses an empty side', () => {
    expect(() => auroc([], [0.1])).toThrow(/at least one/);
  });
});

describe('splitByNovelty', () => {
  const items = ['a', 'b', 'c', 'd'].flatMap((intent) => Array.from({ length: 5 }, (_, at) => ({ intent, at })));
  const split = (seed: number) => splitByNovelty(items, (item) => item.intent, { heldOutShare: 0.25, memoryPerIntent: 2, seed });

  it('holds whole intents out of memory and splits the others into memory and known queries', () => {
    const { heldOut, memory, known, novel } = split(1);
    expect(heldOut).toHaveLength(1);
    expect(novel).toHaveLength(5);
    expect(novel.every((item) => item.intent === heldOut[0])).toBe(true);
    expect(memory).toHaveLength(6);
    expect(known).toHaveLength(9);
    expect([...memory, ...known].some((item) => item.intent === heldOut[0])).toBe(false);
  });

  it('is the same for a seed', () => {
    expect(split(3)).toEqual(split(3));
  });

  it('needs two intents', () => {
    expect(() => splitByNovelty([{ intent: 'a' }], (item) => item.intent, { heldOutShare: 0.5, memoryPerIntent: 1, seed: 1 })).toThrow(/two intents/);
  });
});

describe('rateAtOrAbove', () => {
  it('is the share at or above the threshold', () => {
    expect(rateAtOrAbove([0.1, 0.25, 0.3, 0.9], 0.25)).toBe(0.75);
    expect(rateAtOrAbove([], 0.5)).toBe(0);
  });
});
