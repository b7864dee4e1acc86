import { REDACTION_KINDS, type RedactionKind } from './kinds';
import type { RedactionMapping } from './mapping';

export const NOUNS: Readonly<Record<RedactionKind, readonly [singular: string, plural: string]>> = {
  email: ['email address', 'email addresses'],
  phone: ['phone number', 'phone numbers'],
  card: ['card number', 'card numbers'],
  iban: ['IBAN', 'IBANs'],
  'national-id': ['national ID number', 'national ID numbers'],
  address: ['street address', 'street addresses'],
  'customer-name': ['name', 'names'],
};

/** How many distinct values of each kind were hidden. */
export function countRedactions(mapping: RedactionMapping): Record<RedactionKind, number> {
  const counts = Object.fromEntries(REDACTION_KINDS.map((kind) => [kind, 0])) as Record<RedactionKind, number>;
  for (const entry of mapping.entries) counts[entry.kind]++;
  return counts;
}

/**
 * For the panel: "2 email addresses, 1 card number". Counts only, never
 * values — the panel is an extension page, but what it shows can be
 * screenshotted and shared.
 */
export function describeRedactions(mapping: RedactionMapping): string {
  const counts = countRedactions(mapping);
  const parts = REDACTION_KINDS.filter((kind) => counts[kind] > 0).map((kind) => {
    const [singular, plural] = NOUNS[kind];
    return `${counts[kind]} ${counts[kind] === 1 ? singular : plural}`;
  });
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}
