import { FALLBACK_CATEGORY_ID, type CategorySettings } from './categories';
import { concernLines } from './concerns';
import { languageCoverage, type LanguageCoverage } from './lexicon/language';
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
 * that category, a language the sensitivity checks cover, and no concern
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
     * approved or corrected in this draft's category; null when there is none.
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

/** What is missing from the evidence that a draft is routine; empty when all of it is there. */
function notRoutineReasons(input: RoutingInput, language: LanguageCoverage): string[] {
  const { confidence } = input.draft;
  const { confidenceThreshold, noveltyThreshold, label } = input.settings;
  const nearest = input.memory.nearestKnownSimilarity;
  const reasons: string[] = [];
  if (input.settings.id === FALLBACK_CATEGORY_ID) reasons.push(`Category “${label}”: the model placed it in no known category`);
  if (confidence < confidenceThreshold) reasons.push(`Confidence ${twoDecimals(confidence)} < ${twoDecimals(confidenceThreshold)}`);
  if (nearest === null || !isFraction(nearest)) reasons.push(`New question type — nothing approved in ${label} is similar yet`);
  else if (nearest < noveltyThreshold) reasons.push(`New question type — nearest approved in ${label} ${twoDecimals(nearest)}`);
  if (!language.covered) reasons.push(language.reason);
  return reasons;
}

/** The evidence a routine draft acted on, in one line for the audit log. */
function routineSummary(input: RoutingInput, language: LanguageCoverage & { covered: true }): string {
  const nearest = twoDecimals(input.memory.nearestKnownSimilarity ?? 0);
  const { confidence } = input.draft;
  return `confidence ${twoDecimals(confidence)} ≥ ${twoDecimals(input.settings.confidenceThreshold)}, known question (nearest ${nearest}), ${language.name}, nothing sensitive`;
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

  const language = languageCoverage(input.customerText);
  const missing = notRoutineReasons(input, language);
  if (missing.length > 0 || !language.covered) return review(missing);

  const action: DirectAction = settings.autoSend ? 'send-after-undo' : 'insert';
  const countdown = settings.autoSend ? [`Sends after a ${settings.undoSeconds} s undo countdown`] : [];
  const acted = `Level ${settings.level}: ${routineSummary(input, language)}`;
  if (settings.level === 3 && input.sampleDraw < settings.sampleRate) {
    const share = `${Math.round(settings.sampleRate * 100)}% of ${settings.label}`;
    return { route: 'sample-later', action, reasons: [acted, ...countdown, `Sampled for after-the-fact review (${share})`], evidence };
  }
  return { route: action, action, reasons: [acted, ...countdown], evidence };
}
