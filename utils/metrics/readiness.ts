import { i18n } from '../i18n';
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

export interface CategoryAssessment {
  level: AutonomyLevel;
  nextLevel: AutonomyLevel | null;
  ready: boolean;
  /** Why it is or is not ready, in words. */
  reasons: string[];
  degraded: boolean;
  degradeReasons: string[];
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const DAY_MS = 86_400_000;

/** One category's readiness for the next level and, at L2/L3, whether it has degraded. */
export function assessCategory(reviews: readonly ReviewFact[], level: AutonomyLevel, settings: ReadinessSettings, now: number): CategoryAssessment {
  const recent = reviews.filter((review) => review.decidedAt > now - settings.windowDays * DAY_MS && review.decidedAt <= now);
  const rates = summarise(recent);
  const good = rates.approved + rates.cosmetic;
  const bound = wilsonLowerBound(good, rates.volume);
  const nextLevel = level < 3 ? ((level + 1) as AutonomyLevel) : null;

  const reasons: string[] = [];
  if (rates.volume < settings.minReviews) reasons.push(i18n.t('readiness.needed', { done: rates.volume, needed: settings.minReviews, days: settings.windowDays }));
  if (rates.substantive > 0) reasons.push(i18n.t('readiness.substantive', rates.substantive, { days: settings.windowDays }));
  if (rates.volume > 0) {
    const judged = i18n.t('readiness.judged', { rate: percent(rates.approvedOrCosmeticRate), bound: percent(bound) });
    const meets = rates.approvedOrCosmeticRate >= settings.target && bound >= settings.lowerBoundTarget;
    reasons.push(meets ? judged : i18n.t('readiness.judgedShort', { judged, target: percent(settings.target), bound: percent(settings.lowerBoundTarget) }));
  }
  const ready =
    nextLevel !== null && rates.volume >= settings.minReviews && rates.substantive === 0 && rates.approvedOrCosmeticRate >= settings.target && bound >= settings.lowerBoundTarget;

  const bad = rates.substantive + rates.rejected;
  const badRate = rates.volume === 0 ? 0 : bad / rates.volume;
  const degraded = level > 1 && rates.volume >= settings.degradeMinReviews && badRate > settings.degradeRate;
  const degradeReasons = degraded
    ? [i18n.t('readiness.degraded', { bad, volume: rates.volume, rate: percent(badRate), days: settings.windowDays, limit: percent(settings.degradeRate) })]
    : [];
  return { level, nextLevel, ready, reasons, degraded, degradeReasons };
}

export interface LevelChange {
  categoryId: string;
  from: AutonomyLevel;
  to: AutonomyLevel;
  kind: 'promote' | 'demote';
  /** Whether the settings let it happen by itself (auto-promotion, demotion on); otherwise it is a suggestion or an alert. */
  automatic: boolean;
  reasons: string[];
}

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
