import type { ShadowDecision, ShadowLevel } from '../autonomy/shadow';
import type { ReviewRecord } from '../storage/db';
import type { CategoryAssessment } from './readiness';

/** What scoring needs from a review: the human's verdict, and what the shadow levels would have done. */
export type ShadowFact = Pick<ReviewRecord, 'decision' | 'editKind'> & { shadow?: ShadowDecision[] | null };

/**
 * One shadow level's counterfactual over a set of reviews (#18): of the
 * level-1 drafts a human reviewed, how many that level would have acted on
 * alone, and what the human then did with those.
 */
export interface ShadowTally {
  level: ShadowLevel;
  /** Reviewed drafts that carry a shadow decision for this level. */
  drafts: number;
  /** Of those, the ones this level would have inserted or sent without a human. */
  acted: number;
  /** …of which the ones that would have been sent (the category has auto-send on). */
  sent: number;
  /** What the human did with the acted-on ones. */
  approved: number;
  cosmetic: number;
  substantive: number;
  rejected: number;
}

/** The acted-on drafts a human changed substantively or rejected: what acting alone would have got wrong. */
export const wrongAlone = (tally: ShadowTally) => tally.substantive + tally.rejected;

/** Scores one level's shadow decisions against the reviews that followed them. */
export function tallyShadow(reviews: readonly ShadowFact[], level: ShadowLevel): ShadowTally {
  const tally: ShadowTally = { level, drafts: 0, acted: 0, sent: 0, approved: 0, cosmetic: 0, substantive: 0, rejected: 0 };
  for (const review of reviews) {
    const decision = review.shadow?.find((shadow) => shadow.level === level);
    if (!decision) continue;
    tally.drafts += 1;
    if (decision.action === null) continue;
    tally.acted += 1;
    if (decision.action === 'send-after-undo') tally.sent += 1;
    if (review.decision === 'approved') tally.approved += 1;
    else if (review.decision === 'rejected') tally.rejected += 1;
    else if (review.editKind === 'substantive') tally.substantive += 1;
    else tally.cosmetic += 1;
  }
  return tally;
}

/**
 * Readiness with the shadow figures (#18): a level-1 category is not ready for
 * level 2 while level 2 would have acted alone on a draft the human then
 * corrected substantively or rejected — the counterfactual says promotion
 * would have let that out. A clean shadow adds its figures to the reasons.
 * No shadow data (reviews from before it was recorded) leaves the
 * assessment as it was.
 */
export function withShadow(assessment: CategoryAssessment, tally: ShadowTally | null): CategoryAssessment {
  if (!tally || tally.drafts === 0 || assessment.nextLevel !== tally.level) return assessment;
  const figures = { code: 'shadow', level: tally.level, acted: tally.acted, drafts: tally.drafts } as const;
  if (wrongAlone(tally) === 0) return { ...assessment, reasons: [...assessment.reasons, figures] };
  const blocking = { ...figures, wrong: { substantive: tally.substantive, rejected: tally.rejected } };
  return { ...assessment, ready: false, reasons: [blocking, ...assessment.reasons] };
}
