/**
 * Compares what two versions of a reply claim, sentence by sentence, once
 * facts are set aside: content added or removed and negation flipped are
 * substantive; synonyms, generic verbs and spelling fixes are rewording.
 */
import type { ContentWord, Sentence } from './reply-anatomy';

export interface QuotedSentence {
  /** The sentence as written, for reasons. */
  quote: string;
  analysis: Sentence;
}

export interface ClaimComparison {
  substantive: string[];
  cosmetic: string[];
}

interface Located extends ContentWord {
  sentence: number;
}

/** Optimal string alignment distance: edits, with a swap of neighbours counting as one. */
function typoDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** A misspelling of the same word: one slip in a word of four letters or more, two from seven. */
function isSpellingFix(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  return shorter >= 4 && typoDistance(a, b) <= (shorter >= 7 ? 2 : 1);
}

const locate = (sentences: readonly QuotedSentence[]) =>
  sentences.flatMap((sentence, index) => sentence.analysis.content.map((word): Located => ({ ...word, sentence: index })));

const unique = (words: readonly string[]) => [...new Set(words)];
const quoted = (text: string) => `'${text.replace(/\s+/g, ' ')}'`;

/** Sentences sharing content, paired by how much they share. */
function bestMatch(sentence: Sentence, candidates: readonly QuotedSentence[]): QuotedSentence | undefined {
  const keys = new Set(sentence.content.map((word) => word.key));
  let best: QuotedSentence | undefined;
  let bestShared = 0;
  for (const candidate of candidates) {
    const shared = new Set(candidate.analysis.content.filter((word) => keys.has(word.key)).map((word) => word.key)).size;
    const needed = Math.max(1, Math.ceil(Math.min(keys.size, candidate.analysis.content.length) / 2));
    if (shared >= needed && shared > bestShared) [best, bestShared] = [candidate, shared];
  }
  return best;
}

function negationReasons(draft: readonly QuotedSentence[], approved: readonly QuotedSentence[]): string[] {
  return approved.flatMap((after) => {
    const before = bestMatch(after.analysis, draft);
    if (!before || before.analysis.negated === after.analysis.negated) return [];
    return after.analysis.negated ? [`negation added: ${quoted(after.quote)}`] : [`negation removed: ${quoted(before.quote)}`];
  });
}

/** Words of one version whose meaning (key) the other version never mentions, grouped by sentence. */
function contentReasons(added: readonly Located[], removed: readonly Located[], draft: readonly QuotedSentence[], approved: readonly QuotedSentence[]): string[] {
  const reasons: string[] = [];
  const reportedRemovals = new Set<number>();
  const bySentence = (words: readonly Located[], sentence: number) => unique(words.filter((word) => word.sentence === sentence).map((word) => word.word));
  approved.forEach((after, index) => {
    const words = bySentence(added, index);
    if (words.length === 0) return;
    const before = bestMatch(after.analysis, draft);
    const beforeIndex = before ? draft.indexOf(before) : -1;
    const replaced = beforeIndex >= 0 && !reportedRemovals.has(beforeIndex) ? bySentence(removed, beforeIndex) : [];
    if (replaced.length > 0) {
      reportedRemovals.add(beforeIndex);
      reasons.push(`content changed: ${replaced.join(', ')} → ${words.join(', ')} in ${quoted(after.quote)}`);
    } else if (words.length * 2 > unique(after.analysis.content.map((word) => word.word)).length) {
      reasons.push(`claim added: ${quoted(after.quote)}`);
    } else {
      reasons.push(`content added: ${words.join(', ')} in ${quoted(after.quote)}`);
    }
  });
  draft.forEach((before, index) => {
    const words = bySentence(removed, index);
    if (words.length === 0 || reportedRemovals.has(index)) return;
    const whole = words.length * 2 > unique(before.analysis.content.map((word) => word.word)).length;
    reasons.push(whole ? `claim removed: ${quoted(before.quote)}` : `content removed: ${words.join(', ')} from ${quoted(before.quote)}`);
  });
  return reasons;
}

/** Synonyms swapped and generic words changed: the same claims, worded differently. */
function rewordingReason(draft: readonly QuotedSentence[], approved: readonly QuotedSentence[]): string[] {
  const wordsOf = (sentences: readonly QuotedSentence[]) => sentences.flatMap((sentence) => [...sentence.analysis.content.map((word) => word.word), ...sentence.analysis.light]);
  const before = wordsOf(draft);
  const after = wordsOf(approved);
  const dropped = unique(before.filter((word) => !after.includes(word)));
  const introduced = unique(after.filter((word) => !before.includes(word)));
  if (dropped.length === 0 && introduced.length === 0) return [];
  return [`reworded: ${dropped.join(', ') || '—'} → ${introduced.join(', ') || '—'}`];
}

export function compareClaims(draft: readonly QuotedSentence[], approved: readonly QuotedSentence[]): ClaimComparison {
  const draftWords = locate(draft);
  const approvedWords = locate(approved);
  const draftKeys = new Set(draftWords.map((word) => word.key));
  const approvedKeys = new Set(approvedWords.map((word) => word.key));
  let added = approvedWords.filter((word) => !draftKeys.has(word.key));
  let removed = draftWords.filter((word) => !approvedKeys.has(word.key));

  const spellingFixes: string[] = [];
  for (const fix of added) {
    if (!added.includes(fix)) continue;
    const misspelt = removed.find((word) => isSpellingFix(word.word, fix.word));
    if (!misspelt) continue;
    spellingFixes.push(`${misspelt.word} → ${fix.word}`);
    added = added.filter((word) => word.key !== fix.key);
    removed = removed.filter((word) => word.key !== misspelt.key);
  }

  const substantive = [...negationReasons(draft, approved), ...contentReasons(added, removed, draft, approved)];
  if (substantive.length > 0) return { substantive, cosmetic: [] };
  const cosmetic = spellingFixes.length > 0 ? [`spelling corrected: ${unique(spellingFixes).join(', ')}`] : [];
  const spelt = new Set(spellingFixes.flatMap((fix) => fix.split(' → ')));
  const rewording = rewordingReason(
    draft.map((sentence) => ({ ...sentence, analysis: withoutWords(sentence.analysis, spelt) })),
    approved.map((sentence) => ({ ...sentence, analysis: withoutWords(sentence.analysis, spelt) })),
  );
  return { substantive, cosmetic: [...cosmetic, ...rewording] };
}

function withoutWords(sentence: Sentence, words: ReadonlySet<string>): Sentence {
  return { ...sentence, content: sentence.content.filter((word) => !words.has(word.word)) };
}
