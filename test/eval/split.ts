/**
 * Seeded, deterministic splits for the evaluations: the same file and seed
 * always give the same memory and queries, on any machine.
 */
import { seededRandom } from '../../utils/metrics/seeded-random';

export { seededRandom };

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

export interface Split<T> {
  memory: T[];
  queries: T[];
}

/** How many of each group's items to query with (the rest are memory), or to keep in memory (the rest are queries). */
export type SplitSize = { queries: number } | { memory: number };

/**
 * Splits each group (intent) into memory and queries after a seeded shuffle.
 * A group keeps at least one item in memory, so every query has something of
 * its own group to find. Groups are visited in sorted order so the result
 * does not depend on how rows of different groups interleave.
 */
export function splitPerGroup<T>(items: readonly T[], groupOf: (item: T) => string, size: SplitSize, seed: number): Split<T> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const members = groups.get(groupOf(item));
    if (members) members.push(item);
    else groups.set(groupOf(item), [item]);
  }
  const random = seededRandom(seed);
  const split: Split<T> = { memory: [], queries: [] };
  for (const key of [...groups.keys()].sort()) {
    const members = shuffled(groups.get(key) ?? [], random);
    const queryCount = 'queries' in size ? Math.min(size.queries, members.length - 1) : Math.max(members.length - Math.max(size.memory, 1), 0);
    split.queries.push(...members.slice(0, queryCount));
    split.memory.push(...members.slice(queryCount));
  }
  return split;
}
