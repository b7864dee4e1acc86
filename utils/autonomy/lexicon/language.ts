import { tokenize } from '../sensitivity/words';
import { LEXICONS } from './index';

/**
 * Whether a message is written in a language the word lists cover, told by
 * the function words every sentence of a language is made of ("der", "ist",
 * "mein"; "le", "est", "mon"). Not a general language identifier: it only
 * has to say "one of ours" or "not one of ours", and on two-line support
 * messages function words are the steadiest signal. When it cannot tell, the
 * answer is "not covered": routing fails closed.
 */

export type LanguageCoverage =
  | { covered: true; language: string; name: string }
  /** Why not, for the routing reason: another script, too few words to tell, or none of the lists' languages. */
  | { covered: false; problem: 'other-script' | 'too-short' | 'not-covered'; words: number };

/** Below this many words there is too little to tell a language by. */
const MIN_WORDS = 3;
/** A covered language needs at least this share of the words to be its function words… */
const MIN_FUNCTION_SHARE = 0.15;
/** …and at least this many. */
const MIN_FUNCTION_WORDS = 1;
/** Letters outside the Latin script above this share: a script none of the lists is written in. */
const MAX_OTHER_SCRIPT_SHARE = 0.2;

const FUNCTION_WORDS = LEXICONS.map((lexicon) => ({ lexicon, words: new Set(lexicon.functionWords) }));
const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

export function languageCoverage(text: string): LanguageCoverage {
  const letters = text.match(LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  const words = tokenize(text).filter((token) => /\p{L}/u.test(token.folded));
  if (letters > 0 && (letters - latin) / letters > MAX_OTHER_SCRIPT_SHARE) return { covered: false, problem: 'other-script', words: words.length };
  if (words.length < MIN_WORDS) return { covered: false, problem: 'too-short', words: words.length };
  const scored = FUNCTION_WORDS.map(({ lexicon, words: functionWords }) => ({
    lexicon,
    hits: words.filter((word) => functionWords.has(word.folded)).length,
  })).sort((a, b) => b.hits - a.hits);
  const best = scored[0]!;
  const needed = Math.max(MIN_FUNCTION_WORDS, Math.ceil(MIN_FUNCTION_SHARE * words.length));
  if (best.hits < needed) return { covered: false, problem: 'not-covered', words: words.length };
  return { covered: true, language: best.lexicon.language, name: best.lexicon.name };
}
