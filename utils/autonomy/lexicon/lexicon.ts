import type { PairRule, PhraseRule } from '../sensitivity/keyword-matcher';

/**
 * One language's share of the sensitivity word lists: plain data the keyword
 * matcher compiles (phrases and action–object pairs, written with accents as
 * people type them; matching folds them away), plus the short function words
 * that tell the language apart, so routing knows which messages the lists
 * can read at all.
 */
export interface Lexicon {
  /** ISO 639-1. */
  language: string;
  name: string;
  /** Articles, pronouns, prepositions, auxiliaries: frequent in any message of the language, rare in the others. */
  functionWords: readonly string[];
  phrases: readonly PhraseRule[];
  pairs: readonly PairRule[];
}

/** Pair topics read "account deletion", "password change" in every language. */
export const objectThenAction = (action: string, object: string): string => `${object} ${action}`;
export const objectOnly = (_action: string, object: string): string => object;
