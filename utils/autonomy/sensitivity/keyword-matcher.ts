import type { SensitivityKind } from './sensitivity';
import {
  MIN_IN_PHRASE_TYPO_LENGTH,
  SENTENCE_BREAK,
  SHORT_WORD_LENGTH,
  isFormOf,
  isLooseTypo,
  isTypoInPhrase,
  matchWord,
  parseWordPattern,
  tokenize,
  withinOneEdit,
  type Leeway,
  type WordPattern,
  type WordToken,
} from './words';

/**
 * Phrases in which a keyword means something else: "close to" (near, not
 * shut), "in charge" (responsible, not billed). A keyword found inside one of
 * these does not count.
 */
interface OtherSenses {
  notIn?: readonly string[];
  /**
   * The language of the list the rule comes from (ISO 639-1); none for the
   * base rules, which are read in every message.
   */
  language?: string;
}

/** Any of these phrases is the topic: "refund*", "money back". */
export interface PhraseRule extends OtherSenses {
  kind: SensitivityKind;
  topic: string;
  phrases: readonly string[];
}

export interface PhraseGroup extends OtherSenses {
  label: string;
  phrases: readonly string[];
  /**
   * Particles that make a short verb a phrasal one: { set: 'up' }. With the
   * particle later in the clause and the object written out, the verb is
   * read with any one edit ("sdt another shipping address up").
   */
  particles?: Readonly<Record<string, string>>;
}

interface CompiledGroup {
  label: string;
  phrases: CompiledPhrase[];
  notIn: CompiledPhrase[];
  particles: Readonly<Record<string, string>>;
}

/**
 * An action near an object, in either order and within one sentence:
 * "delete … account", "account deletion", "speak to a human". Neither word
 * is sensitive alone.
 */
export interface PairRule {
  kind: SensitivityKind;
  language?: string;
  actions: readonly PhraseGroup[];
  objects: readonly PhraseGroup[];
  /** Most words allowed between the two. */
  window: number;
  topic(action: string, object: string): string;
}

export interface KeywordHit {
  kind: SensitivityKind;
  topic: string;
  start: number;
  end: number;
  /** The keywords a misspelt word was read as ("refund" for "refnd"). */
  readAs: string[];
}

interface PhraseMatch {
  first: number;
  last: number;
  readAs: string[];
}

type CompiledPhrase = readonly WordPattern[];

const compile = (phrases: readonly string[]): CompiledPhrase[] =>
  phrases.map((phrase) => phrase.split(/\s+/).map(parseWordPattern));

/** A word of the text, which languages' real-word lists hold it, and which sentence it is in. */
interface Candidate {
  token: WordToken;
  /**
   * The lists of which it is a keyword itself (a language, or BASE_RULES for
   * the base rules): never read as a misspelling of another keyword of those
   * ("change" is not "charge"), but Portuguese "contat" may be a misspelt
   * English "contact" where Portuguese is not read.
   */
  keywordIn: readonly string[];
  realIn: readonly string[];
  sentence: number;
}

function candidates(text: string, keywordListsOf: (folded: string) => string[], realWords: RealWords): Candidate[] {
  let sentence = 0;
  let previousEnd = 0;
  const languages = Object.keys(realWords);
  return tokenize(text).map((token) => {
    if (SENTENCE_BREAK.test(text.slice(previousEnd, token.start))) sentence += 1;
    previousEnd = token.end;
    const realIn = languages.filter((language) => realWords[language]!.has(token.folded));
    return { token, keywordIn: keywordListsOf(token.folded), realIn, sentence };
  });
}

/**
 * How a rule may read the words: with typos or exactly; which languages'
 * real words stay themselves against it (English, the rule's own and the
 * message's: "Kasten" is no misspelt German "Kosten", French "charte" no
 * misspelt "charge" in a French message); and whether a real word of another
 * language than the rule's must be one of its stems' own forms (Portuguese
 * "custo*" is not "customer"). Not every word of such a list: the endings
 * words.ts knows miss many ("istruzion-i").
 */
