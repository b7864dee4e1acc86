import { foldText } from '../../memory/embedding/offline/text-normalisation';

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

/**
 * Typos are forgiven in words of three letters or more ("bil" for "bill",
 * "efes" for "fees"): shorter tokens are one edit from too many words. What
 * stops a real word being read as a misspelt keyword is not length but the
 * real-word list the matcher is given (real-words.ts): "policy" is never a
 * misspelt "police", whatever its length.
 */
export const MIN_TYPO_LENGTH = 3;

/**
 * Two words run together ("cancellationcharge", "tocontact") are read as the
 * keyword at the end when the keyword has at least this many letters and
 * something of at least MIN_JOINED_HEAD letters stands before it.
 */
export const MIN_JOINED_KEYWORD_LENGTH = 4;
export const MIN_JOINED_HEAD = 2;

/**
 * One word of a keyword phrase: `refund*` matches words starting with
 * "refund", `fee` only the word itself. Either also matches a word one typo
 * away (an insertion, deletion, substitution or swap of neighbours, anywhere
 * in the word) and a word that ends in the keyword run together with the one
 * before it.
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
export const STEM_ENDINGS: ReadonlySet<string> = new Set([
  '', 'a', 'al', 'able', 'ar', 'as', 'ation', 'ations', 'd', 'e', 'ed', 'ement', 'ements', 'en', 'er', 'ers', 'es',
  'ication', 'ied', 'ies', 'ing', 'ings', 'ion', 'ions', 'ly', 'ment', 'ments', 'o', 'os', 's', 't', 'ung', 'y', 'ying',
]);

/** Whether `token` is the pattern's word as a whole word, or starts with its stem. */
function isExactly(pattern: WordPattern, token: string): boolean {
  return pattern.prefix ? token.startsWith(pattern.word) : token === pattern.word;
}

/**
 * Whether `token` is a form of the pattern's word: the word itself, or its
 * stem followed by an ending. "contatc" starts with Portuguese "contat*" but
 * is no form of it, so it may still be a misspelt "contact".
 */
export function isFormOf(pattern: WordPattern, token: string): boolean {
  return pattern.prefix ? token.startsWith(pattern.word) && STEM_ENDINGS.has(token.slice(pattern.word.length)) : token === pattern.word;
}

/**
 * At three letters or fewer, one substituted or lost first letter turns a
 * word into another one far too often ("ste" is no "sue", "deo" no "ceo",
 * "elp" a lost "help", not "yelp"): there only a dropped, doubled or swapped
 * letter after the first counts ("bil" for "bill", "fes" for "fees").
 */
export const SHORT_WORD_LENGTH = 3;

function isSubstitution(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) differences += 1;
  return differences === 1;
}

function isTypoOf(misspelt: string, word: string): boolean {
  if (!withinOneEdit(misspelt, word)) return false;
  if (Math.min(misspelt.length, word.length) > SHORT_WORD_LENGTH) return true;
  return misspelt[0] === word[0] && !isSubstitution(misspelt, word);
}

const formsByStem = new Map<string, readonly string[]>();
const formsByStemAndLength = new Map<string, ReadonlyMap<number, readonly string[]>>();

/**
 * A stem's whole words: the stem with each of STEM_ENDINGS, and with its last
 * letter doubled before an ending, as English spells "cancel-l-ation" and
 * "chat-t-ing". A slip may fall in the ending or across the seam ("deleiton",
 * "talikng", "catting"), so a misspelt stem is measured against these too.
 */
export function formsOf(stem: string): readonly string[] {
  let forms = formsByStem.get(stem);
  if (!forms) {
    const doubled = stem + stem.slice(-1);
    forms = [...new Set([...STEM_ENDINGS].flatMap((ending) => (ending === '' ? [stem] : [stem + ending, doubled + ending])))];
    formsByStem.set(stem, forms);
  }
  return forms;
}

/** The forms of a stem a token of this length may be one slip from: those a letter shorter, as long, or a letter longer. */
function formsNear(stem: string, length: number): readonly string[] {
  let byLength = formsByStemAndLength.get(stem);
  if (!byLength) {
    const grouped = new Map<number, string[]>();
    for (const form of formsOf(stem)) {
      for (const near of [form.length - 1, form.length, form.length + 1]) grouped.set(near, [...(grouped.get(near) ?? []), form]);
    }
    byLength = grouped;
    formsByStemAndLength.set(stem, byLength);
  }
  return byLength.get(length) ?? [];
}

