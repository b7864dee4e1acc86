import { detectAddresses } from '../../privacy/detectors/address';
import { detectIbanShapes } from '../../privacy/detectors/iban';
import { detectNamedValues } from '../../privacy/detectors/named-value';
import { detectPhones } from '../../privacy/detectors/phone';
import { detectNationalIds } from '../../privacy/detectors/national-id';
import { findByExample } from '../by-example/nearest-example';
import { findAmounts } from './claims';
import { isFeatureName, isOwnSuperior, isQuotedName } from './feature-names';
import { createKeywordMatcher, type KeywordHit, type MatchOptions, type RealWords } from './keyword-matcher';
import { LEXICONS, type Lexicon } from '../lexicon';
import { languageCoverage } from '../lexicon/language';
import { findPersonalData } from './personal-data';
import { findPromptInjection } from './prompt-injection';
import { REAL_WORDS } from './real-words';
import { PAIR_RULES, PHRASE_RULES } from './sensitivity-rules';
import { isHypothetical, isOwnCustomersMoney, isSecondFactorSwitchedOn, isShippingPrice } from './sentence-readings';
import { sentenceStart } from './words';

/**
 * Detection of what must always reach a human: money, data changes,
 * escalations, prompt injection, and personal data. Layered: the word lists
 * of every covered language (./lexicon), the nearest labelled examples
 * through the embedder for other words for the same act (./by-example), and
 * personal numbers by format or by the name the customer gives them.
 * Deterministic and explainable: every finding points at the words that
 * triggered it and says why.
 */

export const SENSITIVITY_KINDS = ['financial', 'data-change', 'escalation', 'prompt-injection', 'personal-data'] as const;
export type SensitivityKind = (typeof SENSITIVITY_KINDS)[number];

/** Customer text may hold the customer's own contact details; a draft should not. */
export type TextSource = 'customer' | 'draft';

export interface SensitivityFinding {
  kind: SensitivityKind;
  /** What it is about, in a word or two: "refund", "account deletion", "phone number". */
  topic: string;
  /** The words that triggered it, as written. */
  match: string;
  start: number;
  end: number;
  reason: string;
}

export const KIND_LABELS: Record<SensitivityKind, string> = {
  financial: 'Financial',
  'data-change': 'Data change',
  escalation: 'Escalation',
  'prompt-injection': 'Possible prompt injection',
  'personal-data': 'Personal data',
};

const MAX_QUOTED_CHARS = 80;

/**
 * A language's function words are real words of it too, whether or not the frequency lists kept them: Dutch "via" is
 * no misspelt "visa".
 */
export function withFunctionWords(realWords: RealWords, lexicons: readonly Lexicon[]): RealWords {
  const languages = new Set([...Object.keys(realWords), ...lexicons.map((lexicon) => lexicon.language)]);
  return Object.fromEntries(
    [...languages].map((language) => [
      language,
      new Set([...(realWords[language] ?? []), ...lexicons.filter((lexicon) => lexicon.language === language).flatMap((lexicon) => lexicon.functionWords)]),
    ]),
  );
}

// Each lexicon's rules carry its language, so a message reads typos only against its own language's words (issue 20).
const findKeywords = createKeywordMatcher(
  [...PHRASE_RULES, ...LEXICONS.flatMap((lexicon) => lexicon.phrases.map((rule) => ({ ...rule, language: lexicon.language })))],
  [...PAIR_RULES, ...LEXICONS.flatMap((lexicon) => lexicon.pairs.map((rule) => ({ ...rule, language: lexicon.language })))],
  withFunctionWords(REAL_WORDS, LEXICONS),
);

/**
 * A message the function words place in one language reads typos in that language's lists only, and that language's
 * real words stay themselves; otherwise typos are read in all lists.
 */
function matchOptionsOf(text: string): MatchOptions {
  const coverage = languageCoverage(text);
  return coverage.covered ? { typoLanguages: new Set([coverage.language]), language: coverage.language } : {};
}

function finding(text: string, kind: SensitivityKind, topic: string, start: number, end: number, readAs: readonly string[] = []): SensitivityFinding {
  const match = text.slice(start, end);
  const quoted = match.length > MAX_QUOTED_CHARS ? `${match.slice(0, MAX_QUOTED_CHARS - 1)}…` : match;
  const typo = readAs.length > 0 ? `, read as “${readAs.join(' ')}”` : '';
  return { kind, topic, match, start, end, reason: `${KIND_LABELS[kind]} (${topic}): “${quoted}”${typo}` };
}

