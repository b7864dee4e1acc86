import { z } from 'zod';
import type { AutonomyLevel } from '../storage/db';
import { summarise, type ReviewFact } from './metrics';
import { wilsonLowerBound } from './wilson';

/** When a category has earned the next level, and when it has lost its current one. */
export const readinessSettingsSchema = z.object({
  /** Reviews needed in the window before a category can be judged. */
  minReviews: z.int().min(5).max(10_000).default(50),
  windowDays: z.int().min(1).max(365).default(28),
  /** Approved-or-cosmetic share needed… */
  target: z.number().min(0.5).max(1).default(0.95),
  /** …and how low it may plausibly be (Wilson lower bound, 95%), so a lucky streak never qualifies. */
  lowerBoundTarget: z.number().min(0.5).max(1).default(0.85),
  /** At L2/L3: substantive edits + rejections above this share drop the category a level (or alert). */
  degradeRate: z.number().min(0).max(1).default(0.1),
  degradeMinReviews: z.int().min(1).max(10_000).default(20),
  onDegrade: z.enum(['demote', 'alert']).default('demote'),
  /** Off by default: promotion is suggested, a human promotes. */
  autoPromote: z.boolean().default(false),
});
export type ReadinessSettings = z.infer<typeof readinessSettingsSchema>;
export const DEFAULT_READINESS_SETTINGS: ReadinessSettings = readinessSettingsSchema.parse({});

const count = z.int().min(0);
const share = z.number().min(0).max(1);
const level = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/**
 * Why a category is or is not ready, or has degraded, as a code and its figures (shares as
 * fractions), never a sentence: the popup words them in the reader's language
 * (readiness-text.ts), and a level notice the worker stored reads in whoever opens the popup's
 * language (#15).
 */
export const readinessReasonSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('needs-reviews'), done: count, needed: count, days: count }),
  z.object({ code: z.literal('substantive-edits'), count, days: count }),
  /** The approved-or-cosmetic share and its lower bound; `target` only when they fall short of it. */
  z.object({ code: z.literal('judged'), rate: share, bound: share, target: z.object({ rate: share, bound: share }).optional() }),
  z.object({ code: z.literal('degraded'), bad: count, volume: count, rate: share, days: count, limit: share }),
  /** Shadow mode (#18): what the next level would have done alone; `wrong` when a human then corrected or rejected some. */
  z.object({ code: z.literal('shadow'), level, acted: count, drafts: count, wrong: z.object({ substantive: count, rejected: count }).optional() }),
]);
export type ReadinessReason = z.infer<typeof readinessReasonSchema>;

export interface CategoryAssessment {
  level: AutonomyLevel;
  nextLevel: AutonomyLevel | null;
  ready: boolean;
  /** Why it is or is not ready. */
  reasons: ReadinessReason[];
  degraded: boolean;
  degradeReasons: ReadinessReason[];
}

const DAY_MS = 86_400_000;

/** One category's readiness for the next level and, at L2/L3, whether it has degraded. */
export function assessCategory(reviews: readonly ReviewFact[], level: AutonomyLevel, settings: ReadinessSettings, now: number): CategoryAssessment {
  const recent = reviews.filter((review) => review.decidedAt > now - settings.windowDays * DAY_MS && review.decidedAt <= now);
  const rates = summarise(recent);
  const good = rates.approved + rates.cosmetic;
  const bound = wilsonLowerBound(good, rates.volume);
  const nextLevel = level < 3 ? ((level + 1) as AutonomyLevel) : null;

  const days = settings.windowDays;
  const reasons: ReadinessReason[] = [];
  if (rates.volume < settings.minReviews) reasons.push({ code: 'needs-reviews', done: rates.volume, needed: settings.minReviews, days });
  if (rates.substantive > 0) reasons.push({ code: 'substantive-edits', count: rates.substantive, days });
  if (rates.volume > 0) {
    const meets = rates.approvedOrCosmeticRate >= settings.target && bound >= settings.lowerBoundTarget;
    reasons.push({ code: 'judged', rate: rates.approvedOrCosmeticRate, bound, ...(meets ? {} : { target: { rate: settings.target, bound: settings.lowerBoundTarget } }) });
  }
  const ready =
    nextLevel !== null && rates.volume >= settings.minReviews && rates.substantive === 0 && rates.approvedOrCosmeticRate >= settings.target && bound >= settings.lowerBoundTarget;

  const bad = rates.substantive + rates.rejected;
  const badRate = rates.volume === 0 ? 0 : bad / rates.volume;
  const degraded = level > 1 && rates.volume >= settings.degradeMinReviews && badRate > settings.degradeRate;
  const degradeReasons: ReadinessReason[] = degraded ? [{ code: 'degraded', bad, volume: rates.volume, rate: badRate, days, limit: settings.degradeRate }] : [];
  return { level, nextLevel, ready, reasons, degraded, degradeReasons };
}

/** A promotion or demotion of one category; the worker stores the ones it tells the team about (level notices). */
export const levelChangeSchema = z.object({
  categoryId: z.string().max(100),
  from: level,
  to: level,
  kind: z.enum(['promote', 'demote']),
  /** Whether the settings let it happen by itself (auto-promotion, demotion on); otherwise it is a suggestion or an alert. */
  automatic: z.boolean(),
  reasons: z.array(readinessReasonSchema).max(20),
});
export type LevelChange = z.infer<typeof levelChangeSchema>;

/** Promotions (suggested, or automatic when enabled) and demotions, per category. */
export function suggestLevelChanges(
  categories: readonly { id: string; level: AutonomyLevel }[],
  reviews: readonly ReviewFact[],
  settings: ReadinessSettings,
  now: number,
): LevelChange[] {
  return categories.flatMap((category): LevelChange[] => {
    const assessment = assessCategory(
      reviews.filter((review) => review.category === category.id),
      category.level,
      settings,
      now,
    );
    if (assessment.degraded) {
      return [{ categoryId: category.id, from: category.level, to: (category.level - 1) as AutonomyLevel, kind: 'demote', automatic: settings.onDegrade === 'demote', reasons: assessment.degradeReasons }];
    }
    if (assessment.ready && assessment.nextLevel) {
      return [{ categoryId: category.id, from: category.level, to: assessment.nextLevel, kind: 'promote', automatic: settings.autoPromote, reasons: assessment.reasons }];
    }
    return [];
  });
}
