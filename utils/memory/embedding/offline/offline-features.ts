/**
 * The features of the offline embedder, hashed to 32 bits: stemmed words,
 * adjacent content-word pairs, character n-grams and letter-sorted keys of
 * each word. Pure and deterministic. No thesaurus: a synonym list written
 * while looking at one team's (or one data set's) messages fits those
 * messages and no others, and the figures showed it bought under a point.
 */
import { STOP_WORDS, stem, wordsOf } from './text-normalisation';

/**
 * Words that frame a support request rather than say what it is about
 * ("I need help with…", "could you please tell me…"). They are down-weighted,
 * not dropped: "help" alone is still a message about getting help.
 */
const REQUEST_WORDS: ReadonlySet<string> = new Set(
  (
    'help need want like wish please kindly assist assistance know tell trying try tried way possible able ' +
    'hi hello hey thanks thank ok okay someone somebody anybody anyone something information info sure one guys'
  ).split(' '),
);

/** How much each kind of word weighs, before the feature-class weights below. */
const WORD_WEIGHT = { stop: 0.15, request: 0.3, content: 1 } as const;

/**
 * Feature classes. Stemmed words carry the topic. Adjacent content-word pairs
 * keep some of the order a bag of words loses ("shipping address" vs "address
 * … shipping fee"). Character n-grams match typos and inflections the stemmer
 * misses ("adress", "cancelation"); letter-sorted keys match transpositions
 * ("refnud").
 */
const FEATURE_WEIGHT = { word: 1, pair: 0.6, chars: 0.9, anagram: 0.5 } as const;
const CHAR_GRAM_SIZES = [3, 4, 5] as const;
/** Shorter words have too few letters for a transposition to be told from another word. */
const MIN_ANAGRAM_LENGTH = 4;

type WordClass = keyof typeof WORD_WEIGHT;

function classify(word: string): WordClass {
  if (STOP_WORDS.has(word)) return 'stop';
  if (REQUEST_WORDS.has(word)) return 'request';
  return 'content';
}

/** FNV-1a, then a final mix so that the low bits (the bucket) and the top bit (the sign) are independent. */
export function hashFeature(feature: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < feature.length; index += 1) {
    value ^= feature.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  value ^= value >>> 16;
  value = Math.imul(value, 0x85ebca6b);
  value ^= value >>> 13;
  return value >>> 0;
}

interface WordFeatures {
  class: WordClass;
  stem: string;
  hashes: number[];
  weights: number[];
}

/**
 * A word's features do not depend on its text, and support messages reuse a
 * small vocabulary, so they are computed once per word. Bounded: cleared
 * when full rather than tracking recency, which costs nothing per lookup.
 */
const wordCache = new Map<string, WordFeatures>();
const WORD_CACHE_LIMIT = 50_000;

function featuresOfWord(word: string): WordFeatures {
  const cached = wordCache.get(word);
  if (cached) return cached;
  const wordClass = classify(word);
  const weight = WORD_WEIGHT[wordClass];
  const stemmed = stem(word);
  const features: WordFeatures = { class: wordClass, stem: stemmed, hashes: [], weights: [] };
  const add = (feature: string, featureWeight: number) => {
    features.hashes.push(hashFeature(feature));
    features.weights.push(featureWeight);
  };
  add(`w:${stemmed}`, FEATURE_WEIGHT.word * weight);
  if (wordClass === 'content' && word.length >= MIN_ANAGRAM_LENGTH) add(`a:${[...word].sort().join('')}`, FEATURE_WEIGHT.anagram);
  const marked = `<${word}>`;
  const grams = CHAR_GRAM_SIZES.flatMap((size) => Array.from({ length: Math.max(marked.length - size + 1, 0) }, (_, start) => marked.slice(start, start + size)));
  // Spread over the word's n-grams so a long word weighs no more than a short one.
  const gramWeight = (FEATURE_WEIGHT.chars * weight) / Math.sqrt(Math.max(grams.length, 1));
  for (const gram of grams) add(`c:${gram}`, gramWeight);
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(word, features);
  return features;
}

/** The text's features: 32-bit feature hash → summed weight (before damping). */
export function hashedFeatures(text: string): Map<number, number> {
  const features = new Map<number, number>();
  const add = (hash: number, weight: number) => features.set(hash, (features.get(hash) ?? 0) + weight);
  let previousContent: string | null = null;
  for (const word of wordsOf(text)) {
    const wordFeatures = featuresOfWord(word);
    wordFeatures.hashes.forEach((hash, index) => add(hash, wordFeatures.weights[index] ?? 0));
    if (wordFeatures.class !== 'content') continue;
    if (previousContent !== null) {
      add(hashFeature(`p:${previousContent} ${wordFeatures.stem}`), FEATURE_WEIGHT.pair);
    }
    previousContent = wordFeatures.stem;
  }
  return features;
}
