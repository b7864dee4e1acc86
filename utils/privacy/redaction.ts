import { detectAddresses } from './detectors/address';
import { detectCards } from './detectors/card';
import { detectCardDetails } from './detectors/card-details';
import type { Detection } from './detectors/context';
import { detectCustomerNames } from './detectors/customer-name';
import { detectEmails } from './detectors/email';
import { detectIbans } from './detectors/iban';
import { detectNamedValues } from './detectors/named-value';
import { detectNationalIds } from './detectors/national-id';
import { detectPhones } from './detectors/phone';
import { REDACTION_KINDS, type RedactionKind, type RedactionKinds } from './kinds';
import { createPlaceholderAllocator, emptyMapping, type PlaceholderAllocator, type RedactionMapping } from './mapping';
import { findPlaceholderMentions, placeholderText } from './placeholders';

/**
 * PII redaction before text reaches the model: personal values become stable
 * placeholders (`[EMAIL_1]`), the mapping stays with the caller, and
 * `restore` puts the values back into the draft. Pure: no browser APIs.
 */

export { restore } from './restore';
export { countRedactions, summariseRedactions, type RedactionSummary } from './describe';
export { emptyMapping, redactionMappingSchema, type RedactionEntry, type RedactionMapping } from './mapping';
export { DEFAULT_REDACTION_KINDS, REDACTION_KINDS, redactionKindsSchema, type RedactionKind, type RedactionKinds } from './kinds';

export interface RedactionOptions {
  /** Kinds to hide; a kind not mentioned is hidden. */
  kinds?: Partial<RedactionKinds>;
  /** The customer's name(s) as the helpdesk shows them; each part is hidden on its own too. */
  customerNames?: readonly string[];
}

export interface RedactedText {
  text: string;
  mapping: RedactionMapping;
}

export interface RedactedTexts {
  texts: string[];
  mapping: RedactionMapping;
}

const DETECTORS: Readonly<Record<RedactionKind, (text: string, options: RedactionOptions) => Detection[]>> = {
  email: detectEmails,
  phone: detectPhones,
  // The expiry, security code and PIN go with the number (#19).
  card: (text) => [...detectCards(text), ...detectCardDetails(text)],
  iban: detectIbans,
  'national-id': detectNationalIds,
  address: detectAddresses,
  'customer-name': (text, options) => detectCustomerNames(text, options.customerNames ?? []),
};

/**
 * When two detections of the same length overlap, the kind with the stricter
 * check wins: a Luhn-valid card over a phone-shaped grouping, a check-lettered
 * id over a bare number, anything validated over a name.
 */
const SPECIFICITY: readonly RedactionKind[] = ['card', 'iban', 'national-id', 'email', 'phone', 'address', 'customer-name'];

/**
 * Non-overlapping detections in text order. The longest span wins an overlap
 * (an email over the digits in it, an address over the surname in its street
 * name), then the most specific kind, then the earliest.
 */
function resolveOverlaps(detections: readonly Detection[], textLength: number): Detection[] {
  const ranked = [...detections].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      SPECIFICITY.indexOf(a.kind) - SPECIFICITY.indexOf(b.kind) ||
      a.start - b.start,
  );
  const claimed = new Uint8Array(textLength);
  const kept: Detection[] = [];
  for (const detection of ranked) {
    if (claimed.subarray(detection.start, detection.end).some((taken) => taken === 1)) continue;
    claimed.fill(1, detection.start, detection.end);
    kept.push(detection);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function detectAll(text: string, options: RedactionOptions): Detection[] {
  const enabled = REDACTION_KINDS.filter((kind) => options.kinds?.[kind] !== false);
  // A number the customer calls by its name is hidden whatever its checksum says (issue 13).
  const named = detectNamedValues(text).filter((detection) => enabled.includes(detection.kind));
  return resolveOverlaps(
    [...enabled.flatMap((kind) => DETECTORS[kind](text, options)), ...named],
    text.length,
  );
}

function redactWith(text: string, options: RedactionOptions, allocator: PlaceholderAllocator): string {
  let redacted = '';
  let copiedUpTo = 0;
  for (const { kind, start, end } of detectAll(text, options)) {
    redacted += text.slice(copiedUpTo, start) + placeholderText(allocator.labelFor(kind, text.slice(start, end)));
    copiedUpTo = end;
  }
  return redacted + text.slice(copiedUpTo);
}

/** Labels the texts already contain, written by the customer: ours must not collide with them. */
const labelsIn = (texts: readonly string[]): string[] =>
  texts.flatMap((text) => findPlaceholderMentions(text).map((mention) => mention.label));

/** Redacts one text, continuing `mapping` when given. */
export function redact(text: string, options: RedactionOptions = {}, mapping: RedactionMapping = emptyMapping()): RedactedText {
  const allocator = createPlaceholderAllocator(mapping, labelsIn([text]));
  return { text: redactWith(text, options, allocator), mapping: allocator.mapping() };
}

/**
 * Redacts every text of a conversation with one mapping, so a value has the
 * same placeholder in the subject, each message and the examples.
 */
export function redactAll(
  texts: readonly string[],
  options: RedactionOptions = {},
  mapping: RedactionMapping = emptyMapping(),
): RedactedTexts {
  const allocator = createPlaceholderAllocator(mapping, labelsIn(texts));
  return { texts: texts.map((text) => redactWith(text, options, allocator)), mapping: allocator.mapping() };
}
