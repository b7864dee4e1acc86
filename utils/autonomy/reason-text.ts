import { browser } from 'wxt/browser';
import { i18n } from '../i18n';
import { categoryName } from './categories';
import { readStoredReasons, type ConcernReason, type ConcernSide, type RoutingReason, type StoredReason } from './reasons';

type NotPostedProblem = Extract<RoutingReason, { code: 'not-posted' }>['problem'];
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

/** Personal data is named by its type, for the reader. */
const PERSONAL_DATA: Record<string, () => string> = {
  'email address': () => i18n.t('routingReasons.personalData.emailAddress'),
  'phone number': () => i18n.t('routingReasons.personalData.phoneNumber'),
  'card number': () => i18n.t('routingReasons.personalData.cardNumber'),
  IBAN: () => i18n.t('routingReasons.personalData.iban'),
  'national id': () => i18n.t('routingReasons.personalData.nationalId'),
  'bank account': () => i18n.t('routingReasons.personalData.bankAccount'),
};

/**
 * The topics the sensitivity checks name (in English, in the word lists and examples), in the
 * reader's language; reason-text.test.ts checks every topic the lists can produce is here.
 */
export const TOPICS: Record<string, () => string> = {
  ...PERSONAL_DATA,
  'account access': () => i18n.t('sensitivityTopics.accountAccess'),
  'account access or takeover': () => i18n.t('sensitivityTopics.accountAccessOrTakeover'),
  'account change': () => i18n.t('sensitivityTopics.accountChange'),
  'account deletion': () => i18n.t('sensitivityTopics.accountDeletion'),
  'address change': () => i18n.t('sensitivityTopics.addressChange'),
  'address deletion': () => i18n.t('sensitivityTopics.addressDeletion'),
  'amount': () => i18n.t('sensitivityTopics.amount'),
  'asking for a person': () => i18n.t('sensitivityTopics.askingForAPerson'),
  'billing': () => i18n.t('sensitivityTopics.billing'),
  'changing account details': () => i18n.t('sensitivityTopics.changingAccountDetails'),
  'changing the name on the account': () => i18n.t('sensitivityTopics.changingTheNameOnTheAccount'),
  'changing who holds the account': () => i18n.t('sensitivityTopics.changingWhoHoldsTheAccount'),
  'charge': () => i18n.t('sensitivityTopics.charge'),
  'chargeback': () => i18n.t('sensitivityTopics.chargeback'),
  'complaint to authorities': () => i18n.t('sensitivityTopics.complaintToAuthorities'),
  'content change': () => i18n.t('sensitivityTopics.contentChange'),
  'content deletion': () => i18n.t('sensitivityTopics.contentDeletion'),
  'credit': () => i18n.t('sensitivityTopics.credit'),
  'data request': () => i18n.t('sensitivityTopics.dataRequest'),
  'discount': () => i18n.t('sensitivityTopics.discount'),
  'email address change': () => i18n.t('sensitivityTopics.emailAddressChange'),
  'email address deletion': () => i18n.t('sensitivityTopics.emailAddressDeletion'),
  'fake role marker': () => i18n.t('sensitivityTopics.fakeRoleMarker'),
  'fee': () => i18n.t('sensitivityTopics.fee'),
  'home address and phone': () => i18n.t('sensitivityTopics.homeAddressAndPhone'),
  'human agent': () => i18n.t('sensitivityTopics.humanAgent'),
  'identity document': () => i18n.t('sensitivityTopics.identityDocument'),
  'identity numbers': () => i18n.t('sensitivityTopics.identityNumbers'),
  'instruction override': () => i18n.t('sensitivityTopics.instructionOverride'),
  'instructions to the model': () => i18n.t('sensitivityTopics.instructionsToTheModel'),
  'invoice': () => i18n.t('sensitivityTopics.invoice'),
  'legal action': () => i18n.t('sensitivityTopics.legalAction'),
  'legal threat': () => i18n.t('sensitivityTopics.legalThreat'),
  'manager': () => i18n.t('sensitivityTopics.manager'),
  'merging or moving accounts': () => i18n.t('sensitivityTopics.mergingOrMovingAccounts'),
  'money for a failure': () => i18n.t('sensitivityTopics.moneyForAFailure'),
  'ownership change': () => i18n.t('sensitivityTopics.ownershipChange'),
  'password change': () => i18n.t('sensitivityTopics.passwordChange'),
  'password deletion': () => i18n.t('sensitivityTopics.passwordDeletion'),
  'payment': () => i18n.t('sensitivityTopics.payment'),
  'personal data change': () => i18n.t('sensitivityTopics.personalDataChange'),
  'personal data deletion': () => i18n.t('sensitivityTopics.personalDataDeletion'),
  'phone number change': () => i18n.t('sensitivityTopics.phoneNumberChange'),
  'phone number deletion': () => i18n.t('sensitivityTopics.phoneNumberDeletion'),
  'pricing': () => i18n.t('sensitivityTopics.pricing'),
  'prompt extraction': () => i18n.t('sensitivityTopics.promptExtraction'),
  'public complaint': () => i18n.t('sensitivityTopics.publicComplaint'),
  'public or senior escalation': () => i18n.t('sensitivityTopics.publicOrSeniorEscalation'),
  'refund': () => i18n.t('sensitivityTopics.refund'),
  'removing data or access': () => i18n.t('sensitivityTopics.removingDataOrAccess'),
  'request addressed to the AI': () => i18n.t('sensitivityTopics.requestAddressedToTheAi'),
  'review bypass': () => i18n.t('sensitivityTopics.reviewBypass'),
  'role play': () => i18n.t('sensitivityTopics.rolePlay'),
  'seniority': () => i18n.t('sensitivityTopics.seniority'),
  'someone senior or with authority': () => i18n.t('sensitivityTopics.someoneSeniorOrWithAuthority'),
  'tax': () => i18n.t('sensitivityTopics.tax'),
  'threat': () => i18n.t('sensitivityTopics.threat'),
  'username change': () => i18n.t('sensitivityTopics.usernameChange'),
  'username deletion': () => i18n.t('sensitivityTopics.usernameDeletion'),
  'health': () => i18n.t('sensitivityTopics.health'),
  'repeated contact': () => i18n.t('sensitivityTopics.repeatedContact'),
  'role change': () => i18n.t('sensitivityTopics.roleChange'),
  'data export': () => i18n.t('sensitivityTopics.dataExport'),
  'lost revenue': () => i18n.t('sensitivityTopics.lostRevenue'),
  'data deletion': () => i18n.t('sensitivityTopics.dataDeletion'),
  'giving or taking away a role': () => i18n.t('sensitivityTopics.givingOrTakingRole'),
  'bringing back what was deleted': () => i18n.t('sensitivityTopics.restoringDeleted'),
  'asking again and hearing nothing': () => i18n.t('sensitivityTopics.askingAgainUnanswered'),
  'formal legal notice': () => i18n.t('sensitivityTopics.formalLegalNotice'),
};

