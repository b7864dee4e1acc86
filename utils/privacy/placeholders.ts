import { PLACEHOLDER_LABEL, type RedactionKind } from './kinds';

/**
 * Placeholders as the redactor writes them (`[EMAIL_1]`) and as a model may
 * echo them back: other brackets, spaces, lower case, a space or dash for the
 * underscore, markdown escapes (`\[EMAIL\_1\]`). The number must match in
 * full, so `[EMAIL_10]` is never EMAIL_1.
 */

export const placeholderLabel = (kind: RedactionKind, index: number): string => `${PLACEHOLDER_LABEL[kind]}_${index}`;
export const placeholderText = (label: string): string => `[${label}]`;

/** "NATIONALID" → "NATIONAL_ID": label words by their letters alone. */
const LABEL_WORD_BY_LETTERS = new Map(Object.values(PLACEHOLDER_LABEL).map((word) => [word.replaceAll('_', ''), word]));

const LOOSE_UNDERSCORE = String.raw`(?:\\?_|[ -])?`;
const LABEL_WORDS = Object.values(PLACEHOLDER_LABEL)
  .map((word) => word.replaceAll('_', LOOSE_UNDERSCORE))
  .join('|');
const OPENER = String.raw`\\?[\[({<«【]`;
const CLOSER = String.raw`\\?[\])}>»】]`;
const SPACE = String.raw`[ \u00A0]*`;
const MENTION = new RegExp(
  `((?:${OPENER}){1,2}${SPACE})?(?<![\\p{L}\\p{N}])(${LABEL_WORDS})${LOOSE_UNDERSCORE}(\\d+)(?![\\p{L}\\p{N}_])(${SPACE}(?:${CLOSER}){1,2})?`,
  'giu',
);

export interface PlaceholderMention {
  start: number;
  end: number;
  /** Canonical form, as in the mapping: `EMAIL_1`. */
  label: string;
  /** The brackets and spaces around the label, as written. */
  opening: string;
  closing: string;
  /** Written exactly as the redactor writes a label (`EMAIL_1`), brackets aside. */
  exactLabel: boolean;
}

export function findPlaceholderMentions(text: string): PlaceholderMention[] {
  const mentions: PlaceholderMention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const [whole, opening = '', word = '', number = '', closing = ''] = match;
    const canonicalWord = LABEL_WORD_BY_LETTERS.get(word.toUpperCase().replace(/[^A-Z]/g, ''));
    if (canonicalWord === undefined) continue;
    const label = `${canonicalWord}_${number}`;
    const written = whole.slice(opening.length, whole.length - closing.length);
    mentions.push({
      start: match.index,
      end: match.index + whole.length,
      label,
      opening,
      closing,
      exactLabel: written === label,
    });
  }
  return mentions;
}
