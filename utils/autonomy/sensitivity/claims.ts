/**
 * The checkable facts in a text: amounts, dates, durations and commitments.
 * Each claim carries normalised keys ("amount:49.9", "date:03-05",
 * "duration:5:business day", "commitment:refund") so that "$49.90" in a draft
 * meets "49,90 €" in the conversation and "a week" meets "7 days".
 */

export type ClaimKind = 'amount' | 'date' | 'duration' | 'commitment';

export interface Claim {
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
  /** Any one of these found in the context supports the claim. */
  keys: string[];
}

const CURRENCY_CODE = '(?:usd|eur|gbp|chf|cad|aud)';
const NUMBER = "\\d(?:[\\d,.']*\\d)?";
const AMOUNT = new RegExp(
  `(?:[$€£¥]|\\b${CURRENCY_CODE}\\b)\\s?(${NUMBER})|` +
    `\\b(${NUMBER})\\s?(?:[$€£¥]|(?:${CURRENCY_CODE}|dollars?|euros?|pounds?|bucks|(cents?))\\b)|` +
    '\\b(\\d+(?:[.,]\\d+)?)\\s?(?:%|percent\\b|per cent\\b)',
  'gi',
);

/** "1,234.50", "1.234,50", "19,99", "1.500": the last separator is decimal only when cents follow it. */
export function parseNumber(text: string): number {
  const plain = text.replace(/'/g, '');
  const decimal = /[.,](\d{1,2})$/.exec(plain);
  const whole = (decimal ? plain.slice(0, decimal.index) : plain).replace(/[.,]/g, '');
  return Number(decimal ? `${whole}.${decimal[1]}` : whole);
}

const amountKey = (value: number) => `amount:${Math.round(value * 100) / 100}`;

function amountClaim(match: RegExpMatchArray): Claim {
  const [text, before, after, cents, percent] = match;
  const start = match.index!;
  if (percent !== undefined) return { kind: 'amount', text, start, end: start + text.length, keys: [`percent:${parseNumber(percent)}`] };
  const value = parseNumber(before ?? after ?? '0') / (cents ? 100 : 1);
  return { kind: 'amount', text, start, end: start + text.length, keys: [amountKey(value)] };
}

export function findAmounts(text: string): Claim[] {
  return [...text.matchAll(AMOUNT)].map(amountClaim);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

function dayKey(month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `date:${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const keysOf = (...keys: (string | null)[]) => keys.filter((key): key is string => key !== null);

const DATE_PATTERNS: { pattern: RegExp; keys(match: RegExpMatchArray): string[] }[] = [
  { pattern: new RegExp(`\\b${MONTH}\\.?\\s+${DAY}\\b`, 'gi'), keys: (m) => keysOf(dayKey(monthNumber(m[1]!), Number(m[2]))) },
  { pattern: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b`, 'gi'), keys: (m) => keysOf(dayKey(monthNumber(m[2]!), Number(m[1]))) },
  { pattern: /\b\d{4}-(\d{1,2})-(\d{1,2})\b/g, keys: (m) => keysOf(dayKey(Number(m[1]), Number(m[2]))) },
  {
    // 03/05 is the 3rd of May or March 5th depending on the writer: either reading counts.
    pattern: /\b(\d{1,2})\/(\d{1,2})(?:\/\d{2,4})?\b|\b(\d{1,2})\.(\d{1,2})\.\d{2,4}\b/g,
    keys: (m) => {
      const [a, b] = [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])];
      return keysOf(dayKey(a, b), dayKey(b, a));
    },
  },
  {
    pattern: new RegExp(
      `\\b(?:tomorrow|tonight|later today|by today|within the hour|next (?:week|month|business day|working day|${WEEKDAY})|` +
        `end of (?:the )?(?:day|week|month)|${WEEKDAY})\\b`,
      'gi',
    ),
    keys: (m) => [`date:${m[0].toLowerCase().replace(/\s+/g, ' ')}`],
  },
];

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, 'twenty-four': 24, 'forty-eight': 48,
};
// "a"/"an" count only after a word that makes them a quantity: "within a week", not "have a nice day".
const COUNT = `(\\d+|${Object.keys(NUMBER_WORDS).filter((word) => word.length > 2).join('|')}|(?<=\\b(?:within|in|for|after|up to|about|around|takes?)\\s)an?)`;
const DURATION = new RegExp(
  `\\b${COUNT}(?:\\s*(?:-|–|to)\\s*${COUNT})?[\\s-]*(?:(business|working|calendar)\\s+)?(minute|min|hour|hr|h|day|week|month|year)s?\\b`,
  'gi',
);
const UNIT_NAMES: Record<string, string> = { min: 'minute', hr: 'hour', h: 'hour' };

