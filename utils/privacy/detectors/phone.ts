import { cuePattern, isWholeToken, isWordChar, nearestCue, type Cue, type Detection } from './context';

/**
 * Phone numbers in international (+CC / 00CC) and national formats. Support
 * text is full of other digit runs — order and tracking numbers, amounts,
 * dates, times, versions — so a run counts as a phone only when its shape says
 * so (a +country code, a trunk 0, a known national grouping) or a cue word
 * right before it does, and never when the nearest cue speaks for something else.
 */

const SPACE = '[ \\u00A0]';
const SEPARATOR = `(?:${SPACE}?[-–./]${SPACE}?|${SPACE}?\\(\\d{1,4}\\)${SPACE}?|${SPACE})`;
/** A maximal run of digit groups; which part of it (if any) is a phone is decided in code. */
const DIGIT_RUN = new RegExp(`(?:\\+${SPACE}?)?(?:\\(\\d{1,5}\\)${SPACE}?)?\\d+(?:${SEPARATOR}\\d+)*`, 'gu');
/** Plain spaces between digits split a run into chunks: "0612345678 2 times" holds a phone and a count. */
const CHUNK_BREAK = /(?<=\d)[ \u00A0](?=[\d(])/gu;

const PHONE_CUES = {
  for: cuePattern([
    'phone', 'telephone', 'tel', 'tel.', 'mobile', 'cell', 'cellphone', 'call me', 'call', 'ring me', 'text me',
    'whatsapp', 'sms', 'fax', 'my number',
    'teléfono', 'telefono', 'tlf', 'tfno', 'móvil', 'movil', 'celular', 'llámame', 'llamadme', 'llamar', 'mi número', 'mi numero',
    'téléphone', 'tél', 'tél.', 'portable', 'appelez-moi', 'appelez', 'appeler', 'joignable', 'rappeler', 'mon numéro',
    'telefon', 'handy', 'mobil', 'festnetz', 'rufnummer', 'anrufen', 'erreichbar', 'meine nummer',
    'mobiel', 'telefoon', 'telefoonnummer', 'gsm', 'bel me', 'bellen', 'mijn nummer',
    'cellulare', 'cell.', 'chiamami', 'chiamare', 'il mio numero',
  ]),
  against: cuePattern([
    'order', 'ordine', 'pedido', 'commande', 'bestellung', 'bestellnummer', 'bestelling', 'bestelnummer', 'auftrag',
    'invoice', 'factura', 'facture', 'rechnung', 'factuur', 'fattura', 'receipt', 'recibo', 'reçu', 'quittung',
    'tracking', 'track', 'seguimiento', 'envío', 'envio', 'suivi', 'colis', 'sendung', 'sendungsnummer', 'paket',
    'zending', 'pakket', 'spedizione', 'pacco', 'shipment', 'parcel', 'package',
    'ref', 'ref.', 'reference', 'referencia', 'référence', 'referenz', 'referentie', 'riferimento',
    'ticket', 'case', 'caso', 'dossier', 'account', 'cuenta', 'compte', 'konto', 'kundennummer', 'rekening', 'conto',
    'customer', 'cliente', 'client', 'klant', 'kunde', 'sku', 'serial', 'serie', 'série', 'seriennummer', 'model',
    'modelo', 'modèle', 'modell', 'modello', 'version', 'versión', 'versione', 'iban', 'bic', 'swift', 'nif', 'cif',
    'vat', 'iva', 'tva', 'btw', 'contract', 'contrato', 'contrat', 'vertrag', 'contratto', 'policy',
    'póliza', 'poliza', 'polizza', 'amount', 'importe', 'montant', 'betrag', 'bedrag', 'importo', 'total', 'price',
    'precio', 'prix', 'preis', 'prijs', 'prezzo', 'ssn', 'bsn', 'nino', 'dni', 'nie', 'nir', 'codice fiscale',
    '#', 'n°', 'nº', 'no.', 'nr.', 'num.', 'núm.',
  ]),
};

const digitsIn = (text: string): number => text.replace(/\D/g, '').length;

/** The shortest number any rule below accepts: "+45 12 34 56 78", or 8 digits after a cue word. */
const MIN_PHONE_DIGITS = 8;
/** National numbers written after a cue word, trunk 0 included. */
const MAX_NATIONAL_DIGITS = 13;
/** "+33 6 12 34 56 78" is six space-separated chunks; no written phone has more than seven. */
const MAX_PHONE_CHUNKS = 7;
/** E.164 allows 15 digits; a written trunk "(0)" may add one. */
const MAX_PHONE_DIGITS = 16;

/** Amounts, decimals and clock times next to a digit run mean it is not a phone. */
function touchesAmountOrTime(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 8);
  return (
    /(?:[€$£¥]|\b(?:EUR|USD|GBP|CHF))[ \u00A0]?$/i.test(before) ||
    /^(?:[.,:]\d|[ \u00A0]?(?:[€$£¥%‰]|(?:EUR|USD|GBP|CHF|euros?|dollars?|pounds?)\b))/i.test(after)
  );
}

function separatorsOf(run: string): string[] {
  return run.split(/\d+/).slice(1, -1).map((separator) => separator.trim() || ' ');
}

