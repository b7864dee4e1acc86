/**
 * The facts a reply states — links, email addresses, amounts, percentages,
 * durations, dates, times, codes, numbers, product and plan names — each with
 * a normal form, so "$89" and "$89.00" are one amount and "Pro plan" and
 * "pro plan" one plan. Pure and deterministic.
 */

export type FactKind = 'link' | 'email address' | 'amount' | 'percentage' | 'duration' | 'date' | 'time' | 'code' | 'number' | 'name';

export interface Fact {
  kind: FactKind;
  /** As written, for the reasons shown to people. */
  text: string;
  /** What is compared. */
  value: string;
}

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|several|a couple of';
const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const CURRENCY_CODES = 'usd|eur|gbp|cad|aud|chf|jpy|inr|sek|nok|dkk';
const CURRENCY_NAMES: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy', '₹': 'inr', dollar: 'usd', dollars: 'usd', euro: 'eur', euros: 'eur', pound: 'gbp', pounds: 'gbp' };

/** Recognisers in order: earlier ones claim their text first, so a URL's digits are not also a number. */
const RECOGNISERS: { kind: Exclude<FactKind, 'name'>; pattern: RegExp }[] = [
  { kind: 'link', pattern: /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/giu },
  { kind: 'email address', pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu },
  {
    kind: 'amount',
    pattern: new RegExp(
      String.raw`(?:[$€£¥₹]\s?|\b(?:${CURRENCY_CODES})\s?)${NUMBER}|\b${NUMBER}\s?(?:[$€£¥₹]|(?:${CURRENCY_CODES}|dollars?|euros?|pounds?)\b)`,
      'giu',
    ),
  },
  { kind: 'percentage', pattern: new RegExp(String.raw`\b${NUMBER}\s?(?:%|percent\b)`, 'giu') },
  {
    kind: 'duration',
    pattern: new RegExp(
      String.raw`\b(?:${NUMBER}|${NUMBER_WORDS}|an?)(?:\s?(?:-|–|to)\s?(?:${NUMBER}|${NUMBER_WORDS}))?\s+(?:(?:business|working|calendar)\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b`,
      'giu',
    ),
  },
  {
    kind: 'date',
    pattern: new RegExp(
      String.raw`\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})\b(?:\s+\d{4})?|\b(?:(?:next|this|last)\s+)?(?:${WEEKDAYS}|week|month|year)\b|\b(?:today|tonight|tomorrow|yesterday|end of (?:the )?(?:day|week|month))\b`,
      'giu',
    ),
  },
  { kind: 'time', pattern: /\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b/giu },
  // Order, ticket, invoice and SKU codes: "#A-20417", "INV-2041", "A20417".
  { kind: 'code', pattern: /#\s?[\p{L}\d][\p{L}\d-]*|\b(?!\d+(?:st|nd|rd|th)\b)(?=[\p{L}-]*\d)(?=[\d-]*\p{L})[\p{L}\d]+(?:-[\p{L}\d]+)*\b/gu },
  { kind: 'number', pattern: new RegExp(String.raw`\b${NUMBER}\b`, 'gu') },
];

function amountValue(text: string): string {
  const lower = text.toLowerCase();
  const currency = CURRENCY_NAMES[lower.match(/[$€£¥₹]|dollars?|euros?|pounds?/u)?.[0] ?? ''] ?? lower.match(new RegExp(CURRENCY_CODES))?.[0] ?? '';
  return `${currency} ${numberValue(lower.match(new RegExp(NUMBER))?.[0] ?? '')}`;
}

/** "1,299.00" → "1299"; "89,50" (a decimal comma) → "89.5". */
function numberValue(text: string): string {
  const decimalComma = /^\d+,\d{1,2}$/.test(text);
  const plain = decimalComma ? text.replace(',', '.') : text.replace(/,/g, '');
  const parsed = Number(plain);
  return Number.isFinite(parsed) ? String(parsed) : plain;
}

function normalValue(kind: FactKind, text: string): string {
  const squeezed = text.toLowerCase().replace(/\s+/g, ' ').trim();
  switch (kind) {
    case 'amount':
      return amountValue(text);
    case 'number':
    case 'percentage':
      return numberValue(squeezed.replace(/\s?(?:%|percent)$/, ''));
    case 'duration':
      return squeezed.replace(/\s?(?:–|-|to)\s?/g, '-').replace(/(minute|min|hour|hr|day|week|month|year)s\b/, '$1');
    case 'link':
      return squeezed.replace(/\/$/, '');
    case 'code':
      return squeezed.replace(/^#\s?/, '#');
    default:
      return squeezed.replace(/(\d)(?:st|nd|rd|th)\b/g, '$1');
  }
}

/** Words that are capitalised without naming a product or plan. */
const NOT_NAMES = /^(?:i|ok|okay|faq|api|us|eu|uk)$/i;
/** Both casings of each word: a sentence may start with one, and the i flag would make \p{Lu} match any letter. */
const eitherCase = (words: string) =>
  words
    .split(' ')
    .flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)])
    .join('|');
