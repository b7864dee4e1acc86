import { foldText } from '../memory/text-normalisation';

/**
 * Words with their place in the original text, so a finding can point at
 * exactly what the customer or the draft said. Matching happens on the folded
 * form (lowercase, accents stripped: "Rückerstattung" → "ruckerstattung").
 */
export interface WordToken {
  folded: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

export function tokenize(text: string): WordToken[] {
  return [...text.matchAll(WORD)].map((match) => ({
    folded: foldText(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Where one sentence (or clause set off by a semicolon or line break) ends and the next begins. */
export const SENTENCE_BREAK = /[.!?;\n]/;

/** The index where the sentence holding `index` starts. */
export function sentenceStart(text: string, index: number): number {
  for (let at = index - 1; at >= 0; at -= 1) if (SENTENCE_BREAK.test(text[at]!)) return at + 1;
  return 0;
}

/**
 * Damerau-Levenshtein distance ≤ 1 (one insertion, deletion, substitution or
 * swap of neighbours), in linear time: this runs for every word of every
 * message, so no distance matrix.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Typos are only forgiven in words this long: shorter words collide with too many real ones. */
export const MIN_TYPO_LENGTH = 5;

/**
 * One word of a keyword phrase: `refund*` matches words starting with
 * "refund", `fee` only the word itself. Either also matches a word one typo
 * away when both are at least MIN_TYPO_LENGTH letters long.
 */
export interface WordPattern {
  word: string;
  prefix: boolean;
}

export function parseWordPattern(source: string): WordPattern {
  const prefix = source.endsWith('*');
  return { word: foldText(prefix ? source.slice(0, -1) : source), prefix };
}

export type WordMatch = 'exact' | 'typo';

/**
 * Endings a stem takes in the languages the rules cover. A misspelt stem must
 * end the word or be followed by one of these: "reimbursment" is a typo,
 * "restaurant" is not a misspelt "reset…".
 */
const STEM_ENDINGS: ReadonlySet<string> = new Set([
  '', 'a', 'al', 'able', 'ar', 'as', 'ation', 'ations', 'd', 'e', 'ed', 'ement', 'ements', 'en', 'er', 'ers', 'es',
  'ication', 'ied', 'ies', 'ing', 'ings', 'ion', 'ions', 'ly', 'ment', 'ments', 'o', 'os', 's', 't', 'ung', 'y', 'ying',
]);

/**
 * `typos` is false for a word known to mean something else ("policy" is not
 * a misspelt "police"): it only matches exactly. A typo keeps the first
 * letter: people rarely miss it, and words that differ there ("breach",
 * "teach" for "reach") are other words.
 */
export function matchWord(pattern: WordPattern, token: string, typos: boolean): WordMatch | null {
  const { word, prefix } = pattern;
  if (prefix ? token.startsWith(word) : token === word) return 'exact';
  if (!typos || word.length < MIN_TYPO_LENGTH || token.length < MIN_TYPO_LENGTH || token[0] !== word[0]) return null;
  if (!prefix) return withinOneEdit(token, word) ? 'typo' : null;
  // A misspelt stem may be a letter shorter or longer than the stem itself: "refnd-s", "reffund-ed".
  for (const length of [word.length - 1, word.length, word.length + 1]) {
    const head = token.slice(0, length);
    if (length <= token.length && STEM_ENDINGS.has(token.slice(length)) && endsLikeStem(head, word) && withinOneEdit(head, word)) {
      return 'typo';
    }
  }
  return null;
}

/**
 * Where a stem ends is where suffixes start, so an edit there is another word
 * more often than a typo: "prick" is not "price", "refuel" not "refund".
 * Only a swap of the last two letters is still read as a slip.
 */
function endsLikeStem(head: string, stem: string): boolean {
  return head.at(-1) === stem.at(-1) || (head.at(-1) === stem.at(-2) && head.at(-2) === stem.at(-1));
}