/** "money" inside "money back" says nothing more: keep the widest finding of each kind. */
function withoutNested(findings: SensitivityFinding[]): SensitivityFinding[] {
  const isInside = (inner: SensitivityFinding, outer: SensitivityFinding) =>
    inner !== outer && inner.kind === outer.kind && outer.start <= inner.start && inner.end <= outer.end &&
    (outer.end - outer.start > inner.end - inner.start || findings.indexOf(outer) < findings.indexOf(inner));
  return findings.filter((inner) => !findings.some((outer) => isInside(inner, outer)));
}

const FIRST_PERSON = /\b(?:we|i|us|let me|our team)\b/i;
const PASSIVE = /\b(?:has|have|had|was|were|been|be|is|are)\b/i;

/**
 * A draft that tells the customer how to change their own details promises
 * nothing; one where we change them ("we have deleted your account", "your
 * address has been updated") does. Customer text needs no such test: asking
 * is enough.
 */
function promisedByReply(text: string, hit: KeywordHit): boolean {
  return FIRST_PERSON.test(text.slice(sentenceStart(text, hit.start), hit.start)) || PASSIVE.test(text.slice(hit.start, hit.end));
}

/** An address called by its name with a number after it, for the streets the address detector has no shape for. */
const NAMED_ADDRESS = /(?<![\p{L}])(?:address|adresse|anschrift|dirección|direccion|endereço|endereco|indirizzo|adres)(?![\p{L}])[^.!?\n\d]{0,30}\d[^.!?\n]{0,60}/giu;

