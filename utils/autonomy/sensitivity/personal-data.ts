/**
 * Personal data a draft should not carry without a human looking: email
 * addresses, phone numbers, payment card numbers and IBANs. Card numbers and
 * IBANs must pass their check digits, and phone numbers need the shape of
 * one, so order numbers, amounts and dates are not mistaken for them.
 */

export type PersonalDataType = 'email address' | 'phone number' | 'card number' | 'IBAN';

export interface PersonalDataMatch {
  type: PersonalDataType;
  start: number;
  end: number;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/gi;
const PHONE = /(?<![\w+])(?:\+\d{8,15}|(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){0,4})(?!\w)/g;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

/** The Luhn checksum every payment card number satisfies. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** ISO 13616: the country code and check digits moved to the end, letters as numbers, mod 97 is 1. */
export function passesIbanCheck(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function looksLikePhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  // An unbroken run of digits is more often an order or ticket number than a phone number.
  const shaped = /^[+(]/.test(candidate) || /[ ().-]/.test(candidate);
  return digits.length >= 9 && digits.length <= 15 && shaped && !DATE_LIKE.test(candidate);
}

const CHECKS: { type: PersonalDataType; pattern: RegExp; accept(match: string): boolean }[] = [
  { type: 'email address', pattern: EMAIL, accept: () => true },
  { type: 'IBAN', pattern: IBAN, accept: passesIbanCheck },
  { type: 'card number', pattern: CARD, accept: (match) => passesLuhn(match.replace(/\D/g, '')) },
  { type: 'phone number', pattern: PHONE, accept: (match) => looksLikePhone(match.trim()) },
];

export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  const overlapsFound = (start: number, end: number) => found.some((match) => start < match.end && match.start < end);
  // In order of CHECKS: a card number or IBAN is not reported again as a phone number.
  for (const { type, pattern, accept } of CHECKS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (accept(match[0]) && !overlapsFound(start, end)) found.push({ type, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
