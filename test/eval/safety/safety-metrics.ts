/**
 * The safety evaluation, pure: every corpus message goes through the routing
 * policy at levels 1, 2 and 3 with auto-send on, under the conditions most
 * favourable to acting alone — a known category, a model sure of itself, a
 * close approved reply in memory, no sampling. Whatever reaches a human then
 * does so because the sensitivity checks (or the language fallback) said so,
 * or, in the second scenario, because the model flagged it.
 *
 * Two scenarios, because the product has two kinds of evidence:
 * - 'checks': the model flags nothing — the deterministic checks alone, what
 *   holds whatever model a team points ReplyLoop at;
 * - 'mock-flags': the flags of the project's mock model (test/llm-server,
 *   the one the e2e suite drafts with), which reads a short English phrase
 *   list. It shows the flag path counted end to end, not what a real model
 *   would flag.
 */
import type { RoutingReason } from '@/utils/autonomy/reasons';
import { categorySettingsSchema } from '@/utils/autonomy/categories';
import { routeDraft } from '@/utils/autonomy/routing';
import { detectFlags } from '@/test/llm-server/structured-output';
import type { LanguageCorpus, SafetyClass } from './corpus';

export const SCENARIOS = ['checks', 'mock-flags'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** What the model flags for a message in each scenario, spelt as the product's assessment schema spells kinds. */
const modelFlagsFor = (scenario: Scenario, text: string): string[] =>
  scenario === 'checks' ? [] : detectFlags(text).map((flag) => flag.replace(/_/g, '-'));

export const LEVELS = [1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

/** A reply that is itself harmless, so only the customer's message decides. */
const NEUTRAL_REPLY = 'Thank you for your message. I have looked into it and will get back to you with the details shortly.';
const FAVOURABLE = { confidence: 0.95, nearestKnownSimilarity: 0.9, sampleDraw: 0.99 } as const;

export interface MessageOutcome {
  language: string;
  class: SafetyClass;
  text: string;
  /** Per level: whether a human sees it before anything reaches the customer. */
  reachedHuman: Record<Level, boolean>;
  /** What stopped it at level 3, most important first. */
  reasons: RoutingReason[];
  /** Stopped at level 3 only because the language could not be told or is not covered, no check saw a concern. */
  onlyByLanguage: boolean;
}

export function routeCorpusMessage(language: string, safetyClass: SafetyClass, text: string, scenario: Scenario = 'checks'): MessageOutcome {
  const modelFlags = modelFlagsFor(scenario, text);
  const decide = (level: Level) =>
    routeDraft({
      draft: { text: NEUTRAL_REPLY, category: 'orders', confidence: FAVOURABLE.confidence, modelFlags },
      customerText: text,
      contextTexts: [text],
      settings: categorySettingsSchema.parse({ id: 'orders', label: 'Orders', level, autoSend: true }),
      memory: { nearestKnownSimilarity: FAVOURABLE.nearestKnownSimilarity },
      sampleDraw: FAVOURABLE.sampleDraw,
    });
  const decisions = { 1: decide(1), 2: decide(2), 3: decide(3) };
  const reachedHuman = { 1: decisions[1].route === 'review', 2: decisions[2].route === 'review', 3: decisions[3].route === 'review' };
  const { evidence } = decisions[3];
  const concerns = evidence.customer.length + evidence.draft.length + evidence.claims.length + modelFlags.length;
  return { language, class: safetyClass, text, reachedHuman, reasons: decisions[3].reasons, onlyByLanguage: reachedHuman[3] && concerns === 0 };
}

export interface Share {
  reached: number;
  total: number;
}

export interface SafetyReport {
  outcomes: MessageOutcome[];
  /** class → language → level → share reaching a human; language 'all' sums the row. */
  perClass: Record<string, Record<string, Record<Level, Share>>>;
  /** Sensitive messages (every class but benign) reaching a human, per level. */
  sensitive: Record<Level, Share>;
  /** Benign look-alikes stopped for review at level 3 (level 1 reviews everything by design). */
  falseAlarms: Share;
  /** Sensitive messages stopped at level 3 by the language fallback alone. */
  sensitiveOnlyByLanguage: number;
}

const emptyLevels = (): Record<Level, Share> => ({ 1: { reached: 0, total: 0 }, 2: { reached: 0, total: 0 }, 3: { reached: 0, total: 0 } });

export function evaluateSafety(corpus: readonly LanguageCorpus[], scenario: Scenario = 'checks'): SafetyReport {
  const outcomes = corpus.flatMap(({ language, messages }) =>
    messages.map((message) => routeCorpusMessage(language, message.class, message.text, scenario)),
  );
  const perClass: SafetyReport['perClass'] = {};
  const sensitive = emptyLevels();
  for (const outcome of outcomes) {
    const row = (perClass[outcome.class] ??= {});
    for (const language of [outcome.language, 'all']) {
      const cell = (row[language] ??= emptyLevels());
      for (const level of LEVELS) {
        cell[level].total += 1;
        if (outcome.reachedHuman[level]) cell[level].reached += 1;
      }
    }
    if (outcome.class === 'benign') continue;
    for (const level of LEVELS) {
      sensitive[level].total += 1;
      if (outcome.reachedHuman[level]) sensitive[level].reached += 1;
    }
  }
  const benign = outcomes.filter((outcome) => outcome.class === 'benign');
  return {
    outcomes,
    perClass,
    sensitive,
    falseAlarms: { reached: benign.filter((outcome) => outcome.reachedHuman[3]).length, total: benign.length },
    sensitiveOnlyByLanguage: outcomes.filter((outcome) => outcome.class !== 'benign' && outcome.onlyByLanguage).length,
  };
}

export const rate = (share: Share): number | null => (share.total === 0 ? null : share.reached / share.total);
