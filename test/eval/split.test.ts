import { describe, expect, it } from 'vitest';
import { seededRandom, shuffled, splitPerGroup } from './split';

const items = ['a', 'b', 'c', 'd', 'e'].flatMap((group) => Array.from({ length: 10 }, (_, index) => `${group}${index}`));
const groupOf = (item: string) => item.charAt(0);

describe('seededRandom and shuffled', () => {
  it('repeat exactly for a seed, and differ between seeds', () => {
    expect(shuffled(items, seededRandom(7))).toEqual(shuffled(items, seededRandom(7)));
    expect(shuffled(items, seededRandom(7))).not.toEqual(shuffled(items, seededRandom(8)));
    expect([...shuffled(items, seededRandom(7))].sort()).toEqual([...items].sort());
  });
});

describe('splitPerGroup', () => {
  it('takes N queries per group and keeps the rest as memory, disjoint and complete', () => {
    const { memory, queries } = splitPerGroup(items, groupOf, { queries: 3 }, 1);
    expect(queries).toHaveLength(15);
    expect(memory).toHaveLength(35);
    expect(new Set([...memory, ...queries]).size).toBe(items.length);
    for (const group of 'abcde') expect(queries.filter((item) => groupOf(item) === group)).toHaveLength(3);
  });

  it('can fix the memory size per group instead', () => {
    const { memory, queries } = splitPerGroup(items, groupOf, { memory: 2 }, 1);
    expect(memory).toHaveLength(10);
    expect(queries).toHaveLength(40);
  });

  it('always leaves a group something in memory', () => {
    const { memory, queries } = splitPerGroup(['x1', 'x2', 'y1'], groupOf, { queries: 5 }, 1);
    expect(memory.filter((item) => groupOf(item) === 'x')).toHaveLength(1);
    expect(memory).toContain('y1');
    expect(queries).toHaveLength(1);
  });

  it('is deterministic for a seed, however the rows of different groups interleave', () => {
    const forward = splitPerGroup(items, groupOf, { queries: 3 }, 42);
    expect(splitPerGroup(items, groupOf, { queries: 3 }, 42)).toEqual(forward);
    const interleaved = [...items].sort((a, b) => a.slice(1).localeCompare(b.slice(1)) || a.localeCompare(b));
    expect(splitPerGroup(interleaved, groupOf, { queries: 3 }, 42)).toEqual(forward);
  });
});
