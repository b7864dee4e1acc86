/**
 * Light, language-aware text normalisation shared by the offline embedder,
 * edit classification and example de-duplication. Pure and deterministic.
 */

/** Lowercase, accents stripped ("café" → "cafe"), typographic apostrophes made plain. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'");
}

const IRREGULAR_NEGATIONS: Record<string, string> = { "can't": 'can not', "won't": 'will not', "shan't": 'shall not', "ain't": 'is not' };

/**
 * English contractions spelt out, so "can't", "cannot" and "can not" read the
 * same, and "I'm" does not leave a stray "m". Expects folded text.
 */
export function expandContractions(folded: string): string {
  return folded
    .replace(/\b(can|won|shan|ain)'t\b/g, (match) => IRREGULAR_NEGATIONS[match] ?? match)
    .replace(/\bcannot\b/g, 'can not')
    .replace(/n't\b/g, ' not')
    .replace(/'m\b/g, ' am')
    .replace(/'re\b/g, ' are')
    .replace(/'ll\b/g, ' will')
    .replace(/'ve\b/g, ' have')
    .replace(/'d\b/g, ' would')
    // "it's", "order's": the verb is a stop word and the possessive carries nothing.
    .replace(/'s\b/g, '');
}

/**
 * Chat spellings customers type, spelt out so they read as the words they
 * stand for ("dont" is "do not", "u" is "you").
 */
const CHAT_SPELLINGS: Record<string, string[]> = {
  dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'], cant: ['can', 'not'], couldnt: ['could', 'not'],
  wont: ['will', 'not'], isnt: ['is', 'not'], arent: ['are', 'not'], wasnt: ['was', 'not'], havent: ['have', 'not'],
  im: ['i', 'am'], ive: ['i', 'have'], youre: ['you', 'are'], u: ['you'], ya: ['you'], ur: ['your'], pls: ['please'],
  plz: ['please'], thx: ['thanks'], acct: ['account'],
};

/** Words customers write in one piece or two: joined, so "log in" is "login". */
const SPLIT_COMPOUNDS: ReadonlySet<string> = new Set(['log in', 'sign in', 'sign up', 'e mail', 'pass word', 'user name', 'check out', 'log on', 'any time']);

function joinCompounds(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const pair = `${words[index]} ${words[index + 1]}`;
    if (SPLIT_COMPOUNDS.has(pair)) {
      joined.push(pair.replace(' ', ''));
      index += 1;
    } else joined.push(words[index] ?? '');
  }
  return joined;
}

/** The words of a text: folded, contractions, chat spellings and split compounds undone; letters and digits only. */
export function wordsOf(text: string): string[] {
  const words = expandContractions(foldText(text)).match(/[\p{L}\p{N}]+/gu) ?? [];
  return joinCompounds(words.flatMap((word) => CHAT_SPELLINGS[word] ?? [word]));
}

/** Function words: they shape a sentence but rarely say what it is about. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then so than that this these those there here of to in on at by for with from into onto ' +
    'about as up out over under again very too also just only own same such both each few more most other some any ' +
    'all no nor i me my mine myself we us our ours you your yours he him his she her it its they them their what ' +
    'which who whom whose when where why how is am are was were be been being have has had having do does did doing ' +
    'will would shall should can could may might must ought let s t d ll m re ve y'
  ).split(' '),
);

const VOWEL = /[aeiouy]/;

function undouble(word: string): string {
  // "cancell" → "cancel", "shipp" → "ship" ("address" keeps its s, so it meets "addresses").
  return /([bcdfghjklmnpqrtvwx])\1$/.test(word) ? word.slice(0, -1) : word;
}

/** Suffixes stripped longest first; each keeps a stem of at least three letters with a vowel. */
const SUFFIXES = ['ization', 'isation', 'ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ness', 'ed', 'ies', 'es', 's'];

/**
 * A small suffix stripper, so "cancelled", "canceling" and "cancel" meet.
 * Not a full Porter stemmer: over-stemming would merge words support
 * language keeps apart ("order" and "ordinary"), and character n-grams cover
 * what it misses.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    if (suffix === 's' && /(ss|us|is)$/.test(word)) return word;
    let base = word.slice(0, -suffix.length);
    if (suffix === 'ies') base += 'y';
    if (base.length < 3 || !VOWEL.test(base)) continue;
    if (suffix === 'es' && !/(s|x|z|ch|sh)$/.test(base)) base = word.slice(0, -1);
    return undouble(dropFinalE(base));
  }
  // Undoubled with or without a suffix, so "bill" and "billed" meet.
  return undouble(dropFinalE(word));
}

function dropFinalE(word: string): string {
  // "change" and "changing" → "chang"; short words keep their e ("fee").
  return word.length > 4 && word.endsWith('e') ? word.slice(0, -1) : word;
}
