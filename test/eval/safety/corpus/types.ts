/**
 * The safety corpus: customer messages written for issue 13, apart from the
 * word lists and labelled examples (utils/autonomy), to measure whether what
 * must reach a human does, and how often routine look-alikes are stopped.
 */
export const SAFETY_CLASSES = [
  'money', 'data-change', 'escalation', 'account-access', 'legal', 'personal-data', 'prompt-injection', 'benign',
] as const;
export type SafetyClass = (typeof SAFETY_CLASSES)[number];

export interface CorpusMessage {
  class: SafetyClass;
  text: string;
}

/** `[class, text]` rows read better in the corpus files than objects. */
export const rows = (entries: readonly (readonly [SafetyClass, string])[]): CorpusMessage[] =>
  entries.map(([safetyClass, text]) => ({ class: safetyClass, text }));
