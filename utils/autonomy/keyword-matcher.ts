import type { SensitivityKind } from './sensitivity';
import { SENTENCE_BREAK, matchWord, parseWordPattern, tokenize, type Leeway, type WordPattern, type WordToken } from './words';

/**
 * Phrases in which a keyword means something else: "close to" (near, not
 * shut), "in charge" (responsible, not billed). A keyword found inside one of
 * these does not count.
 */
interface OtherSenses {
  notIn?: readonly string[];
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
}

/**
 * An action near an object, in either order and within one sentence:
 * "delete … account", "account deletion", "speak to a human". Neither word
 * is sensitive alone.
 */
export interface PairRule {
  kind: SensitivityKind;
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

/** A word of the text, how far it may be read from a keyword, and which sentence it is in. */
interface Candidate {
  token: WordToken;
  leeway: Leeway;
  sentence: number;
}

function candidates(text: string, leewayOf: (folded: string) => Leeway): Candidate[] {
  let sentence = 0;
  let previousEnd = 0;
  return tokenize(text).map((token) => {
    if (SENTENCE_BREAK.test(text.slice(previousEnd, token.start))) sentence += 1;
    previousEnd = token.end;
    return { token, leeway: leewayOf(token.folded), sentence };
  });
}

function matchPhraseAt(words: readonly Candidate[], at: number, phrase: CompiledPhrase): PhraseMatch | null {
  const readAs: string[] = [];
  for (const [offset, pattern] of phrase.entries()) {
    const word = words[at + offset];
    if (word && word.sentence !== words[at]!.sentence) return null;
    const match = word ? matchWord(pattern, word.token.folded, word.leeway) : null;
    if (!match) return null;
    if (match === 'typo') readAs.push(pattern.word);
  }
  return { first: at, last: at + phrase.length - 1, readAs };
}

function findPhrases(words: readonly Candidate[], phrases: readonly CompiledPhrase[], notIn: readonly CompiledPhrase[] = []): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (let at = 0; at < words.length; at += 1) {
    for (const phrase of phrases) {
      const match = matchPhraseAt(words, at, phrase);
      if (match) found.push(match);
    }
  }
  if (notIn.length === 0 || found.length === 0) return found;
  const otherSenses = findPhrases(words, notIn);
  return found.filter((match) => !otherSenses.some((other) => other.first <= match.first && match.last <= other.last));
}

function hitFrom(words: readonly Candidate[], kind: SensitivityKind, topic: string, first: number, last: number, readAs: string[]): KeywordHit {
  return { kind, topic, start: words[first]!.token.start, end: words[last]!.token.end, readAs };
}

/** Every word of every phrase of the rules, as the matcher compares them. */
export function wordPatternsOf(phraseRules: readonly PhraseRule[], pairRules: readonly PairRule[]): WordPattern[] {
  const groups = pairRules.flatMap((rule) => [...rule.actions, ...rule.objects]);
  return [...phraseRules, ...groups].flatMap((rule) => compile(rule.phrases).flat());
}

/**
 * Compiles the rules once; the returned function finds every rule's hits in
 * a text. Any token one typo from a keyword is read as it, unless it is in
 * `realWords` or a keyword itself: "policy" is not a misspelt "police",
 * "change" not "charge". A token one typo from a keyword and from a real
 * word ("chahge": change or charge) is read as the keyword: a wrong alarm
 * costs a review, a missed one a wrong reply.
 */
export function createKeywordMatcher(
  phraseRules: readonly PhraseRule[],
  pairRules: readonly PairRule[],
  realWords: ReadonlySet<string>,
): (text: string) => KeywordHit[] {
  const compiledPhrases = phraseRules.map((rule) => ({ rule, phrases: compile(rule.phrases), notIn: compile(rule.notIn ?? []) }));
  const compileGroups = (groups: readonly PhraseGroup[]) =>
    groups.map((group) => ({ label: group.label, phrases: compile(group.phrases), notIn: compile(group.notIn ?? []) }));
  const compiledPairs = pairRules.map((rule) => ({ rule, actions: compileGroups(rule.actions), objects: compileGroups(rule.objects) }));
  const everyWordPattern = wordPatternsOf(phraseRules, pairRules);
  // A keyword is read as itself, never as a misspelling of another: "change" is not "charge".
  const isKeyword = (word: string) => everyWordPattern.some((pattern) => matchWord(pattern, word, false) === 'exact');
  const leewayOf = (folded: string): Leeway => {
    const real = realWords.has(folded);
    return { typos: !real && !isKeyword(folded), joined: !real };
  };

  return (text) => {
    const words = candidates(text, leewayOf);
    const hits: KeywordHit[] = [];
    for (const { rule, phrases, notIn } of compiledPhrases) {
      for (const match of findPhrases(words, phrases, notIn)) {
        hits.push(hitFrom(words, rule.kind, rule.topic, match.first, match.last, match.readAs));
      }
    }
    for (const { rule, actions, objects } of compiledPairs) {
      const objectMatches = objects.flatMap((group) => findPhrases(words, group.phrases, group.notIn).map((match) => ({ group, match })));
      for (const action of actions) {
        for (const actionMatch of findPhrases(words, action.phrases, action.notIn)) {
          const gap = (other: PhraseMatch) =>
            other.first > actionMatch.last ? other.first - actionMatch.last - 1 : actionMatch.first - other.last - 1;
          // The nearest object; on a tie the one after the action ("change my email", not "account and change").
          const sameSentence = (other: PhraseMatch) => words[other.first]!.sentence === words[actionMatch.first]!.sentence;
          const nearest = objectMatches
            .filter(({ match }) => gap(match) >= 0 && gap(match) <= rule.window && sameSentence(match))
            .sort((a, b) => gap(a.match) - gap(b.match) || b.match.first - a.match.first)[0];
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
