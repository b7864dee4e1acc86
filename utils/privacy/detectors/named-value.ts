import type { RedactionKind } from '../kinds';
import { cuePattern, type Detection } from './context';

/**
 * Personal numbers the customer calls by their name: "my SSN is
 * 078-05-1120", "mi DNI es 12345678A", "meine IBAN lautet DE…". Whatever
 * their check digits say — a mistyped, sample or foreign number is still one
 * the customer means as theirs — the value after the name is hidden. The
 * format detectors find such numbers without a name only when the checksum
 * passes; this one needs the name and no checksum.
 */

const NAMES: Readonly<Partial<Record<RedactionKind, readonly string[]>>> = {
  'national-id': [
    // English
    'ssn', 'ss#', 'social security number', 'social security no', 'social security', 'national insurance number', 'ni number',
    'nino', 'tax id', 'tax number', 'itin', 'tin', 'passport number', 'passport no', 'driver’s license number', "driver's license number",
    'drivers license number', 'driving licence number', 'id number', 'id card number', 'national id',
    // Health and driving documents, named the same way.
    'nhs number', 'health insurance number', 'medicare number', 'licence number', 'license number',
    // German
    'steuer-id', 'steuerid', 'steuer-idnr', 'steueridentifikationsnummer', 'steuernummer', 'sozialversicherungsnummer',
    'personalausweisnummer', 'ausweisnummer', 'reisepassnummer', 'versicherungsnummer', 'führerscheinnummer', 'fuhrerscheinnummer',
    'krankenversicherungsnummer',
    // French
    'numéro de sécurité sociale', 'numero de securite sociale', 'sécurité sociale', 'securite sociale', 'nir', 'numéro fiscal',
    'numero fiscal', 'numéro de passeport', 'numero de passeport', "carte d'identité", 'carte d’identité', 'numéro de permis',
    'numero de permis',
    // Spanish
    'dni', 'nie', 'nif', 'nss', 'número de la seguridad social', 'numero de la seguridad social', 'seguridad social', 'pasaporte',
    'curp', 'rfc', 'cuit', 'cuil', 'carnet de conducir', 'número de tarjeta sanitaria', 'numero de tarjeta sanitaria',
    // Portuguese
    'cpf', 'rg', 'cnpj', 'cartão de cidadão', 'cartao de cidadao', 'número de contribuinte', 'numero de contribuinte', 'passaporte',
    'carta de condução', 'carta de conducao', 'número de utente', 'numero de utente',
    // Italian
    'codice fiscale', 'partita iva', "carta d'identità", 'carta d’identità', 'numero di passaporto', 'tessera sanitaria', 'numero di patente',
    // Dutch
    'bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer', 'rijksregisternummer', 'paspoortnummer', 'documentnummer', 'rijbewijsnummer',
  ],
  iban: [
    'iban', 'bank account number', 'bank account', 'account number', 'routing number', 'sort code', 'kontonummer', 'bankverbindung',
    'numéro de compte', 'numero de compte', 'rib', 'número de cuenta', 'numero de cuenta', 'cuenta bancaria', 'número da conta',
    'numero da conta', 'conta bancária', 'numero di conto', 'conto corrente', 'rekeningnummer', 'bankrekening', 'bankrekeningnummer',
  ],
  card: [
    'card number', 'credit card', 'debit card', 'kartennummer', 'kreditkartennummer', 'kreditkarte', 'numéro de carte', 'numero de carte',
    'carte bancaire', 'número de tarjeta', 'numero de tarjeta', 'tarjeta', 'número do cartão', 'numero do cartao', 'cartão',
    'numero della carta', 'carta di credito', 'kaartnummer', 'creditcardnummer', 'creditcard',
  ],
};

/**
 * After the name: up to a few words ("is", "lautet", "es el", ":", "para que esté a mi nombre:") without a
 * digit or sentence end, then the value — groups of digits and letters
 * holding a digit, or short upper-case letter groups ("QQ 12 34 56 C"), one
 * space, dash, dot or slash apart. A lower-case word ends it ("… 1120 if you").
 */
const VALUE_AFTER_NAME = /^[^\d.!?\n]{0,40}?((?:[A-Z]{1,6}[ -]?)?\d[\dA-Za-z]*(?:[ .\-/](?:\d[\dA-Za-z]*|[A-Z]{1,2}(?![\p{L}\p{N}])))*)/u;
const MIN_DIGITS = 4;

const CUES = Object.entries(NAMES).map(([kind, names]) => ({ kind: kind as RedactionKind, cue: cuePattern(names) }));

export function detectNamedValues(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const { kind, cue } of CUES) {
    for (const name of text.matchAll(cue)) {
      const after = name.index + name[0].length;
      const value = VALUE_AFTER_NAME.exec(text.slice(after));
      if (!value?.[1]) continue;
      if ((value[1].match(/\d/g)?.length ?? 0) < MIN_DIGITS) continue;
      const start = after + value[0].length - value[1].length;
      detections.push({ kind, start, end: start + value[1].length });
    }
  }
  return detections;
}
