import { browser } from 'wxt/browser';
import { i18n } from '../i18n';
import { readStoredReasons, type ConcernReason, type ConcernSide, type StoredReason } from './reasons';
import type { SensitivityKind } from './sensitivity/sensitivity';

/**
 * Routing's reasons in the reader's language, through browser.i18n: the panel, the queue, the
 * audit log. Where no browser answers (the evals, in Node), test/support/english-i18n.ts lets
 * the same function answer from locales/en.yml, so English is worded in one place only.
 */

const KIND = {
  financial: () => i18n.t('routingReasons.kind.financial'),
  'data-change': () => i18n.t('routingReasons.kind.dataChange'),
  escalation: () => i18n.t('routingReasons.kind.escalation'),
  'prompt-injection': () => i18n.t('routingReasons.kind.promptInjection'),
  'personal-data': () => i18n.t('routingReasons.kind.personalData'),
} satisfies Record<SensitivityKind, () => string>;

/** Personal data is named by its type; a type these do not know is shown as the checks name it. Other topics stay as the word lists name them (sens owns those lists). */
const PERSONAL_DATA: Record<string, () => string> = {
  'email address': () => i18n.t('routingReasons.personalData.emailAddress'),
  'phone number': () => i18n.t('routingReasons.personalData.phoneNumber'),
  'card number': () => i18n.t('routingReasons.personalData.cardNumber'),
  IBAN: () => i18n.t('routingReasons.personalData.iban'),
  'national id': () => i18n.t('routingReasons.personalData.nationalId'),
  'bank account': () => i18n.t('routingReasons.personalData.bankAccount'),
};

const CLAIM_KIND = {
  amount: () => i18n.t('routingReasons.claimKind.amount'),
  date: () => i18n.t('routingReasons.claimKind.date'),
  duration: () => i18n.t('routingReasons.claimKind.duration'),
  commitment: () => i18n.t('routingReasons.claimKind.commitment'),
};

const LANGUAGE_PROBLEM = {
  'other-script': () => i18n.t('routingReasons.language.otherScript'),
  'too-short': (words: number) => i18n.t('routingReasons.language.tooShort', words),
  'not-covered': () => i18n.t('routingReasons.language.notCovered'),
};

const locale = () => browser.i18n.getUILanguage();
/** Similarities and confidences with two decimals, as the reader writes decimals (0.62, 0,62). */
export const twoDecimals = (value: number) => new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
const wholePercent = (value: number) => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(value);
const list = (items: readonly string[]) => new Intl.ListFormat(locale(), { type: 'unit' }).format(items);
const languageName = (code: string) => {
  try {
    return new Intl.DisplayNames([locale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

function where(sides: readonly ConcernSide[]): string {
  const message = sides.includes('message');
  const draft = sides.includes('draft');
  const places = message && draft ? i18n.t('routingReasons.where.both') : message ? i18n.t('routingReasons.where.message') : draft ? i18n.t('routingReasons.where.draft') : null;
  if (!sides.includes('model')) return places ?? '';
  return places ? i18n.t('routingReasons.where.andModel', { places }) : i18n.t('routingReasons.where.model');
}

function concernText(reason: ConcernReason): string {
  const kind = KIND[reason.kind]();
  // Topics as the word lists name them (the trigger words are marked in the message itself);
  // personal data's types are worded for the reader.
  const terms = reason.terms.map((term) => PERSONAL_DATA[term.topic]?.() ?? term.topic);
  return terms.length > 0
    ? i18n.t('routingReasons.concern', { kind, terms: list(terms), where: where(reason.sides) })
    : i18n.t('routingReasons.concernBare', { kind, where: where(reason.sides) });
}

/** One reason as a line for the reader; a sentence stored by an older version is shown as it was written. */
export function reasonText(reason: StoredReason): string {
  if (typeof reason === 'string') return reason;
  switch (reason.code) {
    case 'concern':
      return concernText(reason);
    case 'unbacked-claims':
      return i18n.t('routingReasons.unbacked', { claims: list(reason.claims.map((claim) => i18n.t('routingReasons.claim', { kind: CLAIM_KIND[claim.kind](), text: claim.text }))) });
    case 'model-flag':
      return i18n.t('routingReasons.modelFlag', { flag: reason.flag });
    case 'confidence-invalid':
      return i18n.t('routingReasons.confidenceInvalid');
    case 'every-draft-reviewed':
      return i18n.t('routingReasons.everyDraftReviewed');
    case 'unknown-category':
      return i18n.t('routingReasons.unknownCategory', { category: reason.category.label });
    case 'low-confidence':
      return i18n.t('routingReasons.lowConfidence', { confidence: twoDecimals(reason.confidence), threshold: twoDecimals(reason.threshold) });
    case 'new-question':
      return reason.nearest === null
        ? i18n.t('routingReasons.newQuestionNone', { category: reason.category.label })
        : i18n.t('routingReasons.newQuestion', { category: reason.category.label, nearest: twoDecimals(reason.nearest) });
    case 'language':
      return LANGUAGE_PROBLEM[reason.problem](reason.words);
    case 'acted':
      return i18n.t('routingReasons.acted', {
        level: reason.level,
        confidence: twoDecimals(reason.confidence),
        threshold: twoDecimals(reason.threshold),
        nearest: twoDecimals(reason.nearest),
        language: languageName(reason.language),
      });
    case 'countdown':
      return i18n.t('routingReasons.countdown', reason.seconds);
    case 'sampled':
      return i18n.t('routingReasons.sampled', { share: wholePercent(reason.rate), category: reason.category.label });
  }
}

/**
 * Stored reasons (checked: a page reads what any version wrote) as lines, each once: a stored list
 * may repeat a line an older version wrote twice.
 */
export const reasonLines = (stored: readonly unknown[]): string[] => [...new Set(readStoredReasons(stored).map(reasonText))];

/** Reasons as one line of text: the audit log, the eval's printout. */
export const reasonsText = (stored: readonly unknown[]): string => reasonLines(stored).join('; ');
