import {
  hasValidCodiceFiscaleCheck,
  hasValidNirKey,
  hasValidSpanishIdLetter,
  isValidGermanTaxId,
  passesElevenProof,
} from '../checksums';
import { cuePattern, nearestCue, type Detection } from './context';

/**
 * National identity and tax numbers. Each format is checked by its own rules
 * (check letter, check digits, reserved ranges). Formats whose check still
 * lets through roughly one random number in ten — a bare 9-digit US SSN, the
 * Dutch BSN, the German tax id — also need their name written just before.
 */
interface IdFormat {
  pattern: RegExp;
  isValid: (compact: string) => boolean;
  /** Required cue words, for formats too close to ordinary numbers. */
  cue?: RegExp;
}

/** Only letters, digits: how the check rules read an id. */
const compactId = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();

function isValidSsn(digits: string): boolean {
  const area = digits.slice(0, 3);
  return (
    /^\d{9}$/.test(digits) &&
    area !== '000' &&
    area !== '666' &&
    !area.startsWith('9') &&
    digits.slice(3, 5) !== '00' &&
    digits.slice(5) !== '0000' &&
    // Printed on a sample card in 1938 and "used" by thousands since: never anyone's own.
    digits !== '078051120'
  );
}

const NINO_INVALID_PAIRS = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

function isValidNino(id: string): boolean {
  const first = id.charAt(0);
  const second = id.charAt(1);
  return !'DFIQUV'.includes(first) && !'DFIOQUV'.includes(second) && !NINO_INVALID_PAIRS.has(first + second);
}

function isValidNir(id: string): boolean {
  const month = Number(id.slice(3, 5));
  const plausibleMonth = (month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50;
  return plausibleMonth && hasValidNirKey(id);
}

/** Not glued to letters or digits on either side. */
const ALONE_BEFORE = '(?<![\\p{L}\\p{N}])';
const ALONE_AFTER = '(?![\\p{L}\\p{N}])';
const alone = (body: string, flags = 'gu'): RegExp => new RegExp(`${ALONE_BEFORE}(?:${body})${ALONE_AFTER}`, flags);

const ID_FORMATS: readonly IdFormat[] = [
  // US SSN, written 123-45-6789 or 123 45 6789; bare 9 digits only after "SSN".
  { pattern: alone('\\d{3}([- ])\\d{2}\\1\\d{4}'), isValid: isValidSsn },
  { pattern: alone('\\d{9}'), isValid: isValidSsn, cue: cuePattern(['ssn', 'ss#', 'social security', 'social security number']) },
  // UK National Insurance number: AB 12 34 56 C. Upper case only: "at 12 34 56 a" is prose.
  { pattern: alone('[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]'), isValid: isValidNino },
  // Spanish DNI (12345678Z) and NIE (X1234567L): check letter mod 23. Never a space before
  // the letter: "pedido 12345678 y …" would pass one time in 23.
  { pattern: alone('\\d{8}-?[A-Z]', 'giu'), isValid: hasValidSpanishIdLetter },
  { pattern: alone('[XYZ]-?\\d{7}-?[A-Z]', 'giu'), isValid: hasValidSpanishIdLetter },
  // Dutch BSN: eleven-proof.
  {
    pattern: alone('\\d{9}|\\d{3}[ .]\\d{3}[ .]\\d{3}|\\d{4}\\.\\d{2}\\.\\d{3}'),
    isValid: passesElevenProof,
    cue: cuePattern(['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer', 'citizen service number']),
  },
  // French NIR (numéro de sécurité sociale): 1 85 05 78 006 084 91, key mod 97.
  { pattern: alone('[1-478] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2[AB]) ?\\d{3} ?\\d{3} ?\\d{2}', 'giu'), isValid: isValidNir },
  // German Steuer-IdNr: 11 digits, MOD 11,10.
  {
    pattern: alone('\\d{2} ?\\d{3} ?\\d{3} ?\\d{3}'),
    isValid: isValidGermanTaxId,
    cue: cuePattern(['steuer-id', 'steuerid', 'steuer-idnr', 'steueridentifikationsnummer', 'identifikationsnummer', 'idnr', 'tin', 'tax id']),
  },
  // Italian codice fiscale, omocodia letters included.
  {
    pattern: alone('[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]', 'giu'),
    isValid: hasValidCodiceFiscaleCheck,
  },
];

export function detectNationalIds(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const format of ID_FORMATS) {
    for (const match of text.matchAll(format.pattern)) {
      if (!format.isValid(compactId(match[0]))) continue;
      if (format.cue && nearestCue(text, match.index, { for: format.cue }) !== 'for') continue;
      detections.push({ kind: 'national-id', start: match.index, end: match.index + match[0].length });
    }
  }
  return detections;
}
