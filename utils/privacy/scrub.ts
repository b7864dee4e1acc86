import { NOUNS } from './describe';
import { placeholderText } from './placeholders';
import { redact } from './redaction';

/**
 * Personal data taken out of text kept for good — saved knowledge, which every later draft for any
 * customer may quote and Team sync exports. Unlike a draft's redaction nothing is restorable: each
 * value becomes "[email address removed]", never a placeholder a draft's mapping could fill in.
 */
export function scrubPersonalData(text: string): { text: string; removed: number } {
  const redacted = redact(text);
  let scrubbed = redacted.text;
  for (const entry of redacted.mapping.entries) {
    scrubbed = scrubbed.replaceAll(placeholderText(entry.placeholder), `[${NOUNS[entry.kind][0]} removed]`);
  }
  return { text: scrubbed, removed: redacted.mapping.entries.length };
}
