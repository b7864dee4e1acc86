/**
 * The safety evaluation, pure: every corpus message goes through the routing
 * policy at levels 1, 2 and 3 with auto-send on, a model sure of itself and
 * no sampling. Whatever reaches a human then does so because a check, the
 * language fallback or (in the memory scenario) the evidence of routine said
 * so, or, in the mock-flags scenario, because the model flagged it.
 *
 * Three scenarios:
 * - 'checks': the model flags nothing, and a known category and a close
 *   approved reply are supplied for every message — the deterministic checks
 *   alone, what holds whatever model a team points ReplyLoop at;
 * - 'mock-flags': the same plus the flags of the project's mock model
 *   (test/llm-server, the one the e2e suite drafts with), which reads a short
 *   English phrase list. It shows the flag path counted end to end, not what
 *   a real model would flag;
 * - 'memory': the model flags nothing, and the category and the closeness of
 *   routine approved replies are what a real correction memory says of the
 *   message (routine-memory.ts): the whole fail-closed rule;
 * - 'team-history': the same, with a team's own routine history in memory
 *   besides the Bitext replies (corpus/team-history.ts).
 */
import type { RoutingReason } from '@/utils/autonomy/reasons';
import { categorySettingsSchema, DEFAULT_TAXONOMY, findCategory } from '@/utils/autonomy/categories';
import { routeDraft, type RoutingDecision } from '@/utils/autonomy/routing';
import { detectFlags } from '@/test/llm-server/structured-output';
import type { LanguageCorpus, SafetyClass } from './corpus';

/** The scenarios whose memory is supplied, run on the corpus alone. */
export const SCENARIOS = ['checks', 'mock-flags'] as const;
/** The scenarios where a real correction memory says what it knows of a message: Bitext routine replies, and those plus a team's own history. */
export const MEMORY_SCENARIOS = ['memory', 'team-history'] as const;
export type MemoryScenario = (typeof MEMORY_SCENARIOS)[number];
export type Scenario = (typeof SCENARIOS)[number] | MemoryScenario;
const isMemoryScenario = (scenario: Scenario): scenario is MemoryScenario => (MEMORY_SCENARIOS as readonly string[]).includes(scenario);

/** What the model flags for a message in each scenario, spelt as the product's assessment schema spells kinds. */
const modelFlagsFor = (scenario: Scenario, text: string): string[] =>
  scenario === 'mock-flags' ? detectFlags(text).map((flag) => flag.replace(/_/g, '-')) : [];

/** What memory and the model's category say of a message: the category it is filed under, and how close a routine approved reply of that category is. */
export interface KnownMessage {
  category: string;
  nearestKnownSimilarity: number | null;
}

/** Supplied in the checks and mock-flags scenarios: every message a known question of a known category. */
const FAVOURABLE_MEMORY: KnownMessage = { category: 'orders', nearestKnownSimilarity: 0.9 };

export const LEVELS = [1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

/** A reply that is itself harmless, so only the customer's message decides. */
const NEUTRAL_REPLY = 'Thank you for your message. I have looked into it and will get back to you with the details shortly.';
const FAVOURABLE = { confidence: 0.95, sampleDraw: 0.99 } as const;

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
  /** The category and closeness it was routed with. */
  known: KnownMessage;
}

/** How the product routes a draft with a harmless reply to this customer message at this level. */
export function routeMessage(text: string, level: Level, known: KnownMessage, modelFlags: readonly string[] = []): RoutingDecision {
  return routeDraft({
    draft: { text: NEUTRAL_REPLY, category: known.category, confidence: FAVOURABLE.confidence, modelFlags },
    customerText: text,
    contextTexts: [text],
    settings: categorySettingsSchema.parse({ ...findCategory(DEFAULT_TAXONOMY, known.category), level, autoSend: true }),
    memory: { nearestKnownSimilarity: known.nearestKnownSimilarity },
    sampleDraw: FAVOURABLE.sampleDraw,
  });
}

/** What memory says of a message in the memory scenario; the other scenarios supply FAVOURABLE_MEMORY. */
export type KnownOf = (text: string) => KnownMessage;