interface Reading {
  typos: boolean;
  language: string | undefined;
  realLanguages: ReadonlySet<string>;
  /** Whether one word of a phrase may be any typo when the rest is read; never for other senses ("close my" is no "close by"). */
  inPhrase: boolean;
  /** Letters the rest of a phrase must hold for that: fewer for a pair's halves, which the other half confirms ("change my user dat"). */
  contextLetters: number;
  /**
   * Whether two slips, or a slip in a run-together keyword, may be read: only
   * for English lists in a message not known to be in another language, as
   * only English has a word list wide enough to keep the real words two edits
   * from a keyword themselves (Portuguese "demorando" is no misspelt action).
   */
  loose: boolean;
}

function leewayOf(word: Candidate, reading: Reading): Leeway {
  const real = word.realIn.some((language) => reading.realLanguages.has(language));
  const keyword = word.keywordIn.some((list) => list === BASE_RULES || reading.realLanguages.has(list));
  return { typos: !real && !keyword, joined: !real };
}

/** A real word of a language other than the rule's, among those the reading heeds. */
function isForeignTo(word: Candidate, reading: Reading): boolean {
  const ruleLanguage = reading.language;
  return ruleLanguage !== undefined && word.realIn.some((language) => language !== ruleLanguage && reading.realLanguages.has(language));
}

/** A phrase's other words must hold this many letters for one word of it to be read with any typo. */
const MIN_PHRASE_CONTEXT_LETTERS = 5;
/** The same for a half of a pair, whose other half must be read too. */
const MIN_PAIR_PHRASE_CONTEXT_LETTERS = 4;

function matchPhraseAt(words: readonly Candidate[], at: number, phrase: CompiledPhrase, reading: Reading): PhraseMatch | null {
  const readAs: string[] = [];
  const misses: number[] = [];
  for (const [offset, pattern] of phrase.entries()) {
    const word = words[at + offset];
    if (!word || word.sentence !== words[at]!.sentence) return null;
    const match = matchWord(pattern, word.token.folded, reading.typos && leewayOf(word, reading), isForeignTo(word, reading));
    if (match === 'typo') readAs.push(pattern.word);
    else if (!match) misses.push(offset);
  }
  if (misses.length === 0) return { first: at, last: at + phrase.length - 1, readAs };
  // One word off in a phrase whose other words are read, as written or misspelt: "cancellation ee" is the phrase
  // "cancellation fee", "ppersonal nfo" the phrase "personal info".
  if (!reading.typos || !reading.inPhrase || misses.length > 1 || phrase.length < 2) return null;
  const missed = misses[0]!;
  const context = phrase.reduce((letters, pattern, offset) => (offset === missed ? letters : letters + pattern.word.length), 0);
  if (context < reading.contextLetters || !isTypoInPhrase(phrase[missed]!, words[at + missed]!.token.folded)) return null;
  return { first: at, last: at + phrase.length - 1, readAs: [...readAs, phrase[missed]!.word] };
}

function findPhrases(words: readonly Candidate[], phrases: readonly CompiledPhrase[], notIn: readonly CompiledPhrase[], reading: Reading): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (let at = 0; at < words.length; at += 1) {
    for (const phrase of phrases) {
      const match = matchPhraseAt(words, at, phrase, reading);
      if (match) found.push(match);
    }
  }
  if (notIn.length === 0 || found.length === 0) return found;
  const otherSenses = findPhrases(words, notIn, [], { ...reading, inPhrase: false });
  return found.filter((match) => !otherSenses.some((other) => other.first <= match.first && match.last <= other.last));
}

function hitFrom(words: readonly Candidate[], kind: SensitivityKind, topic: string, first: number, last: number, readAs: string[]): KeywordHit {
  return { kind, topic, start: words[first]!.token.start, end: words[last]!.token.end, readAs };
}

/**
 * Endings a misspelt action beside a written object may carry: verb and noun
 * forms only, so "diting" is "edit-ing" and "remvals" "remov-als" while
 * "want" stays no "warn-t".
 */
const LENIENT_ENDINGS: readonly string[] = ['', 's', 'es', 'ed', 'ing', 'al', 'als', 'ion', 'ions'];

/** The word less each ending it may carry: the whole word for a word pattern, every LENIENT_ENDINGS cut for a stem. */
const lenientStems = (pattern: WordPattern, folded: string): string[] =>
  LENIENT_ENDINGS.filter((ending) => (ending === '' || pattern.prefix) && folded.endsWith(ending)).map((ending) => folded.slice(0, folded.length - ending.length));