/** A topic as the reader reads it; one these do not know (a newer list's) is shown as the checks name it. */
export const topicName = (topic: string): string => TOPICS[topic]?.() ?? topic;

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
  // Topics in the reader's language (the trigger words are marked in the message itself).
  const terms = reason.terms.map((term) => topicName(term.topic));
  return terms.length > 0
    ? i18n.t('routingReasons.concern', { kind, terms: list(terms), where: where(reason.sides) })
    : i18n.t('routingReasons.concernBare', { kind, where: where(reason.sides) });
}

/** Why draft-ahead did not post a reply; also the reply's blocked reason. */
export function notPostedText(problem: NotPostedProblem, detail: string): string {
  switch (problem) {
    case 'needs-human':
      return i18n.t('draftAheadWorker.needsHuman', { topic: topicName(detail) });
    case 'not-routed':
      return i18n.t('draftAheadWorker.notRouted');
    case 'customer-wrote-again':
      return i18n.t('draftAheadWorker.customerWroteAgain');
    case 'zendesk':
      return detail;
  }
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
      return i18n.t('routingReasons.unknownCategory', { category: categoryName(reason.category) });
    case 'low-confidence':
      return i18n.t('routingReasons.lowConfidence', { confidence: twoDecimals(reason.confidence), threshold: twoDecimals(reason.threshold) });
    case 'new-question':
      return reason.nearest === null
        ? i18n.t('routingReasons.newQuestionNone', { category: categoryName(reason.category) })
        : i18n.t('routingReasons.newQuestion', { category: categoryName(reason.category), nearest: twoDecimals(reason.nearest) });
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
      return i18n.t('routingReasons.sampled', { share: wholePercent(reason.rate), category: categoryName(reason.category) });
    case 'drafted-again':
      return i18n.t('review.draftedAgain');
    case 'could-not-act':
      return i18n.t('review.couldNotAct', { reason: reason.detail });
    case 'send-cancelled':
      return i18n.t('draftAheadWorker.cancelledBy', { agent: reason.agent });
    case 'not-posted':
      return i18n.t('draftAheadWorker.couldNotPost', { reason: notPostedText(reason.problem, reason.detail) });
    case 'posted':
      return i18n.t('draftAheadWorker.posted');
  }
}

/**
 * Stored reasons (checked: a page reads what any version wrote) as lines, each once: a stored list
 * may repeat a line an older version wrote twice.
 */
export const reasonLines = (stored: readonly unknown[]): string[] => [...new Set(readStoredReasons(stored).map(reasonText))];

/** Reasons as one line of text: the audit log, the eval's printout. */
export const reasonsText = (stored: readonly unknown[]): string => reasonLines(stored).join('; ');