/** A qualifier before these makes a product or plan name, capitalised or not: "pro plan", "App Store subscription". */
const PLAN_NOUNS = eitherCase('plan tier edition subscription package bundle membership license licence');
const NOT_QUALIFIERS = eitherCase('the a an your our my this that any each every new current');
const PLAN_NAME = new RegExp(String.raw`(?<![\p{L}\d])(?!(?:${NOT_QUALIFIERS})\s)(?:\p{Lu}[\p{L}\d]*\s)*[\p{L}\d+]+\s(?:${PLAN_NOUNS})(?![\p{L}\d])`, 'gu');
/** Runs of capitalised words (letters or digits after the capital), e.g. "Acme Hub", "Zigbee", "iPhone 15". */
const CAPITALISED_RUN = /(?<![\p{L}\d])(?:\p{Lu}[\p{L}\d]*|i\p{Lu}[\p{L}]*)(?:[ \t]+(?:\p{Lu}[\p{L}\d]*|\d+))*/gu;

const blank = (text: string) => ' '.repeat(text.length);

/** Plan names, then capitalised words that do not start a sentence; returns them and the text without them. */
function extractNames(text: string): ExtractedFacts {
  const found: Fact[] = [];
  const masked = text.replace(PLAN_NAME, (match) => {
    found.push({ kind: 'name', text: match, value: match.toLowerCase() });
    return blank(match);
  });
  for (const match of masked.matchAll(CAPITALISED_RUN)) {
    const before = masked.slice(0, match.index).trimEnd();
    const startsSentence = before === '' || /[.!?:;\n•\-–—>("“]$/.test(before);
    const words = match[0].split(/\s+/);
    // The first word of a sentence is capitalised anyway: only the rest of its run can be a name.
    const nameWords = startsSentence ? words.slice(1) : words;
    const text = nameWords.join(' ');
    if (text === '' || nameWords.every((word) => NOT_NAMES.test(word))) continue;
    found.push({ kind: 'name', text, value: text.toLowerCase() });
  }
  return { facts: found, masked: found.reduce((rest, fact) => rest.replace(fact.text, blank(fact.text)), masked) };
}

/** Names said in a greeting or sign-off ("Hi Jane", "Sam from Acme") are courtesy, wherever else they appear. */
export function withoutCourtesyNames(extracted: ExtractedFacts, courtesy: string): ExtractedFacts {
  const lower = courtesy.toLowerCase();
  return { ...extracted, facts: extracted.facts.filter((fact) => fact.kind !== 'name' || !lower.includes(fact.value)) };
}

export interface ExtractedFacts {
  facts: Fact[];
  /** The text with every fact blanked out, for comparing what remains. */
  masked: string;
}

export function extractFacts(text: string): ExtractedFacts {
  const facts: Fact[] = [];
  let masked = text;
  for (const { kind, pattern } of RECOGNISERS) {
    masked = masked.replace(pattern, (match) => {
      facts.push({ kind, text: match.trim(), value: normalValue(kind, match) });
      return blank(match);
    });
  }
  const named = extractNames(masked);
  return { facts: [...facts, ...named.facts], masked: named.masked };
}

/**
 * One reason per kind of fact that differs ("amount changed: $89.00 → $98.00").
 * A name only counts as changed when the other text does not contain it in
 * any casing: recasing a plan name is cosmetic.
 */
export function compareFacts(draft: ExtractedFacts, approved: ExtractedFacts, draftText: string, approvedText: string): string[] {
  const kinds = [...new Set([...draft.facts, ...approved.facts].map((fact) => fact.kind))];
  return kinds.flatMap((kind) => {
    const removed = unmatched(draft.facts, approved.facts, kind, approvedText);
    const added = unmatched(approved.facts, draft.facts, kind, draftText);
    if (removed.length === 0 && added.length === 0) return [];
    const list = (facts: Fact[]) => facts.map((fact) => fact.text).join(', ');
    if (removed.length === 0) return [`${kind} added: ${list(added)}`];
    if (added.length === 0) return [`${kind} removed: ${list(removed)}`];
    return [`${kind} changed: ${list(removed)} → ${list(added)}`];
  });
}

/** Facts of `kind` in `from` with no counterpart in `to` (counted, so a repeated amount is matched once per mention). */
function unmatched(from: readonly Fact[], to: readonly Fact[], kind: FactKind, toText: string): Fact[] {
  const available = to.filter((fact) => fact.kind === kind).map((fact) => fact.value);
  const lowerText = toText.toLowerCase();
  return from.filter((fact) => {
    if (fact.kind !== kind) return false;
    const index = available.indexOf(fact.value);
    if (index >= 0) {
      available.splice(index, 1);
      return false;
    }
    return kind === 'name' ? !lowerText.includes(fact.value) : true;
  });
}
