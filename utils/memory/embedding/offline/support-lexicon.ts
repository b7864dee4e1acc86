/**
 * A small hand-written thesaurus of customer-support language: words that
 * customers use for the same thing ("reimbursement" for "refund", "rep" for
 * "agent"). Edit classification (reply-anatomy.ts) uses it to tell a reworded
 * reply from a changed one. The offline embedder does not: retrieval must
 * hold on vocabulary nobody listed (issue 20).
 */
import { stem } from './text-normalisation';

/**
 * Each group is named by its first word. Stemming finds inflections, so each
 * stem is listed once. A two-word phrase matches adjacent content words.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['buy', 'purchase', 'shop'],
  ['refund', 'reimbursement', 'repay', 'chargeback', 'money back'],
  ['invoice', 'bill', 'receipt', 'statement'],
  ['fee', 'charge', 'penalty', 'cost', 'price', 'fine', 'surcharge'],
  ['cancel', 'terminate', 'termination', 'withdraw', 'withdrawal', 'exit'],
  ['delete', 'remove', 'close', 'erase', 'deactivate'],
  ['create', 'open', 'register', 'registration', 'signup', 'enroll'],
  ['edit', 'modify', 'update', 'change', 'amend', 'correct', 'alter'],
  ['switch', 'swap'],
  ['contact', 'reach', 'speak', 'talk', 'call', 'phone', 'chat'],
  ['agent', 'human', 'person', 'representative', 'operator', 'rep', 'staff', 'assistant'],
  ['password', 'pin', 'passcode', 'passphrase', 'credentials', 'pass'],
  ['recover', 'reset', 'retrieve', 'restore', 'forgot', 'forget', 'lost'],
  ['login', 'signin', 'logon'],
  ['deliver', 'delivery', 'ship', 'dispatch', 'courier', 'postage'],
  ['parcel', 'package'],
  ['track', 'status', 'locate', 'trace', 'whereabouts'],
  ['late', 'delay', 'overdue'],
  ['fast', 'quick', 'express', 'expedite', 'urgent'],
  ['complaint', 'complain', 'claim', 'grievance', 'dissatisfied', 'unhappy'],
  ['review', 'feedback', 'opinion', 'comment', 'rate', 'rating'],
  ['subscribe', 'subscription', 'newsletter', 'unsubscribe'],
  ['account', 'profile', 'user'],
  ['problem', 'issue', 'error', 'trouble', 'fail', 'failure', 'bug', 'glitch'],
  ['broken', 'damaged', 'defective', 'faulty'],
  ['wrong', 'incorrect', 'mistake', 'mistaken'],
  ['discount', 'coupon', 'promo', 'voucher', 'promotion'],
  ['warranty', 'guarantee'],
  ['item', 'product', 'article', 'goods', 'merchandise'],
  ['card', 'visa', 'mastercard', 'amex', 'debit'],
  ['email', 'mail', 'inbox'],
];

/** A word, or a phrase of two content words, as the embedder looks it up: stemmed word by word. */
export const lexiconKey = (phrase: string): string => phrase.split(' ').map(stem).join(' ');

/** Stemmed word or phrase → its concept (the group's first word). */
export const CONCEPT_OF: ReadonlyMap<string, string> = new Map(
  SYNONYM_GROUPS.flatMap((group) => group.map((entry): [string, string] => [lexiconKey(entry), group[0] ?? entry])),
);

