import { passesIbanCheck } from '../checksums';
import { isWordChar, type Detection } from './context';

/** IBAN length per country (ISO 13616 registry): the check reads exactly this many characters. */
const IBAN_LENGTH: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24,
  PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

const IBAN_START = /(?<![\p{L}\p{N}])([A-Za-z]{2})\d{2}/gu;
const GROUP_SEPARATOR = /[ \u00A0-]/;
const ALPHANUMERIC = /[A-Za-z0-9]/;

/**
 * Reads `length` IBAN characters from `start`, allowing one space or dash
 * between them (print format groups by four, people group as they like).
 * Returns where the IBAN ends, or -1 when the characters run out first.
 */
function ibanEnd(text: string, start: number, length: number): number {
  let position = start;
  let read = 0;
  while (read < length && position < text.length) {
    const char = text.charAt(position);
    if (ALPHANUMERIC.test(char)) {
      read++;
      position++;
    } else if (GROUP_SEPARATOR.test(char) && ALPHANUMERIC.test(text.charAt(position + 1))) {
      position++;
    } else {
      break;
    }
  }
  return read === length ? position : -1;
}

function findIbans(text: string, checked: boolean): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(IBAN_START)) {
    const length = IBAN_LENGTH[(match[1] ?? '').toUpperCase()];
    if (length === undefined) continue;
    const end = ibanEnd(text, match.index, length);
    // Characters glued on after the country's length mean a longer code, not an IBAN.
    if (end < 0 || isWordChar(text.charAt(end))) continue;
    const compact = text.slice(match.index, end).replace(/[^A-Za-z0-9]/g, '').toUpperCase();
    if (!checked || passesIbanCheck(compact)) detections.push({ kind: 'iban', start: match.index, end });
  }
  return detections;
}

export const detectIbans = (text: string): Detection[] => findIbans(text, true);
/** Account numbers of an IBAN country's length whatever their check digits: a customer who sends one sends it as theirs. */
export const detectIbanShapes = (text: string): Detection[] => findIbans(text, false);