function homeAddresses(text: string): { start: number; end: number }[] {
  const byShape = detectAddresses(text);
  return byShape.length > 0 ? byShape : [...text.matchAll(NAMED_ADDRESS)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * Numbers a customer should not have to send and the model should not see:
 * identity numbers, IBANs and cards, by their checksums or by their names.
 * One contact detail is not among them: customers give those all the time.
 * A street address and a phone number together are: that is where someone
 * lives and how to reach them, more than a reply needs.
 */
/**
 * A date of birth called by its name in any of the seven languages ("born March 2 1979", "née le 12/09/1992", "sono
 * nata il 05/03/1990"): with a name it identifies the customer.
 */
const BIRTH_DATE =
  /(?<![\p{L}])(?:born|n[ée]e?|nat[ao]|nacid[ao]|nac[ií]|nasci(?:d[ao])?|geboren|geb\.)(?![\p{L}])[^.!?\n\d]{0,12}(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.? \p{L}+ \d{4}|\p{L}+ \d{1,2}(?:st|nd|rd|th)?,? \d{4})/giu;
/** A German social insurance number by its shape: area, date of birth, initial, serial ("12 150786 M 042"). */
const SOCIAL_INSURANCE_DE = /(?<![\p{L}\p{N}])\d{2} ?(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2} ?[A-Z] ?\d{3}(?![\p{L}\p{N}])/gu;

/** A payment card number by its shape, four groups of four digits, whatever its check digit: the customer sends it as a card. */
const CARD_SHAPE = /(?<![\p{L}\p{N}])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?![\p{L}\p{N}])/gu;

function customerPersonalData(text: string): SensitivityFinding[] {
  const byFormat = findPersonalData(text)
    .filter((match) => match.type === 'card number' || match.type === 'IBAN')
    .map((match) => finding(text, 'personal-data', match.type, match.start, match.end));
  const ids = detectNationalIds(text).map((match) => finding(text, 'personal-data', 'national id', match.start, match.end));
  const NAMED_TOPIC = { 'national-id': 'national id', iban: 'bank account', card: 'card number' } as const;
  const named = detectNamedValues(text).map((match) =>
    finding(text, 'personal-data', NAMED_TOPIC[match.kind as keyof typeof NAMED_TOPIC] ?? match.kind, match.start, match.end),
  );
  const hasPhone = detectPhones(text).length > 0 || findPersonalData(text).some((match) => match.type === 'phone number');
  const homes = hasPhone ? homeAddresses(text).map((match) => finding(text, 'personal-data', 'home address and phone', match.start, match.end)) : [];
  const insurance = [...text.matchAll(SOCIAL_INSURANCE_DE)].map((match) => finding(text, 'personal-data', 'national id', match.index, match.index + match[0].length));
  const born = [...text.matchAll(BIRTH_DATE)].map((match) => finding(text, 'personal-data', 'date of birth', match.index, match.index + match[0].length));
  // An account number of an IBAN's country and length, whatever its check digits: the customer sends it as theirs.
  const ibans = detectIbanShapes(text).map((match) => finding(text, 'personal-data', 'bank account', match.start, match.end));
  const cards = [...text.matchAll(CARD_SHAPE)].map((match) => finding(text, 'personal-data', 'card number', match.index, match.index + match[0].length));
  return [...byFormat, ...ids, ...named, ...homes, ...insurance, ...born, ...ibans, ...cards];
}

function fromExamples(text: string): SensitivityFinding[] {
  return findByExample(text).map((match) => {
    const base = finding(text, match.kind, match.act, match.start, match.end);
    return { ...base, reason: `${base.reason}, like “${match.example}” (${match.similarity.toFixed(2)})` };
  });
}

/** Kinds whose words also name parts of the product: "the manager view", "escalation rules", "the charge ID field". */
const NAMES_PRODUCT_PARTS: ReadonlySet<SensitivityKind> = new Set(['escalation', 'financial']);
/** Escalation topics that name a person above someone: a customer's own is none of ours. */
const SUPERIOR_TOPICS: ReadonlySet<string> = new Set(['manager', 'seniority']);

/** A keyword hit that, read in its sentence, is no request of its kind. */
function isOtherSense(text: string, hit: KeywordHit): boolean {
  if (NAMES_PRODUCT_PARTS.has(hit.kind) && isFeatureName(text, hit.start, hit.end, hit.kind === 'financial')) return true;
  if (hit.kind === 'escalation' && SUPERIOR_TOPICS.has(hit.topic) && isOwnSuperior(text, hit.start)) return true;
  if (hit.kind === 'data-change' && (isSecondFactorSwitchedOn(text, hit.start, hit.end) || isHypothetical(text, hit.start, hit.end))) return true;
  if (hit.kind === 'financial' && (isOwnCustomersMoney(text, hit.start, hit.end) || isShippingPrice(text, hit.start, hit.end))) return true;
  // An injection lives in quotes and JSON ("role": "system"): quoting it mentions nothing.
  return hit.kind !== 'prompt-injection' && isQuotedName(text, hit.start, hit.end);
}

export function detectSensitivity(text: string, source: TextSource): SensitivityFinding[] {
  const fromKeywords = findKeywords(text, matchOptionsOf(text))
    .filter((hit) => source === 'customer' || hit.kind !== 'data-change' || promisedByReply(text, hit))
    .filter((hit) => !isOtherSense(text, hit))
    .map((hit) => finding(text, hit.kind, hit.topic, hit.start, hit.end, hit.readAs));
  const fromAmounts = findAmounts(text).map((amount) => finding(text, 'financial', 'amount', amount.start, amount.end));
  const fromInjection = findPromptInjection(text).map((match) => finding(text, 'prompt-injection', match.topic, match.start, match.end));
  const fromPersonalData =
    source === 'draft' ? findPersonalData(text).map((match) => finding(text, 'personal-data', match.type, match.start, match.end)) : customerPersonalData(text);
  const found = [...fromKeywords, ...fromAmounts, ...fromInjection, ...fromPersonalData];
  // An example only speaks where the words said nothing: "refund" explains itself better than a sentence like it, and
  // "my money back" is no escalation because it sounds like "call me back".
  const byExample = (source === 'customer' ? fromExamples(text) : []).filter(
    (example) =>
      !found.some((other) => other.start < example.end && example.start < other.end) &&
      // A sentence like an account act may still be a second factor switched on, or a question about consequences.
      !(example.kind === 'data-change' && (isSecondFactorSwitchedOn(text, example.start, example.end) || isHypothetical(text, example.start, example.end))),
  );
  return withoutNested([...found, ...byExample]).sort(
    (a, b) => a.start - b.start || a.kind.localeCompare(b.kind),
  );
}
