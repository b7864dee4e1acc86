import { passesLuhn } from '../checksums';
import { isWholeToken, type Detection } from './context';

/**
 * Payment card numbers: 13–19 digits, contiguous or grouped by spaces or
 * dashes, starting like a card network's range and passing Luhn. A Luhn-valid
 * run that is only part of a longer digit run is not a card.
 */

/** A maximal run: nothing after it can force the regex back into a shorter prefix. */
const DIGIT_GROUPS = /\d+(?:[ \u00A0-]\d+)*/gu;

/** Visa 4, Mastercard 2/5, Amex/Diners/JCB 3, Discover/Maestro/UnionPay 6, UnionPay/RuPay 8. */
const CARD_NETWORK_PREFIX = /^[2-68]/;
const MIN_CARD_DIGITS = 13;
const MAX_CARD_DIGITS = 19;
/** Cards are printed in groups of four; another such group after the card means the run is longer than a card. */
const CARD_GROUP_LENGTH = 4;

function isCardNumber(digits: string): boolean {
  return (
    digits.length >= MIN_CARD_DIGITS &&
    digits.length <= MAX_CARD_DIGITS &&
    CARD_NETWORK_PREFIX.test(digits) &&
    passesLuhn(digits)
  );
}

/**
 * How many leading groups form the card, or 0. Trailing groups may be an
 * expiry month or a security code typed after it ("4111 1111 1111 1111 123"),
 * but never another four-digit group of the same number.
 */
function cardGroupCount(groups: readonly string[]): number {
  // A card is at most 19 digits, so only that many leading groups are ever worth joining.
  let count = 0;
  let digits = 0;
  while (count < groups.length && digits + (groups[count]?.length ?? 0) <= MAX_CARD_DIGITS) digits += groups[count++]?.length ?? 0;
  for (; count >= 1; count--) {
    const next = groups[count];
    if (next !== undefined && count > 1 && next.length === CARD_GROUP_LENGTH) continue;
    if (isCardNumber(groups.slice(0, count).join(''))) return count;
  }
  return 0;
}

export function detectCards(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(DIGIT_GROUPS)) {
    const groups = match[0].split(/[ \u00A0-]/);
    const count = cardGroupCount(groups);
    if (count === 0) continue;
    const end = match.index + groups.slice(0, count).reduce((total, group) => total + group.length + 1, -1);
    if (isWholeToken(text, match.index, end)) detections.push({ kind: 'card', start: match.index, end });
  }
  return detections;
}
