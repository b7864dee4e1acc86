import type { SensitivityKind } from './sensitivity';
import { SENTENCE_BREAK, matchWord, parseWordPattern, tokenize, type WordPattern, type WordToken } from './words';

/** Any of these phrases is the topic: "refund*", "money back". */
export interface PhraseRule {
  kind: SensitivityKind;
  topic: string;
  phrases: readonly string[];
}

export interface PhraseGroup {
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

/** A word of the text, whether it may be read as a misspelt keyword, and which sentence it is in. */
interface Candidate {
  token: WordToken;
  typos: boolean;
  sentence: number;
}

function candidates(text: string, mayBeTypo: (folded: string) => boolean): Candidate[] {
  let sentence = 0;
  let previousEnd = 0;
  return tokenize(text).map((token) => {
    if (SENTENCE_BREAK.test(text.slice(previousEnd, token.start))) sentence += 1;
    previousEnd = token.end;
    return { token, typos: mayBeTypo(token.folded), sentence };
  });
}

function matchPhraseAt(words: readonly Candidate[], at: number, phrase: CompiledPhrase): PhraseMatch | null {
  const readAs: string[] = [];
  for (const [offset, pattern] of phrase.entries()) {
    const word = words[at + offset];
    if (word && word.sentence !== words[at]!.sentence) return null;
    const match = word ? matchWord(pattern, word.token.folded, word.typos) : null;
    if (!match) return null;
    if (match === 'typo') readAs.push(pattern.word);
  }
  return { first: at, last: at + phrase.length - 1, readAs };
}

function findPhrases(words: readonly Candidate[], phrases: readonly CompiledPhrase[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (let at = 0; at < words.length; at += 1) {
    const initial = words[at]!.token.folded[0];
    for (const phrase of phrases) {
      // Exact or misspelt, a word keeps its first letter (matchWord): most phrases are out at a glance.
      if (phrase[0]!.word[0] !== initial) continue;
      const match = matchPhraseAt(words, at, phrase);
      if (match) found.push(match);
    }
  }
  return found;
}

function hitFrom(words: readonly Candidate[], kind: SensitivityKind, topic: string, first: number, last: number, readAs: string[]): KeywordHit {
  return { kind, topic, start: words[first]!.token.start, end: words[last]!.token.end, readAs };
}

/** Compiles the rules once; the returned function finds every rule's hits in a text. */
export function createKeywordMatcher(
  phraseRules: readonly PhraseRule[],
  pairRules: readonly PairRule[],
  realWords: ReadonlySet<string>,
): (text: string) => KeywordHit[] {
  const compiledPhrases = phraseRules.map((rule) => ({ rule, phrases: compile(rule.phrases) }));
  const compileGroups = (groups: readonly PhraseGroup[]) => groups.map((group) => ({ label: group.label, phrases: compile(group.phrases) }));
  const compiledPairs = pairRules.map((rule) => ({ rule, actions: compileGroups(rule.actions), objects: compileGroups(rule.objects) }));
  const everyWordPattern = [
    ...compiledPhrases.flatMap(({ phrases }) => phrases.flat()),
    ...compiledPairs.flatMap(({ actions, objects }) => [...actions, ...objects].flatMap((group) => group.phrases.flat())),
  ];
  // A keyword is read as itself, never as a misspelling of another: "change" is not "charge".
  const mayBeTypo = (folded: string) =>
    !realWords.has(folded) && !everyWordPattern.some((pattern) => matchWord(pattern, folded, false) === 'exact');

  return (text) => {
    const words = candidates(text, mayBeTypo);
    const hits: KeywordHit[] = [];
    for (const { rule, phrases } of compiledPhrases) {
      for (const match of findPhrases(words, phrases)) {
        hits.push(hitFrom(words, rule.kind, rule.topic, match.first, match.last, match.readAs));
      }
    }
    for (const { rule, actions, objects } of compiledPairs) {
      const objectMatches = objects.flatMap((group) => findPhrases(words, group.phrases).map((match) => ({ group, match })));
      for (const action of actions) {
        for (const actionMatch of findPhrases(words, action.phrases)) {
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