/**
 * Whether the word at `at` is one edit from the action `pattern` (a stem
 * with one of LENIENT_ENDINGS). At three letters or fewer the first letter
 * stays and nothing is substituted ("get rid" is no "set"), unless the first
 * letter is all that is lost and what is left is no real word ("dit the
 * shipping address"), or the verb's particle follows in the clause ("sdt a
 * different shipping address up").
 */
function isLenientAction(words: readonly Candidate[], at: number, pattern: WordPattern, particle: string | undefined, reading: Reading): boolean {
  const word = words[at]!;
  const folded = word.token.folded;
  const keyword = pattern.word;
  return lenientStems(pattern, folded).some((stem) => {
    if (stem.length < MIN_IN_PHRASE_TYPO_LENGTH || !withinOneEdit(stem, keyword)) return false;
    if (Math.min(stem.length, keyword.length) > SHORT_WORD_LENGTH) return true;
    if (stem[0] === keyword[0] && stem.length !== keyword.length) return true;
    if (stem === keyword.slice(1) && !word.realIn.some((language) => reading.realLanguages.has(language))) return true;
    return particle !== undefined && words.some((other, index) => index > at && other.sentence === word.sentence && other.token.folded === particle);
  });
}

/** Below this many letters neither side of a pair is read as a misspelt object beside a matched action. */
const MIN_LENIENT_OBJECT_LETTERS = 4;

/** A misspelt object must hold this many letters of its keywords to vouch for a misspelt action beside it ("tal to an agetn"). */
const MIN_MISSPELT_OBJECT_LETTERS = 5;

function keywordLetters(words: readonly Candidate[], match: PhraseMatch): number {
  let letters = 0;
  for (let at = match.first; at <= match.last; at += 1) letters += words[at]!.token.folded.length;
  return Math.max(letters, match.readAs.reduce((sum, word) => sum + word.length, 0));
}

/**
 * Whether a word may take a loose reading (two slips, or a slip run together
 * with the word before it: words.ts, isLooseTypo): no real word, no keyword
 * of a list read alongside, and long enough to tell.
 */
function mayReadLoosely(word: Candidate, reading: Reading): boolean {
  return reading.loose && word.token.folded.length >= MIN_LENIENT_OBJECT_LETTERS && leewayOf(word, reading).typos;
}

/**
 * A pair's object ("shipping address", "an agent") says which act a one-word
 * action beside it is, as a phrase's other words do: there the action is read
 * with any one edit, even a short or real word ("st another shipping address
 * up", "tal to an agent"), or, if it is no real word, with two slips or run
 * together with the word before it ("contcatig an assistant", "tocohtact a
 * person"). The object must hold MIN_PHRASE_CONTEXT_LETTERS letters as
 * written, or MIN_MISSPELT_OBJECT_LETTERS of keyword misspelt: the two
 * halves, each one slip off, still say the same thing ("tal to an agetn",
 * "dit my ccount").
 */
function actionsBesideObjects(
  words: readonly Candidate[],
  group: CompiledGroup,
  objects: readonly PhraseMatch[],
  window: number,
  found: readonly PhraseMatch[],
  reading: Reading,
): PhraseMatch[] {
  const written = objects.filter((object) =>
    keywordLetters(words, object) >= (object.readAs.length === 0 ? MIN_PHRASE_CONTEXT_LETTERS : MIN_MISSPELT_OBJECT_LETTERS),
  );
  if (written.length === 0) return [];
  const { phrases } = group;
  const lenient: PhraseMatch[] = [];
  for (const object of written) {
    const from = Math.max(0, object.first - window - 1);
    const to = Math.min(words.length - 1, object.last + window + 1);
    for (let at = from; at <= to; at += 1) {
      if (at >= object.first && at <= object.last) continue;
      if (found.some((match) => match.first <= at && at <= match.last) || lenient.some((match) => match.first === at)) continue;
      const word = words[at]!;
      if (word.sentence !== words[object.first]!.sentence) continue;
      // An action written out was read above, or left out there for its other sense ("close to").
      if (phrases.some((phrase) => phrase.length === 1 && matchWord(phrase[0]!, word.token.folded, false) === 'exact')) continue;
      const loose = mayReadLoosely(word, reading);
      const pattern = phrases.find(
        (phrase) =>
          phrase.length === 1 &&
          (isLenientAction(words, at, phrase[0]!, group.particles[phrase[0]!.word], reading) || (loose && isLooseTypo(phrase[0]!, word.token.folded))),
      )?.[0];
      if (pattern) lenient.push({ first: at, last: at, readAs: [pattern.word] });
    }
  }
  return lenient;
}