const longWordsByPattern = new Map<string, ReadonlyMap<number, readonly string[]>>();

/** The pattern's whole words of MIN_TWO_EDIT_LENGTH letters or more that a token of this length may be two slips from. */
function longWordsNear(pattern: WordPattern, length: number): readonly string[] {
  const key = pattern.prefix ? `${pattern.word}*` : pattern.word;
  let byLength = longWordsByPattern.get(key);
  if (!byLength) {
    const grouped = new Map<number, string[]>();
    for (const form of pattern.prefix ? formsOf(pattern.word) : [pattern.word]) {
      if (form.length < MIN_TWO_EDIT_LENGTH) continue;
      for (let near = form.length - 2; near <= form.length + 2; near += 1) grouped.set(near, [...(grouped.get(near) ?? []), form]);
    }
    byLength = grouped;
    longWordsByPattern.set(key, byLength);
  }
  return byLength.get(length) ?? [];
}

const lettersByWord = new Map<string, number>();

/** The letters a to z a word holds, as bits (other letters share one). */
function letterSet(word: string): number {
  let letters = 0;
  for (let index = 0; index < word.length; index += 1) letters |= 1 << Math.min(Math.max(word.charCodeAt(index) - 97, 0), 26);
  return letters;
}

/**
 * Whether the token lacks at most one of the keyword's letters, which one
 * slip needs: a quick test that spares the edit comparisons for nearly every
 * word of a message against nearly every keyword.
 */
function lacksAtMostOneLetter(word: string, token: string): boolean {
  let letters = lettersByWord.get(word);
  if (letters === undefined) {
    letters = letterSet(word);
    lettersByWord.set(word, letters);
  }
  const missing = letters & ~letterSet(token);
  return (missing & (missing - 1)) === 0;
}

function isOneTypoAway(pattern: WordPattern, token: string): boolean {
  const { word, prefix } = pattern;
  if (!lacksAtMostOneLetter(word, token)) return false;
  if (!prefix) return isTypoOf(token, word);
  // A misspelt stem may be a letter shorter or longer than the stem itself: "refnd-s", "reffund-ed".
  const stemSlip = [word.length - 1, word.length, word.length + 1].some(
    (length) => length <= token.length && STEM_ENDINGS.has(token.slice(length)) && isTypoOf(token.slice(0, length), word),
  );
  return stemSlip || formsNear(word, token.length).some((form) => isTypoOf(token, form));
}

/**
 * Inside a keyword phrase whose other words are all written out ("cancellation
 * ee", "termination tees"), the phrase itself says which word was meant, so
 * any one edit counts there, even in a real or two-letter word.
 */
export const MIN_IN_PHRASE_TYPO_LENGTH = 2;

export function isTypoInPhrase(pattern: WordPattern, token: string): boolean {
  const { word, prefix } = pattern;
  if (token.length < MIN_IN_PHRASE_TYPO_LENGTH || !lacksAtMostOneLetter(word, token)) return false;
  if (!prefix) return withinOneEdit(token, word);
  const stemSlip = [word.length - 1, word.length, word.length + 1].some(
    (length) => length <= token.length && STEM_ENDINGS.has(token.slice(length)) && withinOneEdit(token.slice(0, length), word),
  );
  return stemSlip || formsNear(word, token.length).some((form) => withinOneEdit(token, form));
}

const letterCounts = new Int32Array(64);

/**
 * Letters of one word missing from the other, the larger way round, counted
 * in 64 buckets: never more than the edit distance (letters sharing a bucket
 * only lower it), and cheap.
 */
function bagDistance(a: string, b: string): number {
  for (let index = 0; index < a.length; index += 1) letterCounts[a.charCodeAt(index) & 63]! += 1;
  for (let index = 0; index < b.length; index += 1) letterCounts[b.charCodeAt(index) & 63]! -= 1;
  let surplus = 0;
  for (let index = 0; index < a.length; index += 1) {
    const bucket = a.charCodeAt(index) & 63;
    if (letterCounts[bucket]! > 0) surplus += letterCounts[bucket]!;
    letterCounts[bucket] = 0;
  }
  for (let index = 0; index < b.length; index += 1) letterCounts[b.charCodeAt(index) & 63] = 0;
  // Equal lengths give equal surplus and deficit; otherwise the deficit is the surplus less the difference.
  return Math.max(surplus, surplus - (a.length - b.length));
}