function durationKey(match: RegExpMatchArray): string {
  const [, from, to, qualifier, rawUnit] = match;
  const count = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
  let unit = UNIT_NAMES[rawUnit!.toLowerCase()] ?? rawUnit!.toLowerCase();
  // A week is seven days; a business week is not, so qualified units stay as they are.
  const scale = unit === 'week' && !qualifier ? 7 : 1;
  if (scale === 7) unit = 'day';
  if (qualifier) unit = `${qualifier.toLowerCase() === 'calendar' ? '' : 'business '}${unit}`.trim();
  const span = [from, to].filter((part): part is string => part !== undefined).map((part) => count(part) * scale);
  return `duration:${span.join('-')}:${unit}`;
}

const COMMITMENT_WORDS: [RegExp, string][] = [
  [/^(refund|reimburs)/i, 'refund'],
  [/^credit/i, 'credit'],
  [/^compensat/i, 'compensation'],
  [/^(replac|send you a)/i, 'replacement'],
  [/^waiv/i, 'waiver'],
  [/^cancel/i, 'cancellation'],
  [/^(ship|deliver|expedit)/i, 'delivery'],
  [/^upgrad/i, 'upgrade'],
  [/^extend/i, 'extension'],
  [/^discount/i, 'discount'],
];
const COMMITTED_ACTION = '(refund|reimburs|credit|compensat|replac|waiv|cancel|ship|deliver|expedit|upgrad|extend|discount|send you a (?:new|replacement|free))\\w*';
const COMMITMENTS: { pattern: RegExp; key(match: RegExpMatchArray): string }[] = [
  {
    pattern: new RegExp(
      `\\b(?:we|i)(?:'ll|'ve|\\s+will|\\s+shall|\\s+(?:are|am)\\s+going\\s+to|\\s+can|\\s+have)?\\s+(?:\\w+\\s+)??${COMMITTED_ACTION}|` +
        `\\byou(?:'ll|\\s+will)\\s+(?:receive|get|be)\\s+(?:a\\s+|an\\s+|your\\s+)?(?:full\\s+|partial\\s+)?${COMMITTED_ACTION}`,
      'gi',
    ),
    key: (m) => {
      const action = m[1] ?? m[2] ?? '';
      return `commitment:${COMMITMENT_WORDS.find(([pattern]) => pattern.test(action))?.[1] ?? action.toLowerCase()}`;
    },
  },
  { pattern: /\b(?:guarantee[ds]?|promise[ds]?)\b/gi, key: () => 'commitment:guarantee' },
  {
    pattern: /\b(?:free of (?:charge|cost)|for free|at no (?:extra |additional )?(?:cost|charge)|no (?:extra |additional )?charge|complimentary|free (?:shipping|delivery|replacement|returns?|upgrade))\b/gi,
    key: () => 'commitment:free',
  },
];

function claimsFrom(text: string, kind: ClaimKind, pattern: RegExp, keys: (match: RegExpMatchArray) => string[]): Claim[] {
  return [...text.matchAll(pattern)].map((match) => ({
    kind, text: match[0], start: match.index, end: match.index + match[0].length, keys: keys(match),
  }));
}

/**
 * Every claim in a text, in reading order. Where two readings overlap the
 * more specific wins: "3-5 business days" is a duration, not a date "3-5".
 */
export function extractClaims(text: string): Claim[] {
  const candidates = [
    ...claimsFrom(text, 'duration', DURATION, (match) => [durationKey(match)]),
    ...findAmounts(text),
    ...DATE_PATTERNS.flatMap(({ pattern, keys }) => claimsFrom(text, 'date', pattern, keys)),
    ...COMMITMENTS.flatMap(({ pattern, key }) => claimsFrom(text, 'commitment', pattern, (match) => [key(match)])),
  ];
  const kept: Claim[] = [];
  for (const claim of candidates) {
    if (claim.keys.length > 0 && !kept.some((other) => claim.start < other.end && other.start < claim.end)) kept.push(claim);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Numbers outside any claim, as amount keys: a customer who writes "I paid
 * 49.90" supports a draft's "$49.90" though they named no currency.
 */
export function bareNumberKeys(text: string, claims: readonly Claim[]): string[] {
  return [...text.matchAll(new RegExp(`\\b${NUMBER}\\b`, 'g'))]
    .filter((match) => !claims.some((claim) => match.index < claim.end && claim.start < match.index + match[0].length))
    .map((match) => amountKey(parseNumber(match[0])));
}
