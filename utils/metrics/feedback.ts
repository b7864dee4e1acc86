import { SAMPLE_CONVERSATION_ID } from '../intake/sample-id';
import type { DraftFeedback, DraftRecord } from '../storage/db';

/** What counting needs from a draft: its conversation, its category and the agent's thumbs up or down (#16). */
export type FeedbackFact = Pick<DraftRecord, 'conversationId' | 'category'> & { feedback?: DraftFeedback | null };

export interface FeedbackTally {
  up: number;
  down: number;
  /** The reasons given, grouped case- and space-insensitively (first spelling kept), most frequent first. */
  reasons: { verdict: DraftFeedback['verdict']; reason: string; count: number }[];
}

const reasonKey = (verdict: string, reason: string) => `${verdict}\u0000${reason.trim().replace(/\s+/g, ' ').toLowerCase()}`;

/** Thumbs up and down over a set of drafts, with their reasons; drafts without feedback are not counted. */
export function tallyFeedback(drafts: readonly FeedbackFact[]): FeedbackTally {
  const tally: FeedbackTally = { up: 0, down: 0, reasons: [] };
  const reasons = new Map<string, FeedbackTally['reasons'][number]>();
  for (const { feedback } of drafts) {
    if (!feedback) continue;
    tally[feedback.verdict] += 1;
    const reason = feedback.reason?.trim().replace(/\s+/g, ' ');
    if (!reason) continue;
    const key = reasonKey(feedback.verdict, reason);
    const kept = reasons.get(key);
    if (kept) kept.count += 1;
    else reasons.set(key, { verdict: feedback.verdict, reason, count: 1 });
  }
  // Thumbs down first at equal counts: they say what to fix.
  tally.reasons = [...reasons.values()].sort((a, b) => b.count - a.count || (a.verdict === b.verdict ? a.reason.localeCompare(b.reason) : a.verdict === 'down' ? -1 : 1));
  return tally;
}

/**
 * Feedback given since `since` (ms), overall and per category (drafts not yet categorised under `uncategorised`), busiest first.
 * The welcome page's sample is no customer's draft: its thumbs are a first try, not a verdict, and count nowhere, as its
 * approval counts in no review metric. A level-3 draft sampled for review after the fact is a real draft: counted once.
 */
export function feedbackByCategory(drafts: readonly FeedbackFact[], since: number, uncategorised: string): { overall: FeedbackTally; categories: { category: string; tally: FeedbackTally }[] } {
  const recent = drafts.filter((draft) => draft.feedback && draft.feedback.at >= since && draft.conversationId !== SAMPLE_CONVERSATION_ID);
  const groups = new Map<string, FeedbackFact[]>();
  for (const draft of recent) {
    const category = draft.category ?? uncategorised;
    groups.set(category, [...(groups.get(category) ?? []), draft]);
  }
  const categories = [...groups].map(([category, group]) => ({ category, tally: tallyFeedback(group) }));
  categories.sort((a, b) => b.tally.up + b.tally.down - (a.tally.up + a.tally.down) || a.category.localeCompare(b.category));
  return { overall: tallyFeedback(recent), categories };
}