/**
 * An action read (as written or misspelt) with no object in reach: a word
 * beside it one edit from a one-word object is read as that object, both
 * words of four letters or more ("takl to an gent"). A real word counts only
 * when a letter is lost or added ("gent" for "agent"), never substituted
 * ("old profit" is no "old profile"). A word that is no real word may also
 * take a loose reading ("cancelling an online acfocunt").
 */
function objectBesideAction(
  words: readonly Candidate[],
  groups: readonly CompiledGroup[],
  action: PhraseMatch,
  window: number,
  reading: Reading,
): { group: CompiledGroup; match: PhraseMatch } | null {
  let actionLetters = 0;
  for (let at = action.first; at <= action.last; at += 1) actionLetters += words[at]!.token.folded.length;
  if (actionLetters < MIN_LENIENT_OBJECT_LETTERS) return null;
  const sentence = words[action.first]!.sentence;
  const from = Math.max(0, action.first - window - 1);
  const to = Math.min(words.length - 1, action.last + window + 1);
  for (let at = action.last + 1; at <= to; at += 1) {
    const found = matchesAt(at);
    if (found) return found;
  }
  for (let at = action.first - 1; at >= from; at -= 1) {
    const found = matchesAt(at);
    if (found) return found;
  }
  return null;

  function matchesAt(at: number): { group: CompiledGroup; match: PhraseMatch } | null {
    const word = words[at]!;
    const folded = word.token.folded;
    if (word.sentence !== sentence || folded.length < MIN_LENIENT_OBJECT_LETTERS) return null;
    const real = word.realIn.some((language) => reading.realLanguages.has(language));
    // An object written out was read as one, or left out for its other sense ("we addressed the issue").
    if (groups.some((group) => group.phrases.some((phrase) => phrase.length === 1 && matchWord(phrase[0]!, folded, false) === 'exact'))) return null;
    const loose = mayReadLoosely(word, reading);
    for (const group of groups) {
      for (const phrase of group.phrases) {
        const pattern = phrase[0]!;
        if (phrase.length !== 1 || pattern.word.length < MIN_LENIENT_OBJECT_LETTERS) continue;
        const near = lenientStems(pattern, folded).some((stem) => withinOneEdit(stem, pattern.word) && (!real || stem.length !== pattern.word.length));
        if (near || (loose && isLooseTypo(pattern, folded))) return { group, match: { first: at, last: at, readAs: [pattern.word] } };
      }
    }
    return null;
  }
}

/** Every word of every phrase of the rules, as the matcher compares them. */
export function wordPatternsOf(phraseRules: readonly PhraseRule[], pairRules: readonly PairRule[]): WordPattern[] {
  const groups = pairRules.flatMap((rule) => [...rule.actions, ...rule.objects]);
  return [...phraseRules, ...groups].flatMap((rule) => compile(rule.phrases).flat());
}

/**
 * The languages whose lists are read with typos in a message: the message's
 * own. Unset, every list is ("new" is one typo from Dutch "nee" and Spanish
 * "ne", so an English message reads typos only against English words).
 * `language`, when the message's language is known, adds that language's
 * real words to those that stay themselves.
 */
export interface MatchOptions {
  typoLanguages?: ReadonlySet<string>;
  language?: string;
}

/** Real words per language (ISO 639-1): each is read as itself, never as a misspelt keyword. */
export type RealWords = Readonly<Record<string, ReadonlySet<string>>>;

/** The list name of the base rules, which carry no language and are read in every message. */
const BASE_RULES = 'base';

/** The language whose real words stay themselves in every message, as the base rules are English first. */
const ALWAYS_REAL_LANGUAGE = 'en';

/**
 * Compiles the rules once; the returned function finds every rule's hits in
 * a text. Any token one typo from a keyword is read as it, unless it is in
 * `realWords` or a form of a keyword itself: "policy" is not a misspelt
 * "police", "change" not "charge". A token one typo from a keyword and from
 * a real word ("chahge": change or charge) is read as the keyword: a wrong
 * alarm costs a review, a missed one a wrong reply.
 */
