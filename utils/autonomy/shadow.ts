import type { StoredReason } from './reasons';
import { routeDraft, type DirectAction, type Route, type RoutingInput } from './routing';

/**
 * Shadow mode (#18): while a category is at level 1, every draft is reviewed,
 * and nothing tells the team what a promotion would change. So with each
 * level-1 draft the real routing decision is also computed as if the category
 * were at level 2 and at level 3 — same draft, memory, thresholds, auto-send
 * and sample draw — and kept with it. When the human then reviews the draft,
 * that review scores the counterfactual (utils/metrics/shadow.ts).
 */

export type ShadowLevel = 2 | 3;

export interface ShadowDecision {
  level: ShadowLevel;
  route: Route;
  /** What that level would have done without a human; null when it would have asked for review. */
  action: DirectAction | null;
  /** Sentences in drafts and reviews from before #15's structured reasons. */
  reasons: StoredReason[];
}

export const SHADOW_LEVELS: readonly ShadowLevel[] = [2, 3];

/** What levels 2 and 3 would have decided for a draft routed at level 1; null at any other level (there the decision is real). */
export function shadowDecisions(input: RoutingInput): ShadowDecision[] | null {
  if (input.settings.level !== 1) return null;
  return SHADOW_LEVELS.map((level) => {
    const { route, action, reasons } = routeDraft({ ...input, settings: { ...input.settings, level } });
    return { level, route, action, reasons };
  });
}
