/**
 * How well "nothing this similar in memory" tells a new type of question
 * from a known one: a seeded split that keeps some intents out of memory
 * altogether, and the AUROC of the novelty score (1 − the nearest known
 * similarity) for "this query's intent is not in memory".
 */
import { shuffled, seededRandom } from './split';

export interface NoveltySplit<T> {
  /** Intents with nothing in memory: their queries are new question types. */
  heldOut: string[];
  memory: T[];
  /** Queries whose intent memory knows. */
  known: T[];
  /** Queries whose intent memory has never seen. */
  novel: T[];
}

/**
 * Holds `heldOutShare` of the intents (at least one, and at least one kept)
 * out of memory; each kept intent puts `memoryPerIntent` items in memory and
 * the rest in the known queries. Intents are sorted before the seeded
 * shuffle, so the split depends only on the data and the seed.
 */
export function splitByNovelty<T>(
  items: readonly T[],
  intentOf: (item: T) => string,
  options: { heldOutShare: number; memoryPerIntent: number; seed: number },
): NoveltySplit<T> {
  const random = seededRandom(options.seed);
  const intents = [...new Set(items.map(intentOf))].sort();
  if (intents.length < 2) throw new Error('novelty needs at least two intents: one in memory, one held out');
  const heldOutCount = Math.min(Math.max(Math.round(intents.length * options.heldOutShare), 1), intents.length - 1);
  const heldOut = new Set(shuffled(intents, random).slice(0, heldOutCount));
  const split: NoveltySplit<T> = { heldOut: [...heldOut].sort(), memory: [], known: [], novel: [] };
  for (const intent of intents) {
    const members = shuffled(items.filter((item) => intentOf(item) === intent), random);
    if (heldOut.has(intent)) split.novel.push(...members);
    else {
      split.memory.push(...members.slice(0, options.memoryPerIntent));
      split.known.push(...members.slice(options.memoryPerIntent));
    }
  }
  return split;
}

/**
 * The probability that a random positive scores above a random negative
 * (ties count half): the Mann–Whitney statistic, from ranks in O(n log n).
 */
export function auroc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) throw new Error('AUROC needs at least one positive and one negative');
  const scored = [...positives.map((score) => ({ score, positive: true })), ...negatives.map((score) => ({ score, positive: false }))].sort(
    (a, b) => a.score - b.score,
  );
  let rankSum = 0;
  for (let start = 0; start < scored.length; ) {
    let end = start;
    while (end + 1 < scored.length && scored[end + 1]!.score === scored[start]!.score) end += 1;
    const averageRank = (start + end) / 2 + 1;
    for (let at = start; at <= end; at += 1) if (scored[at]!.positive) rankSum += averageRank;
    start = end + 1;
  }
  const n = positives.length;
  return (rankSum - (n * (n + 1)) / 2) / (n * negatives.length);
}

/** Share of scores at or above the threshold. */
export const rateAtOrAbove = (scores: readonly number[], threshold: number): number =>
  scores.length === 0 ? 0 : scores.filter((score) => score >= threshold).length / scores.length;
