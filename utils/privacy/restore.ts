import type { RedactionMapping } from './mapping';
import { findPlaceholderMentions } from './placeholders';

/**
 * Puts the real values back into text the model wrote from redacted input.
 * A placeholder counts when it is bracketed on both sides in any common way,
 * or, without brackets, when it is written exactly as the redactor wrote it
 * (`EMAIL_1`); the number must match in full. Labels the mapping does not
 * hold stay as they are. One pass, so a restored value is never read again.
 */
export function restore(text: string, mapping: RedactionMapping): string {
  const valueByLabel = new Map(mapping.entries.map((entry) => [entry.placeholder, entry.value]));
  let restored = '';
  let copiedUpTo = 0;
  for (const mention of findPlaceholderMentions(text)) {
    const value = valueByLabel.get(mention.label);
    if (value === undefined) continue;
    const bracketed = mention.opening.trim() !== '' && mention.closing.trim() !== '';
    if (!bracketed && !mention.exactLabel) continue;
    restored += text.slice(copiedUpTo, mention.start);
    restored += bracketed ? value : mention.opening + value + mention.closing;
    copiedUpTo = mention.end;
  }
  return restored + text.slice(copiedUpTo);
}
