import { LEXICONS } from '../autonomy/lexicon';
import { languageCoverage } from '../autonomy/lexicon/language';

/**
 * The customer's language and the agent's (#16). Detection is the function-word test routing
 * already uses (autonomy/lexicon/language.ts): no extra bytes in the worker, and on two-line
 * support messages function words are steadier than the character trigrams of general
 * identifiers. It knows only the languages the word lists cover, which are the ones the agent
 * may pick; a message it cannot place gets no label, and the model still replies in the
 * customer's language (the prompt says so).
 */

export interface Language {
  code: string;
  name: string;
}

/** The languages an agent may read drafts in: those detection can tell apart. */
export const AGENT_LANGUAGES: readonly Language[] = LEXICONS.map((lexicon) => ({ code: lexicon.language, name: lexicon.name }));
export const AGENT_LANGUAGE_CODES = AGENT_LANGUAGES.map((language) => language.code) as [string, ...string[]];

export function languageNamed(code: string): Language | null {
  return AGENT_LANGUAGES.find((language) => language.code === code) ?? null;
}

/** The customer's language when the message says it clearly enough; null otherwise. */
export function detectLanguage(text: string): Language | null {
  const coverage = languageCoverage(text);
  return coverage.covered ? { code: coverage.language, name: coverage.name } : null;
}

/** Whether the agent may need a translation to read a draft in this language (unknown counts as different). */
export function needsTranslation(customerLanguage: string | null | undefined, agentLanguage: string): boolean {
  return customerLanguage !== agentLanguage;
}
