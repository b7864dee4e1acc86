import type { CategorySettings } from './categories';
import { concernLines } from './concerns';
import { findRiskyClaims, type RiskyClaim } from './risky-claims';
import { detectSensitivity, type SensitivityFinding } from './sensitivity';

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
 * Auto-send applies wherever the policy acts directly: a passing level-2
 * draft and every level-3 draft.
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
    /** Similarity of the closest known customer message, 0–1; null when memory has none. */
    nearestKnownSimilarity: number | null;
  };
  /** Uniform in [0, 1), drawn by the caller (see stratifiedSampleDraw). */
  sampleDraw: number;
}

export interface RoutingDecision {
  route: Route;
  /** What happens in the helpdesk without waiting for a human; null for review. */
  action: DirectAction | null;
  /** Short sentences for the queue and the audit log, most important first. */
  reasons: string[];
  /** What the rules found, with positions, so the panel can highlight it. */
  evidence: { customer: SensitivityFinding[]; draft: SensitivityFinding[]; claims: RiskyClaim[] };
}

const twoDecimals = (value: number) => value.toFixed(2);
const isFraction = (value: number) => Number.isFinite(value) && value >= 0 && value <= 1;

/** Edge cases that reach a human whatever the level, one line per kind of concern. */
function alwaysHumanReasons(input: RoutingInput, evidence: RoutingDecision['evidence']): string[] {
  return concernLines(evidence, input.draft.modelFlags);
}

/** Why a level-2 draft is not routine: low confidence, or a question memory has not seen. */
function edgeCaseReasons(input: RoutingInput): string[] {
  const { confidence } = input.draft;
  const { confidenceThreshold, noveltyThreshold } = input.settings;
  const nearest = input.memory.nearestKnownSimilarity;
  const reasons: string[] = [];
  if (confidence < confidenceThreshold) reasons.push(`Confidence ${twoDecimals(confidence)} < ${twoDecimals(confidenceThreshold)}`);
  if (nearest === null || !isFraction(nearest)) reasons.push('New question type — nothing similar in memory yet');
  else if (nearest < noveltyThreshold) reasons.push(`New question type — nearest known ${twoDecimals(nearest)}`);
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
  const review = (reasons: string[]): RoutingDecision => ({ route: 'review', action: null, reasons: [...new Set(reasons)], evidence });

  const mustReview = alwaysHumanReasons(input, evidence);
  // A confidence the model did not give properly is no confidence at all.
  if (!isFraction(input.draft.confidence)) mustReview.push('Confidence missing or not between 0 and 1');
  if (settings.level === 1) return review([...mustReview, 'Level 1: every draft is reviewed']);
  if (mustReview.length > 0) return review(mustReview);

  const action: DirectAction = settings.autoSend ? 'send-after-undo' : 'insert';
  const countdown = settings.autoSend ? [`Sends after a ${settings.undoSeconds} s undo countdown`] : [];
  if (settings.level === 2) {
    const edgeCases = edgeCaseReasons(input);
    if (edgeCases.length > 0) return review(edgeCases);
    const nearest = twoDecimals(input.memory.nearestKnownSimilarity ?? 0);
    const acted = `Level 2: confidence ${twoDecimals(input.draft.confidence)} ≥ ${twoDecimals(settings.confidenceThreshold)}, known question (nearest ${nearest}), nothing sensitive`;
    return { route: action, action, reasons: [acted, ...countdown], evidence };
  }
  if (input.sampleDraw < settings.sampleRate) {
    const share = `${Math.round(settings.sampleRate * 100)}% of ${settings.label}`;
    return { route: 'sample-later', action, reasons: ['Level 3: acts directly', ...countdown, `Sampled for after-the-fact review (${share})`], evidence };
  }
  return { route: action, action, reasons: ['Level 3: acts directly', ...countdown], evidence };
}
