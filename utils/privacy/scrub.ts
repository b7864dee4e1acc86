import type { RedactionKind } from './kinds';
import { placeholderText } from './placeholders';
import { redact } from './redaction';

/**
 * Personal data taken out of text kept for good — saved knowledge, which every later draft for any
 * customer may quote and Team sync exports. Unlike a draft's redaction nothing is restorable: each
 * value becomes "[email address removed]", never a placeholder a draft's mapping could fill in.
 */
/** Kept text is content, quoted to the model and shared with the team in one language: these names are part of it, not of the UI. */
const REMOVED: Readonly<Record<RedactionKind, string>> = {
  email: '[email address removed]',
  phone: '[phone number removed]',
  card: '[card number removed]',
  iban: '[IBAN removed]',
  'national-id': '[national ID number removed]',
  address: '[street address removed]',
  'customer-name': '[name removed]',
};

export function scrubPersonalData(text: string): { text: string; removed: number } {
  const redacted = redact(text);
  let scrubbed = redacted.text;
  for (const entry of redacted.mapping.entries) {
    scrubbed = scrubbed.replaceAll(placeholderText(entry.placeholder), REMOVED[entry.kind]);
  }
  return { text: scrubbed, removed: redacted.mapping.entries.length };
}
