/**
 * Was a human's edit cosmetic (whitespace, punctuation, casing, greeting,
 * sign-off, tone, rewording) or substantive (facts, negation, claims)? A
 * deterministic, explained judgement: the same pair always gets the same
 * class, with its reasons in words.
 */
import type { EditKind } from '../../storage/db';
import { compareClaims, type QuotedSentence } from './edit-claims';
import { compareFacts, extractFacts, withoutCourtesyNames } from './edit-facts';
import { analyseSentence, sentenceSpans, splitReply, toneWordsOf, type ReplyParts } from './reply-anatomy';

export interface EditClassification {
  /** 'none' when the approved text is the draft, whitespace aside: helpdesks re-flow whitespace when they show a sent reply. */
  kind: EditKind | 'none';
  reasons: string[];
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

function quotedSentences(body: string, masked: string): QuotedSentence[] {
  return sentenceSpans(masked).map(([start, end]) => ({ quote: body.slice(start, end).trim(), analysis: analyseSentence(masked.slice(start, end)) }));
}

/** Removed and added items of two lists, repeats counted. */
function listDifference(before: readonly string[], after: readonly string[]): { removed: string[]; added: string[] } {
  const remaining = [...after];
  const removed = before.filter((item) => {
    const index = remaining.indexOf(item);
    if (index < 0) return true;
    remaining.splice(index, 1);
    return false;
  });
  return { removed, added: remaining };
}

function describeChange(label: string, before: string, after: string): string[] {
  if (before === after) return [];
  if (before === '') return [`${label} added: '${after}'`];
  if (after === '') return [`${label} removed: '${before}'`];
  return [`${label} changed: '${before}' → '${after}'`];
}

function formatReasons(before: ReplyParts, after: ReplyParts): string[] {
  const reasons: string[] = [];
  const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const lowerBefore = new Set(words(before.body).map((word) => word.toLowerCase()));
  const rawBefore = new Set(words(before.body));
  if (words(after.body).some((word) => !rawBefore.has(word) && lowerBefore.has(word.toLowerCase()))) reasons.push('casing changed');
  const [beforeWords, afterWords] = [words(before.body.toLowerCase()), words(after.body.toLowerCase())];
  if (beforeWords.join(' ') !== afterWords.join(' ') && [...beforeWords].sort().join(' ') === [...afterWords].sort().join(' ')) reasons.push('word order changed');
  const punctuation = (text: string) => text.replace(/[\p{L}\p{N}\s]/gu, '');
  if (punctuation(before.body) !== punctuation(after.body)) reasons.push('punctuation changed');
  if (squeeze(before.body) === squeeze(after.body) && before.body !== after.body) reasons.push('spacing or line breaks changed');
  return reasons;
}

function toneReasons(before: string, after: string): string[] {
  const { removed, added } = listDifference(toneWordsOf(before), toneWordsOf(after));
  if (removed.length > 0 && added.length > 0) return [`tone words changed: ${removed.join(', ')} → ${added.join(', ')}`];
  if (added.length > 0) return [`tone words added: ${added.join(', ')}`];
  return removed.length > 0 ? [`tone words removed: ${removed.join(', ')}`] : [];
}

/** What is left when nothing else explains an edit: function words ("at", "the") added or removed. */
function minorWordsReason(before: string, after: string): string {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const { removed, added } = listDifference(words(before), words(after));
  if (removed.length === 0 && added.length === 0) return 'wording or format changed';
  return `minor words changed: ${removed.join(', ') || '—'} → ${added.join(', ') || '—'}`;
}

/** Cosmetic or substantive, with the reasons: a deterministic, explainable judgement. */
export function classifyEdit(draft: string, approved: string): EditClassification {
  if (squeeze(draft) === squeeze(approved)) return { kind: 'none', reasons: [] };
  const before = splitReply(draft);
  const after = splitReply(approved);
  const courtesy = [before.greeting, before.signOff, after.greeting, after.signOff].join('\n');
  const beforeFacts = withoutCourtesyNames(extractFacts(before.body), courtesy);
  const afterFacts = withoutCourtesyNames(extractFacts(after.body), courtesy);
  const claims = compareClaims(quotedSentences(before.body, beforeFacts.masked), quotedSentences(after.body, afterFacts.masked));
  const substantive = [...compareFacts(beforeFacts, afterFacts, before.body, after.body), ...claims.substantive];
  if (substantive.length > 0) return { kind: 'substantive', reasons: substantive };
  const cosmetic = [
    ...describeChange('greeting', squeeze(before.greeting), squeeze(after.greeting)),
    ...describeChange('sign-off', squeeze(before.signOff), squeeze(after.signOff)),
    ...toneReasons(before.body, after.body),
    ...claims.cosmetic,
    ...formatReasons(before, after),
  ];
  return { kind: 'cosmetic', reasons: cosmetic.length > 0 ? cosmetic : [minorWordsReason(before.body, after.body)] };
}