/**
 * Optimal-string-alignment distance ≤ 2 (two insertions, deletions,
 * substitutions or swaps of neighbours). It runs only beside the other half
 * of a pair already read, never over every word, after a letter count has
 * ruled out most words.
 */
export function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2 || bagDistance(a, b) > 2) return false;
  const width = b.length + 1;
  const rows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  for (let j = 0; j < width; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i % 3]!;
    const previous = rows[(i - 1) % 3]!;
    const beforePrevious = rows[(i + 1) % 3]!;
    row[0] = i;
    let best = i;
    for (let j = 1; j < width; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let distance = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, beforePrevious[j - 2]! + 1);
      row[j] = distance;
      if (distance < best) best = distance;
    }
    if (best > 2) return false;
  }
  return rows[a.length % 3]![b.length]! <= 2;
}

/**
 * Whole words at least this long may carry two slips where the other half of
 * a pair is read: "contcatig an assistant", "update my delivery axdresxs".
 */
export const MIN_TWO_EDIT_LENGTH = 7;
/**
 * A keyword run together with a short word before it ("to", "my", "the") may
 * carry a slip of its own from this length: "tocohtact", "toxpeak".
 */
export const MIN_JOINED_TYPO_LENGTH = 5;
const MAX_JOINED_TYPO_HEAD = 3;

/**
 * The readings kept for a word beside the other half of a pair, which says
 * what was meant: two slips in a long word, or a misspelt keyword run
 * together with the word before it. Never on its own: "amount" is two edits
 * from "account", and the real-word lists keep such words themselves.
 */
export function isLooseTypo(pattern: WordPattern, token: string): boolean {
  const long = longWordsNear(pattern, token.length).some((form) => withinTwoEdits(token, form));
  if (long) return true;
  if (pattern.word.length < MIN_JOINED_TYPO_LENGTH) return false;
  for (let head = MIN_JOINED_HEAD; head <= MAX_JOINED_TYPO_HEAD && token.length - head >= pattern.word.length - 1; head += 1) {
    if (isOneTypoAway(pattern, token.slice(head))) return true;
  }
  return false;
}

/** "cancellationcharge" ends in "charge", "tocontact" in "contact…". */
function endsInKeyword(pattern: WordPattern, token: string): boolean {
  const { word, prefix } = pattern;
  if (word.length < MIN_JOINED_KEYWORD_LENGTH) return false;
  if (!prefix) return token.length >= word.length + MIN_JOINED_HEAD && token.endsWith(word);
  for (let at = token.indexOf(word, MIN_JOINED_HEAD); at !== -1; at = token.indexOf(word, at + 1)) {
    if (STEM_ENDINGS.has(token.slice(at + word.length))) return true;
  }
  return false;
}

/**
 * How far a token may be from a keyword: `typos` is false for a keyword
 * itself ("change" is no misspelt "charge"), `joined` for a real word
 * ("discharge" is no run-together "charge"); both are false for a real word
 * one edit from a keyword ("policy" is not "police"). Both sides need
 * MIN_TYPO_LENGTH letters for a typo. `formsOnly` (for a stem of another
 * language's list and a real English word) takes only the stem's own forms:
 * Portuguese "custo*" is not "customer".
 */
export interface Leeway {
  typos: boolean;
  joined: boolean;
}

export function matchWord(pattern: WordPattern, token: string, leeway: Leeway | false, formsOnly = false): WordMatch | null {
  if (formsOnly ? isFormOf(pattern, token) : isExactly(pattern, token)) return 'exact';
  if (!leeway || pattern.word.length < MIN_TYPO_LENGTH || token.length < MIN_TYPO_LENGTH) return null;
  if (leeway.typos && isOneTypoAway(pattern, token)) return 'typo';
  return leeway.joined && endsInKeyword(pattern, token) ? 'typo' : null;
}
