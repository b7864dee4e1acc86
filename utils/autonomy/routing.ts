import { FALLBACK_CATEGORY_ID, type CategorySettings } from './categories';
import { concernReasons } from './concerns';
import { languageCoverage, type LanguageCoverage } from './lexicon/language';
import type { RoutingReason } from './reasons';
import { findRiskyClaims, type RiskyClaim } from './sensitivity/risky-claims';
import { detectSensitivity, type SensitivityFinding } from './sensitivity/sensitivity';

/**
 * The routing policy: one pure function from a draft and what is known about
 * it to where it goes. Randomness (the L3 sample) is drawn by the caller and
 * passed in, so the same input always gives the same decision.
 *
 * - review: a human decides before anything reaches the customer.
 * - insert: the draft goes into the helpdesk composer; the agent sends it.
 * - send-after-undo: the draft is sent after a visible undo countdown
 *   (settings.undoSeconds) the agent can cancel. Only when the category
 *   opted in to auto-send.
 * - sample-later: level 3 acts directly as above (`action` says how) AND the
 *   draft joins the after-the-fact review queue, where a human marks it fine
 *   or corrects it.
 *
 * Fail closed (issue 13): at levels 2 and 3 a draft acts on its own only
 * with positive evidence that it is routine — a known category (not
 * "other"), a confident model, a close match among the approved replies of
 * that category (routine ones: not reviewed for a concern), a language the sensitivity checks cover, and no concern
 * from any check. Whatever is missing is a reason for review. Level 3 differs
 * from level 2 only in sampling a share of what it acts on.
 *
 * Auto-send applies wherever the policy acts directly.
 */

export type Route = 'review' | 'insert' | 'send-after-undo' | 'sample-later';
export type DirectAction = 'insert' | 'send-after-undo';

export interface RoutingInput {
  draft: {
    text: string;
    category: string;
    /** The model's confidence in its draft, 0–1. */
    confidence: number;
    /** Sensitivity kinds the model flagged ("financial", "prompt-injection"…). */
    modelFlags: readonly string[];
  };
  /** The customer message the draft answers. */
  customerText: string;
  /** What may back the draft's facts: the conversation, retrieved corrections, knowledge. */
  contextTexts: readonly string[];
  settings: CategorySettings;
  memory: {
    /**
     * Similarity (0–1) of the closest customer message whose reply a human
     * approved or corrected in this draft's category, among messages known to
     * have had no concern (routine-evidence.ts); null when there is none.
     */
    nearestKnownSimilarity: number | null;
  };
  /** Uniform in [0, 1), drawn by the caller (see stratifiedSampleDraw). */
  sampleDraw: number;
}

export interface RoutingDecision {
  route: Route;
  /** What happens in the helpdesk without waiting for a human; null for review. */
  action: DirectAction | null;
  /** Why, most important first, as codes and figures (reasons.ts); the pages word them. */
  reasons: RoutingReason[];
  /** What the rules found, with positions, so the panel can highlight it. */
  evidence: { customer: SensitivityFinding[]; draft: SensitivityFinding[]; claims: RiskyClaim[] };
}

const isFraction = (value: number) => Number.isFinite(value) && value >= 0 && value <= 1;

/** What is missing from the evidence that a draft is routine; empty when all of it is there. */
function notRoutineReasons(input: RoutingInput, language: LanguageCoverage): RoutingReason[] {
  const { confidence } = input.draft;
  const { confidenceThreshold, noveltyThreshold } = input.settings;
  const category = { id: input.settings.id, label: input.settings.label };
  const nearest = input.memory.nearestKnownSimilarity;
  const reasons: RoutingReason[] = [];
  if (input.settings.id === FALLBACK_CATEGORY_ID) reasons.push({ code: 'unknown-category', category });
  if (confidence < confidenceThreshold) reasons.push({ code: 'low-confidence', confidence, threshold: confidenceThreshold });
  if (nearest === null || !isFraction(nearest)) reasons.push({ code: 'new-question', category, nearest: null });
  else if (nearest < noveltyThreshold) reasons.push({ code: 'new-question', category, nearest });
  if (!language.covered) reasons.push({ code: 'language', problem: language.problem, words: language.words });
  return reasons;
}

export function routeDraft(input: RoutingInput): RoutingDecision {
  if (!(input.sampleDraw >= 0 && input.sampleDraw < 1)) throw new RangeError(`sampleDraw must be in [0, 1), got ${input.sampleDraw}`);
  const { settings } = input;
  const evidence = {
    customer: detectSensitivity(input.customerText, 'customer'),
    draft: detectSensitivity(input.draft.text, 'draft'),
    claims: findRiskyClaims(input.draft.text, input.contextTexts),
  };
  const review = (reasons: RoutingReason[]): RoutingDecision => ({ route: 'review', action: null, reasons, evidence });

  // Edge cases that reach a human whatever the level, one reason per kind of concern.
  const mustReview = concernReasons(evidence, input.draft.modelFlags);
  // A confidence the model did not give properly is no confidence at all.
  if (!isFraction(input.draft.confidence)) mustReview.push({ code: 'confidence-invalid' });
  if (settings.level === 1) return review([...mustReview, { code: 'every-draft-reviewed' }]);
  if (mustReview.length > 0) return review(mustReview);

  const language = languageCoverage(input.customerText);
  const missing = notRoutineReasons(input, language);
  if (missing.length > 0 || !language.covered) return review(missing);

  const action: DirectAction = settings.autoSend ? 'send-after-undo' : 'insert';
  const countdown: RoutingReason[] = settings.autoSend ? [{ code: 'countdown', seconds: settings.undoSeconds }] : [];
  // The evidence it acted on, for the audit log. Reaching here, nearest is a fraction (notRoutineReasons).
  const acted: RoutingReason = {
    code: 'acted',
    level: settings.level,
    confidence: input.draft.confidence,
    threshold: settings.confidenceThreshold,
    nearest: input.memory.nearestKnownSimilarity ?? 0,
    language: language.language,
  };
  if (settings.level === 3 && input.sampleDraw < settings.sampleRate) {
    const sampled: RoutingReason = { code: 'sampled', rate: settings.sampleRate, category: { id: settings.id, label: settings.label } };
    return { route: 'sample-later', action, reasons: [acted, ...countdown, sampled], evidence };
  }
  return { route: action, action, reasons: [acted, ...countdown], evidence };
}
