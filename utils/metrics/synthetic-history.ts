import type { HelpdeskId } from '../intake/conversation';
import type { ReviewRecord } from '../storage/db';
import { seededRandom } from './seeded-random';

/** How one category's reviews behave in a synthetic history: shares of each outcome, per week. */
export interface SyntheticCategory {
  id: string;
  perWeek: number;
  approved: number;
  cosmetic: number;
  substantive: number;
  /** The rest are rejections. */
}

const HELPDESKS: HelpdeskId[] = ['zendesk', 'zendesk', 'intercom', 'gmail'];
const WEEK_MS = 7 * 86_400_000;

/**
 * Reviews over the last `weeks` weeks, for demos, screenshots and tests of
 * the popup: realistic volumes and quality per category, deterministic.
 */
export function syntheticReviewHistory(options: { seed: number; now: number; weeks: number; categories: SyntheticCategory[] }): ReviewRecord[] {
  const next = seededRandom(options.seed);
  return options.categories.flatMap((category) =>
    Array.from({ length: options.weeks * category.perWeek }, (_, index): ReviewRecord => {
      const roll = next();
      const decision = roll < category.approved ? 'approved' : roll < category.approved + category.cosmetic + category.substantive ? 'edited' : 'rejected';
      const editKind = decision !== 'edited' ? null : roll < category.approved + category.cosmetic ? 'cosmetic' : 'substantive';
      return {
        id: `synthetic-${category.id}-${index}`,
        draftId: `synthetic-draft-${category.id}-${index}`,
        conversationId: `synthetic:${category.id}:${index}`,
        helpdesk: HELPDESKS[Math.floor(next() * HELPDESKS.length)]!,
        category: category.id,
        decision,
        editKind,
        level: 1,
        reviewer: 'Demo team',
        draftText: 'Draft',
        finalText: decision === 'rejected' ? null : 'Reply',
        sentText: null,
        rejectReason: null,
        decidedAt: Math.round(options.now - next() * options.weeks * WEEK_MS),
      };
    }),
  );
}

/** A team a few months in: orders ready for more autonomy, billing still learning, refunds degrading. */
export const DEMO_CATEGORIES: SyntheticCategory[] = [
  { id: 'orders', perWeek: 30, approved: 0.93, cosmetic: 0.06, substantive: 0 },
  { id: 'shipping', perWeek: 22, approved: 0.8, cosmetic: 0.12, substantive: 0.05 },
  { id: 'billing', perWeek: 14, approved: 0.62, cosmetic: 0.18, substantive: 0.14 },
  { id: 'account', perWeek: 9, approved: 0.85, cosmetic: 0.08, substantive: 0.04 },
  { id: 'technical', perWeek: 6, approved: 0.5, cosmetic: 0.2, substantive: 0.2 },
];
