/**
 * Check digits of the identifiers the detectors look for. A number that fails
 * its check is an order number, a tracking code or a typo, and stays in the
 * text: checksums are what keeps redaction from eating ordinary numbers.
 * Inputs are already reduced to the identifier's own characters.
 */

const digitValue = (char: string): number => char.charCodeAt(0) - 48;

/** Payment cards (ISO/IEC 7812). */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let fromRight = 0; fromRight < digits.length; fromRight++) {
    let value = digitValue(digits.charAt(digits.length - 1 - fromRight));
    if (fromRight % 2 === 1) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return sum % 10 === 0;
}

/** Remainder of a long number written in base 10, digit by digit so it never overflows. */
function remainderMod97(digits: string): number {
  let remainder = 0;
  for (const char of digits) remainder = (remainder * 10 + digitValue(char)) % 97;
  return remainder;
}

/** IBAN (ISO 13616): the country and check digits move to the end, letters count as 10–35. */
export function passesIbanCheck(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return remainderMod97(digits) === 1;
}

/** Dutch BSN "elfproef": weights 9…2 and −1 for the last digit. */
export function passesElevenProof(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += digitValue(digits.charAt(index)) * (index === 8 ? -1 : 9 - index);
  return sum !== 0 && sum % 11 === 0;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI (8 digits) and NIE (X/Y/Z + 7 digits): the letter is the number mod 23. */
export function hasValidSpanishIdLetter(id: string): boolean {
  const match = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(id);
  if (!match) return false;
  const [, niePrefix = '', digits = '', letter] = match;
  if (niePrefix === '' ? digits.length !== 8 : digits.length !== 7) return false;
  const prefixDigit = niePrefix === '' ? '' : String('XYZ'.indexOf(niePrefix));
  const number = Number(prefixDigit + digits);
  return DNI_LETTERS.charAt(number % 23) === letter;
}

/**
 * French NIR: 13 characters and a 2-digit key, 97 − (number mod 97). Corsican
 * departments 2A and 2B count as 19 and 18 less 1,000,000 and 2,000,000.
 */
export function hasValidNirKey(nir: string): boolean {
  const match = /^(\d{5})(\d{2}|2A|2B)(\d{6})(\d{2})$/.exec(nir);
  if (!match) return false;
  const [, head = '', department = '', tail = '', key = ''] = match;
  const corsicaOffset = department === '2A' ? 1_000_000 : department === '2B' ? 2_000_000 : 0;
  const numericDepartment = department === '2A' ? '19' : department === '2B' ? '18' : department;
  const number = Number(head + numericDepartment + tail) - corsicaOffset;
  return 97 - (number % 97) === Number(key);
}

/** German Steuer-IdNr: ISO 7064 MOD 11,10, and one digit of the first ten repeated (twice or thrice), the rest unique. */
export function isValidGermanTaxId(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Map<string, number>();
  for (const char of digits.slice(0, 10)) counts.set(char, (counts.get(char) ?? 0) + 1);
  const repeated = [...counts.values()].filter((count) => count > 1);
  if (repeated.length !== 1 || (repeated[0] ?? 0) > 3) return false;
  let product = 10;
  for (const char of digits.slice(0, 10)) {
    let sum = (digitValue(char) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === digitValue(digits.charAt(10));
}

/** Values of odd-position characters (1st, 3rd…) in the Italian codice fiscale check. */
const CODICE_FISCALE_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** Digits and letters both map to 0–25 (digit n ≡ the nth letter). */
const codiceFiscaleIndex = (char: string): number => (/\d/.test(char) ? digitValue(char) : char.charCodeAt(0) - 65);

/** Italian codice fiscale: 16 characters, the last a check letter over the first 15. */
export function hasValidCodiceFiscaleCheck(code: string): boolean {
  if (!/^[A-Z0-9]{15}[A-Z]$/.test(code)) return false;
  let sum = 0;
  for (let index = 0; index < 15; index++) {
    const value = codiceFiscaleIndex(code.charAt(index));
    sum += index % 2 === 0 ? (CODICE_FISCALE_ODD[value] ?? 0) : value;
  }
  return String.fromCharCode(65 + (sum % 26)) === code.charAt(15);
}
