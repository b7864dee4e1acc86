import type { RedactionKind } from '../kinds';

/** A span of the text a detector wants hidden; overlaps are settled later, in one place. */
export interface Detection {
  kind: RedactionKind;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

export const isWordChar = (char: string): boolean => char !== '' && WORD_CHAR.test(char);

/**
 * True when the span is not glued to letters or digits on either side: a
 * number inside `AB1234567890` or `v1.2` is part of something else.
 */
export function standsAlone(text: string, start: number, end: number): boolean {
  return !isWordChar(text.charAt(start - 1)) && !isWordChar(text.charAt(end));
}

const JOINERS = '._-/@#';
const ALWAYS_JOINING = '@#/';

/**
 * Stricter than standsAlone: also false when punctuation ties the span to a
 * neighbouring word, as in `john.0612345678@…`, `ID-0612345678`, `#612345678`
 * or `/orders/4111…` — those digits belong to an address, code or path.
 */
export function isWholeToken(text: string, start: number, end: number): boolean {
  if (!standsAlone(text, start, end)) return false;
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (ALWAYS_JOINING.includes(before) && before !== '') return false;
  if (JOINERS.includes(before) && before !== '' && isWordChar(text.charAt(start - 2))) return false;
  if (after === '@') return false;
  return !(JOINERS.includes(after) && after !== '' && isWordChar(text.charAt(end + 1)));
}

export const escapeForRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Cue words such as "phone" or "order" as whole words, case-insensitive.
 * Cues may end in punctuation ("n°", "tel."), so only a following letter breaks them.
 */
export function cuePattern(words: readonly string[]): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeForRegExp).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?!\\p{L})`, 'giu');
}

/** Where the last cue ends within `window` characters before `start`, or -1. */
function lastCueEnd(text: string, start: number, cues: RegExp, window: number): number {
  const before = text.slice(Math.max(0, start - window), start);
  let end = -1;
  for (const match of before.matchAll(cues)) end = match.index + match[0].length;
  return end;
}

export type Cue = 'for' | 'against' | 'none';

/**
 * Which cue is nearest before a candidate: "call me on …" speaks for a phone
 * number, "order …" against it, and the closer one wins.
 */
export function nearestCue(
  text: string,
  start: number,
  cues: { for: RegExp; against?: RegExp },
  window = 40,
): Cue {
  const supporting = lastCueEnd(text, start, cues.for, window);
  const opposing = cues.against ? lastCueEnd(text, start, cues.against, window) : -1;
  if (supporting < 0 && opposing < 0) return 'none';
  return supporting > opposing ? 'for' : 'against';
}