/** 12.03.2024, 2024-03-12, 03/12/24 — but not 06.12.34.56.78, whose separators keep repeating. */
function isDateShaped(groups: readonly string[], separators: readonly string[]): boolean {
  const [first, second, third] = separators;
  if (groups.length < 3 || first !== second || !['.', '/', '-'].includes(first ?? '') || third === first) return false;
  const layout = groups.slice(0, 3).map((group) => group.length).join('-');
  return /^(?:[12]-[12]-(?:2|4)|4-[12]-[12])$/.test(layout);
}

const isIpShaped = (groups: readonly string[], separators: readonly string[]): boolean =>
  groups.length === 4 && separators.every((separator) => separator === '.') && groups.every((group) => group.length <= 3);

/** National groupings that carry no trunk 0: NANP (US/CA), Spain, Italian mobiles. */
function hasUntrunkedNationalLayout(groups: readonly string[]): boolean {
  const layout = groups.map((group) => group.length).join('-');
  const [first = '', second = ''] = groups;
  if (layout === '3-3-4' && /^[2-9]/.test(first)) return true;
  if (layout === '1-3-3-4' && first === '1' && /^[2-9]/.test(second)) return true;
  if (/^[6789]/.test(first) && ['3-3-3', '3-2-2-2', '2-3-2-2'].includes(layout)) return true;
  return first.startsWith('3') && ['3-7', '3-3-4', '3-4-3'].includes(layout);
}

/** A space-separated chunk of 8+ digits is a whole number on its own, so a range may only end with it. */
const LONGEST_INNER_CHUNK = 7;

/** `cueBefore` is asked only when the shape leaves it open: cue lookup is the costly part. */
function isPhone(text: string, start: number, end: number, cueBefore: () => Cue): boolean {
  const run = text.slice(start, end);
  const chunks = run.split(CHUNK_BREAK);
  if (chunks.slice(0, -1).some((chunk) => digitsIn(chunk) > LONGEST_INNER_CHUNK)) return false;
  const groups = run.match(/\d+/g) ?? [];
  const digitCount = groups.join('').length;
  const separators = separatorsOf(run);
  const formatted = separators.length > 0;
  if (!isWholeToken(text, start, end) || touchesAmountOrTime(text, start, end)) return false;
  if (run.startsWith('+')) return digitCount >= MIN_PHONE_DIGITS && digitCount <= MAX_PHONE_DIGITS;
  const cue = cueBefore();
  if (cue === 'against' || isDateShaped(groups, separators) || isIpShaped(groups, separators)) return false;
  // "00" is the dialled international prefix; real numbers after it have at most 13 digits.
  if (/^00[1-9]/.test(run)) return digitCount >= 10 && digitCount <= 15 && (formatted || cue === 'for');
  if (cue === 'for') return digitCount >= MIN_PHONE_DIGITS && digitCount <= MAX_NATIONAL_DIGITS;
  if (/^\(?0[1-9]/.test(run) && digitCount >= 9 && digitCount <= 12) return formatted || digitCount >= 10;
  return formatted && hasUntrunkedNationalLayout(groups);
}

/** Space-separated chunks of a run, as absolute [start, end) spans. */
function chunksOf(run: string, offset: number): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let chunkStart = 0;
  for (const space of run.matchAll(CHUNK_BREAK)) {
    chunks.push([offset + chunkStart, offset + space.index]);
    chunkStart = space.index + 1;
  }
  chunks.push([offset + chunkStart, offset + run.length]);
  return chunks;
}

/**
 * A range of equal chunks with one more such chunk beside it is the middle of
 * a longer number ("1234 0123 4567 8901"), not a phone beside a count or a
 * year ("0612345678 2", "06 12 34 56 78 2024", "2019 0171 1234567").
 */
function continuesBeyond(digitCounts: readonly number[], first: number, last: number): boolean {
  const length = digitCounts[first];
  for (let index = first + 1; index <= last; index++) if (digitCounts[index] !== length) return false;
  return digitCounts[first - 1] === length || digitCounts[last + 1] === length;
}

export function detectPhones(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(DIGIT_RUN)) {
    // Digits glued to letters (DE89 3704…, 1Z999…) are part of a code, whatever follows.
    if (isWordChar(text.charAt(match.index - 1))) continue;
    const chunks = chunksOf(match[0], match.index);
    const digitCounts = chunks.map(([start, end]) => digitsIn(text.slice(start, end)));
    // Longest phone first, from the left: the run may glue a phone to a count or a year before or after it.
    for (let first = 0; first < chunks.length; first++) {
      const start = chunks[first]?.[0] ?? 0;
      let cue: Cue | undefined;
      const cueBefore = (): Cue => (cue ??= nearestCue(text, start, PHONE_CUES));
      // Only ranges that could be a phone are tried, which keeps a long row of numbers linear.
      let last = first;
      let digits = digitCounts[first] ?? 0;
      while (
        last + 1 < chunks.length &&
        last + 1 - first < MAX_PHONE_CHUNKS &&
        digits + (digitCounts[last + 1] ?? 0) <= MAX_PHONE_DIGITS
      ) {
        digits += digitCounts[++last] ?? 0;
      }
      for (; last >= first && digits >= MIN_PHONE_DIGITS; digits -= digitCounts[last--] ?? 0) {
        const end = chunks[last]?.[1] ?? start;
        if (continuesBeyond(digitCounts, first, last)) continue;
        if (isPhone(text, start, end, cueBefore)) {
          detections.push({ kind: 'phone', start, end });
          first = last;
          break;
        }
      }
    }
  }
  return detections;
}
