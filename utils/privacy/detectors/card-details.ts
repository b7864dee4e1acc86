import { detectCards } from './card';
import { cuePattern, isWholeToken, type Detection } from './context';

/**
 * What travels with a card number and is as sensitive (#19): the expiry date,
 * the security code (CVV, CVC, CVV2, CID…) and the PIN, in the languages the
 * redactor covers. A value counts when a cue word names it ("exp 09/29",
 * "Prüfziffer: 123") or when it follows a card number directly
 * ("4111 1111 1111 1111 12/27 123"). A card's last four digits after
 * "ending in" name no card and stay, as the agent needs them.
 */

const SECURITY_CODE_CUES = cuePattern([
  'cvv', 'cvv2', 'cvc', 'cvc2', 'cid', 'csc', 'cvn', 'security code', 'card security code', 'verification code', 'card verification code',
  'código de seguridad', 'codigo de seguridad', 'código cvv',
  'cryptogramme', 'cryptogramme visuel', 'code de sécurité', 'code de securite', 'code de vérification',
  'prüfziffer', 'prüfnummer', 'kartenprüfnummer', 'kartenprüfziffer', 'sicherheitscode',
  'beveiligingscode', 'verificatiecode', 'controlecode',
  'codice di sicurezza', 'codice di verifica', 'codice cvv',
  'código de segurança', 'codigo de seguranca', 'código de verificação',
]);

const EXPIRY_CUES = cuePattern([
  'exp', 'exp.', 'exp date', 'expiry', 'expiry date', 'expires', 'expiration', 'expiration date', 'valid thru', 'valid through', 'valid until', 'good thru',
  'caducidad', 'fecha de caducidad', 'vencimiento', 'fecha de vencimiento', 'vence', 'válida hasta', 'valida hasta',
  'expire', "date d'expiration", 'date d’expiration', "valable jusqu'au", 'valable jusqu’au', 'fin de validité',
  'ablaufdatum', 'gültig bis', 'läuft ab', 'verfallsdatum', 'ablauf',
  'vervaldatum', 'geldig tot', 'verloopt',
  'scadenza', 'data di scadenza', 'scade', 'valida fino',
  'validade', 'data de validade', 'expira', 'válido até', 'valido ate',
]);

const PIN_CUES = cuePattern(['pin', 'pin code', 'pincode', 'code pin', 'pin-nummer', 'pin-code', 'número pin', 'numero pin', 'codice pin']);

/** MM/YY, MM/YYYY, MM-YY, MM.YY, with optional spaces around the separator. */
const EXPIRY = String.raw`(?:0?[1-9]|1[0-2])\s?[/.\-]\s?(?:20)?\d{2}`;
/** Between a cue and its value: a few words ("is", "code", "lautet"), never another number. */
const GAP = String.raw`[^\d\n]{0,25}?`;

const VALUE_AFTER_CUE: readonly { cues: RegExp; value: string }[] = [
  { cues: SECURITY_CODE_CUES, value: String.raw`\d{3,4}` },
  { cues: EXPIRY_CUES, value: EXPIRY },
  { cues: PIN_CUES, value: String.raw`\d{4,6}` },
];

/** Right after a card number: separators, then an expiry or a code. */
const AFTER_CARD = new RegExp(String.raw`^[\s,;|]{1,4}(?:(${EXPIRY})|(\d{3,4}))(?!\d)`, 'u');

function valuesAfterCues(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const { cues, value } of VALUE_AFTER_CUE) {
    for (const cue of text.matchAll(cues)) {
      const after = cue.index + cue[0].length;
      const match = new RegExp(String.raw`^${GAP}(${value})(?![\d/.\-]\d)`, 'u').exec(text.slice(after));
      if (!match) continue;
      const start = after + match[0].length - match[1]!.length;
      const end = after + match[0].length;
      if (isWholeToken(text, start, end)) detections.push({ kind: 'card', start, end });
    }
  }
  return detections;
}

function valuesAfterCards(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const card of detectCards(text)) {
    let position = card.end;
    // An expiry then a code, or either: follow the chain.
    for (let step = 0; step < 2; step++) {
      const match = AFTER_CARD.exec(text.slice(position));
      if (!match) break;
      const value = match[1] ?? match[2]!;
      const end = position + match[0].length;
      detections.push({ kind: 'card', start: end - value.length, end });
      position = end;
    }
  }
  return detections;
}

export function detectCardDetails(text: string): Detection[] {
  return [...valuesAfterCues(text), ...valuesAfterCards(text)];
}
