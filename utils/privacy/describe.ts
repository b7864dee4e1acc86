import { z } from 'zod';
import { REDACTION_KINDS, type RedactionKind } from './kinds';
import type { RedactionMapping } from './mapping';

/** How many distinct values of each kind were hidden. */
export function countRedactions(mapping: RedactionMapping): Record<RedactionKind, number> {
  const counts = Object.fromEntries(REDACTION_KINDS.map((kind) => [kind, 0])) as Record<RedactionKind, number>;
  for (const entry of mapping.entries) counts[entry.kind]++;
  return counts;
}

/**
 * What a draft's redaction hid, for the panel: counts of the kinds found, never values — the
 * panel is an extension page, but what it shows can be screenshotted and shared. Stored as counts,
 * not as a sentence, so the panel says "2 email addresses" in its reader's language (#15).
 */
export const redactionSummarySchema = z.partialRecord(z.enum(REDACTION_KINDS), z.int().min(1));
export type RedactionSummary = z.infer<typeof redactionSummarySchema>;

/** The kinds that were hidden, with their counts; null when nothing was. */
export function summariseRedactions(mapping: RedactionMapping): RedactionSummary | null {
  const counts = countRedactions(mapping);
  const found = REDACTION_KINDS.filter((kind) => counts[kind] > 0);
  return found.length === 0 ? null : Object.fromEntries(found.map((kind) => [kind, counts[kind]]));
}
