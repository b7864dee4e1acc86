/**
 * The level-3 sample, stratified by category: each category is sampled on
 * its own, so a quiet category gets its share reviewed as surely as a busy
 * one. Within a category it is systematic sampling with a random start: of
 * every run of n acted-on drafts, n × rate (±1) are sampled, where
 * independent coin flips could leave a quiet category unreviewed for weeks.
 *
 * The caller keeps, per category, a start drawn once uniformly from [0, 1)
 * and the count of drafts level 3 has acted on so far, and passes the result
 * to routeDraft as `sampleDraw`. Each draw is uniform over the random start,
 * so every draft has exactly `rate` chance of being sampled.
 */
export interface StratumState {
  /** Drawn once per category, uniform in [0, 1). */
  start: number;
  /** Drafts acted on at level 3 in this category before this one. */
  actedCount: number;
}

export function stratifiedSampleDraw({ start, actedCount }: StratumState, rate: number): number {
  if (!(start >= 0 && start < 1)) throw new RangeError(`start must be in [0, 1), got ${start}`);
  if (!Number.isInteger(actedCount) || actedCount < 0) throw new RangeError(`actedCount must be a whole number ≥ 0, got ${actedCount}`);
  // Draft k is sampled when start + k × rate crosses a whole number: frac(start + k × rate) < rate.
  const position = start + actedCount * rate;
  // Rounded: 81 × 0.1 is 8.099999… in floating point, which would sample two drafts in a row.
  const draw = Math.round((position - Math.floor(position)) * 1e12) / 1e12;
  return draw === 1 ? 0 : draw;
}
