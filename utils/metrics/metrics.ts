import type { ReviewRecord } from '../storage/db';
import { isoWeekOf, recentWeekKeys } from './iso-week';

/** What the numbers need from a review. */
export type ReviewFact = Pick<ReviewRecord, 'category' | 'helpdesk' | 'decision' | 'editKind' | 'decidedAt'>;

export interface Rates {
  volume: number;
  /** Approved without edits. */
  approved: number;
  cosmetic: number;
  substantive: number;
  rejected: number;
  /** approved / volume: the share of drafts a human sent as they were. */
  accuracy: number;
  cosmeticRate: number;
  substantiveRate: number;
  rejectRate: number;
  /** (approved + cosmetic) / volume: what promotion is judged on. */
  approvedOrCosmeticRate: number;
}

/**
 * One review per draft, the latest. A reply ReplyLoop sent itself is stored
 * as its own review ("sent by ReplyLoop"); when level 3's sample then has a
 * human look at it, that verdict replaces it rather than counting the draft
 * twice (#18).
 */
export function onePerDraft<T extends Pick<ReviewRecord, 'draftId' | 'decidedAt'>>(reviews: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const review of reviews) {
    const kept = latest.get(review.draftId);
    if (!kept || review.decidedAt >= kept.decidedAt) latest.set(review.draftId, review);
  }
  return [...latest.values()];
}

/** Counts and rates of a set of reviews; an empty set has zero rates, not NaN. */
export function summarise(reviews: readonly ReviewFact[]): Rates {
  let approved = 0;
  let cosmetic = 0;
  let substantive = 0;
  let rejected = 0;
  for (const review of reviews) {
    if (review.decision === 'approved') approved += 1;
    else if (review.decision === 'rejected') rejected += 1;
    else if (review.editKind === 'substantive') substantive += 1;
    else cosmetic += 1;
  }
  const volume = reviews.length;
  const share = (count: number) => (volume === 0 ? 0 : count / volume);
  return {
    volume,
    approved,
    cosmetic,
    substantive,
    rejected,
    accuracy: share(approved),
    cosmeticRate: share(cosmetic),
    substantiveRate: share(substantive),
    rejectRate: share(rejected),
    approvedOrCosmeticRate: share(approved + cosmetic),
  };
}

/** Rates per value of a key (category, helpdesk), largest volume first. */
export function summariseBy(reviews: readonly ReviewFact[], key: (review: ReviewFact) => string): { key: string; rates: Rates }[] {
  const groups = new Map<string, ReviewFact[]>();
  for (const review of reviews) groups.set(key(review), [...(groups.get(key(review)) ?? []), review]);
  return [...groups].map(([name, group]) => ({ key: name, rates: summarise(group) })).sort((a, b) => b.rates.volume - a.rates.volume || a.key.localeCompare(b.key));
}

/** The last `weeks` ISO weeks in the team's time zone, oldest first, empty weeks included so a chart has no gaps. */
export function weeklyTrend(reviews: readonly ReviewFact[], options: { now: number; timeZone: string; weeks?: number }): { week: string; rates: Rates }[] {
  const keys = recentWeekKeys(options.now, options.timeZone, options.weeks ?? 12);
  const byWeek = new Map<string, ReviewFact[]>(keys.map((week) => [week, []]));
  for (const review of reviews) byWeek.get(isoWeekOf(review.decidedAt, options.timeZone).key)?.push(review);
  return keys.map((week) => ({ week, rates: summarise(byWeek.get(week)!) }));
}