export function createKeywordMatcher(
  phraseRules: readonly PhraseRule[],
  pairRules: readonly PairRule[],
  realWords: RealWords,
): (text: string, options?: MatchOptions) => KeywordHit[] {
  const compiledPhrases = phraseRules.map((rule) => ({ rule, phrases: compile(rule.phrases), notIn: compile(rule.notIn ?? []) }));
  const readingOf = (language: string | undefined, options: MatchOptions): Reading => ({
    typos: language === undefined || !options.typoLanguages || options.typoLanguages.has(language),
    language,
    realLanguages: new Set([ALWAYS_REAL_LANGUAGE, language, options.language].filter((known) => known !== undefined)),
    inPhrase: true,
    contextLetters: MIN_PHRASE_CONTEXT_LETTERS,
    loose: (language ?? ALWAYS_REAL_LANGUAGE) === ALWAYS_REAL_LANGUAGE && (options.language ?? ALWAYS_REAL_LANGUAGE) === ALWAYS_REAL_LANGUAGE,
  });
  const compileGroups = (groups: readonly PhraseGroup[]) =>
    groups.map((group): CompiledGroup => ({ label: group.label, phrases: compile(group.phrases), notIn: compile(group.notIn ?? []), particles: group.particles ?? {} }));
  const compiledPairs = pairRules.map((rule) => ({ rule, actions: compileGroups(rule.actions), objects: compileGroups(rule.objects) }));
  // A keyword is read as itself, never as a misspelling of another of the lists read alongside: "change" is not "charge".
  const listsOf = (rule: { language?: string }) => rule.language ?? BASE_RULES;
  const patternsByList = new Map<string, WordPattern[]>();
  for (const rule of [...phraseRules, ...pairRules]) {
    const patterns = 'phrases' in rule ? wordPatternsOf([rule], []) : wordPatternsOf([], [rule]);
    patternsByList.set(listsOf(rule), [...(patternsByList.get(listsOf(rule)) ?? []), ...patterns]);
  }
  const keywordListsOf = (word: string) =>
    [...patternsByList].filter(([, patterns]) => patterns.some((pattern) => isFormOf(pattern, word))).map(([list]) => list);
  return (text, options = {}) => {
    const words = candidates(text, keywordListsOf, realWords);
    const hits: KeywordHit[] = [];
    for (const { rule, phrases, notIn } of compiledPhrases) {
      for (const match of findPhrases(words, phrases, notIn, readingOf(rule.language, options))) {
        hits.push(hitFrom(words, rule.kind, rule.topic, match.first, match.last, match.readAs));
      }
    }
    for (const { rule, actions, objects } of compiledPairs) {
      const reading = { ...readingOf(rule.language, options), contextLetters: MIN_PAIR_PHRASE_CONTEXT_LETTERS };
      const objectMatches = objects.flatMap((group) => findPhrases(words, group.phrases, group.notIn, reading).map((match) => ({ group, match })));
      for (const action of actions) {
        const found = findPhrases(words, action.phrases, action.notIn, reading);
        const lenient = reading.typos ? actionsBesideObjects(words, action, objectMatches.map(({ match }) => match), rule.window, found, reading) : [];
        for (const actionMatch of [...found, ...lenient]) {
          const gap = (other: PhraseMatch) =>
            other.first > actionMatch.last ? other.first - actionMatch.last - 1 : actionMatch.first - other.last - 1;
          // The nearest object; on a tie the one after the action ("change my email", not "account and change").
          const sameSentence = (other: PhraseMatch) => words[other.first]!.sentence === words[actionMatch.first]!.sentence;
          const nearest = objectMatches
            .filter(({ match }) => gap(match) >= 0 && gap(match) <= rule.window && sameSentence(match))
            .sort((a, b) => gap(a.match) - gap(b.match) || b.match.first - a.match.first)[0] ??
            (reading.typos ? objectBesideAction(words, objects, actionMatch, rule.window, reading) : null);
          if (!nearest) continue;
          const first = Math.min(actionMatch.first, nearest.match.first);
          const last = Math.max(actionMatch.last, nearest.match.last);
          const topic = rule.topic(action.label, nearest.group.label);
          hits.push(hitFrom(words, rule.kind, topic, first, last, [...actionMatch.readAs, ...nearest.match.readAs]));
        }
      }
    }
    return hits;
  };
}