export function routeCorpusMessage(language: string, safetyClass: SafetyClass, text: string, scenario: Scenario = 'checks', knownOf?: KnownOf): MessageOutcome {
  const modelFlags = modelFlagsFor(scenario, text);
  if (isMemoryScenario(scenario) && !knownOf) throw new Error(`the ${scenario} scenario needs what memory says of each message`);
  const known = isMemoryScenario(scenario) && knownOf ? knownOf(text) : FAVOURABLE_MEMORY;
  const decide = (level: Level) => routeMessage(text, level, known, modelFlags);
  const decisions = { 1: decide(1), 2: decide(2), 3: decide(3) };
  const reachedHuman = { 1: decisions[1].route === 'review', 2: decisions[2].route === 'review', 3: decisions[3].route === 'review' };
  const { reasons } = decisions[3];
  const onlyByLanguage = reachedHuman[3] && reasons.every((reason) => reason.code === 'language');
  return { language, class: safetyClass, text, reachedHuman, reasons, onlyByLanguage, known };
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

export function evaluateSafety(corpus: readonly LanguageCorpus[], scenario: Scenario = 'checks', knownOf?: KnownOf): SafetyReport {
  const outcomes = corpus.flatMap(({ language, messages }) =>
    messages.map((message) => routeCorpusMessage(language, message.class, message.text, scenario, knownOf)),
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

/**
 * What stopped each false alarm at level 3: the kind of its first concern
 * ("financial" for a question about invoices or ways to pay), else the code of
 * its first reason ("language"). Each alarm counts once, so the counts sum to
 * the false alarms.
 */
export function falseAlarmCauses(report: SafetyReport): Record<string, number> {
  const causes: Record<string, number> = {};
  for (const outcome of report.outcomes) {
    if (outcome.class !== 'benign' || !outcome.reachedHuman[3]) continue;
    const first = outcome.reasons.find((reason) => reason.code === 'concern') ?? outcome.reasons[0];
    const cause = !first ? 'none' : first.code === 'concern' ? first.kind : first.code;
    causes[cause] = (causes[cause] ?? 0) + 1;
  }
  return causes;
}

export const rate = (share: Share): number | null => (share.total === 0 ? null : share.reached / share.total);

/** Codes of the reasons that say a draft lacks evidence of routine (routing's notRoutineReasons) other than its language. */
const NOT_ROUTINE_CODES: ReadonlySet<string> = new Set(['new-question', 'unknown-category', 'low-confidence']);

export interface MemoryCatches {
  /** Sensitive messages the checks alone let act at level 3. */
  missedByChecks: number;
  /** Of those, stopped in the memory scenario, per reason code ('new-question', 'unknown-category'). */
  caught: Record<string, number>;
  caughtTotal: number;
}

/**
 * Of the sensitive messages the checks alone miss at level 3, how many the
 * evidence of routine stops instead. The two reports route the same corpus in
 * the same order; the model flags nothing in either, so whatever stops a miss
 * in the memory scenario is a missing piece of that evidence.
 */
export function memoryCatches(checks: SafetyReport, memory: SafetyReport): MemoryCatches {
  const result: MemoryCatches = { missedByChecks: 0, caught: {}, caughtTotal: 0 };
  checks.outcomes.forEach((outcome, at) => {
    if (outcome.class === 'benign' || outcome.reachedHuman[3]) return;
    const withMemory = memory.outcomes[at];
    if (withMemory?.text !== outcome.text) throw new Error('the two reports must route the same corpus in the same order');
    result.missedByChecks += 1;
    if (!withMemory.reachedHuman[3]) return;
    result.caughtTotal += 1;
    for (const code of new Set(withMemory.reasons.map((reason) => reason.code).filter((code) => NOT_ROUTINE_CODES.has(code)))) result.caught[code] = (result.caught[code] ?? 0) + 1;
  });
  return result;
}

export interface NearestSpread {
  /** Messages whose category holds no routine reply among the recalled ones. */
  none: number;
  median: number | null;
  max: number | null;
}

/** How close the nearest routine reply of each message's category was, sensitive messages apart from benign ones: how near the corpus comes to the novelty threshold. */
export function nearestSpread(report: SafetyReport): { sensitive: NearestSpread; benign: NearestSpread } {
  const spread = (benign: boolean): NearestSpread => {
    const known = report.outcomes.filter((outcome) => (outcome.class === 'benign') === benign).map((outcome) => outcome.known.nearestKnownSimilarity);
    const values = known.filter((value) => value !== null).sort((a, b) => a - b);
    return { none: known.length - values.length, median: values.length === 0 ? null : values[Math.floor(values.length / 2)]!, max: values.at(-1) ?? null };
  };
  return { sensitive: spread(false), benign: spread(true) };
}
