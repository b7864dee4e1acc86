import { describe, expect, it } from 'vitest';
import { summariseRedactions, redact, redactAll, restore, type RedactionOptions } from './redaction';

/** Realistic customer messages: every kind of personal value among the numbers support text is full of. */
const CONVERSATIONS: ReadonlyArray<[language: string, customerName: string, text: string, expected: string]> = [
  [
    'en',
    'Jane Doe',
    'Hi, this is Jane Doe. I was charged twice on my card 4111 1111 1111 1111 for order #A-10234 (€49.99) on 12/03/2024 at 14:30. ' +
      'Please call me on +44 7700 900123 or email jane.doe@example.com. Ship the replacement to 221B Baker Street, London NW1 6XE. ' +
      'Tracking 1Z999AA10123456784 shows nothing. App version 4.2.1, SSN 123-45-6789 if you need it. Thanks, Jane',
    'Hi, this is [NAME_1]. I was charged twice on my card [CARD_1] for order #A-10234 (€49.99) on 12/03/2024 at 14:30. ' +
      'Please call me on [PHONE_1] or email [EMAIL_1]. Ship the replacement to [ADDRESS_1]. ' +
      'Tracking 1Z999AA10123456784 shows nothing. App version 4.2.1, SSN [NATIONAL_ID_1] if you need it. Thanks, [NAME_2]',
  ],
  [
    'es',
    'José García',
    'Hola, soy José García. Mi pedido 4500123456 llegó roto el 03/05/2024. El importe fue de 1.234,56 €. ' +
      'Mi DNI es 12345678Z y mi IBAN ES91 2100 0418 4502 0005 1332. Pueden llamarme al 612 345 678 o escribir a jose.garcia@correo.es. ' +
      'Envíenlo a Calle Mayor 5, 28013 Madrid. Gracias, Jose',
    'Hola, soy [NAME_1]. Mi pedido 4500123456 llegó roto el 03/05/2024. El importe fue de 1.234,56 €. ' +
      'Mi DNI es [NATIONAL_ID_1] y mi IBAN [IBAN_1]. Pueden llamarme al [PHONE_1] o escribir a [EMAIL_1]. ' +
      'Envíenlo a [ADDRESS_1]. Gracias, [NAME_2]',
  ],
  [
    'fr',
    'Marie Dubois',
    'Bonjour, je suis Marie Dubois. Ma commande n° 2024-118734 du 15.04.2024 n’est jamais arrivée (colis 6A12345678901). ' +
      'Montant : 89,90 €. Vous pouvez me joindre au 06 12 34 56 78 ou à marie.dubois@orange.fr. ' +
      'Adresse : 12 rue de la Paix, 75002 Paris. Numéro de sécurité sociale : 2 69 02 99 341 732 85. Cordialement, Mme Dubois',
    'Bonjour, je suis [NAME_1]. Ma commande n° 2024-118734 du 15.04.2024 n’est jamais arrivée (colis 6A12345678901). ' +
      'Montant : 89,90 €. Vous pouvez me joindre au [PHONE_1] ou à [EMAIL_1]. ' +
      'Adresse : [ADDRESS_1]. Numéro de sécurité sociale : [NATIONAL_ID_1]. Cordialement, Mme [NAME_2]',
  ],
  [
    'de',
    'Hans Müller',
    'Guten Tag, mein Name ist Hans Müller. Meine Bestellung 302-1234567-8901234 vom 12.03.2024 wurde nicht geliefert, ' +
      'Sendungsnummer 00340434161234567890. Ich habe 59,99 € bezahlt. Bitte überweisen Sie die Erstattung auf DE89 3704 0044 0532 0130 00. ' +
      'Meine Steuer-ID ist 86 095 742 719. Sie erreichen mich unter 0171 1234567 oder hans.mueller@web.de. ' +
      'Lieferadresse: Hauptstraße 12, 10115 Berlin. Mit freundlichen Grüßen, H. Müller',
    'Guten Tag, mein Name ist [NAME_1]. Meine Bestellung 302-1234567-8901234 vom 12.03.2024 wurde nicht geliefert, ' +
      'Sendungsnummer 00340434161234567890. Ich habe 59,99 € bezahlt. Bitte überweisen Sie die Erstattung auf [IBAN_1]. ' +
      'Meine Steuer-ID ist [NATIONAL_ID_1]. Sie erreichen mich unter [PHONE_1] oder [EMAIL_1]. ' +
      'Lieferadresse: [ADDRESS_1]. Mit freundlichen Grüßen, H. [NAME_2]',
  ],
  [
    'nl',
    'Sanne de Vries',
    'Goedemiddag, ik ben Sanne de Vries. Bestelling 7012345678 is beschadigd bezorgd op 5-3-2024. ' +
      'Mijn BSN is 111222333 (de bank vroeg erom). Terugbetalen op NL91 ABNA 0417 1643 00 graag. ' +
      'Bel me op 06-12345678 of mail sanne.devries@ziggo.nl. Adres: Kerkstraat 5, 1012 AB Amsterdam. Groet, Sanne',
    'Goedemiddag, ik ben [NAME_1]. Bestelling 7012345678 is beschadigd bezorgd op 5-3-2024. ' +
      'Mijn BSN is [NATIONAL_ID_1] (de bank vroeg erom). Terugbetalen op [IBAN_1] graag. ' +
      'Bel me op [PHONE_1] of mail [EMAIL_1]. Adres: [ADDRESS_1]. Groet, [NAME_2]',
  ],
  [
    'it',
    'Giulia Bianchi',
    'Buongiorno, sono Giulia Bianchi. L’ordine 171-2345678 del 10/01/2024 è arrivato danneggiato. Ho pagato 129,00 €. ' +
      'Il mio codice fiscale è RSSMRA85T10A562S. Potete chiamarmi al 333 123 4567 oppure scrivere a giulia.bianchi@libero.it. ' +
      'Indirizzo: Via dei Mille, 5, 00184 Roma (RM). Carta 5555 5555 5555 4444. Grazie, Giulia',
    'Buongiorno, sono [NAME_1]. L’ordine 171-2345678 del 10/01/2024 è arrivato danneggiato. Ho pagato 129,00 €. ' +
      'Il mio codice fiscale è [NATIONAL_ID_1]. Potete chiamarmi al [PHONE_1] oppure scrivere a [EMAIL_1]. ' +
      'Indirizzo: [ADDRESS_1]. Carta [CARD_1]. Grazie, [NAME_2]',
  ],
];

/** Numbers that look personal but are not: none of them may be redacted. */
const NOTHING_PERSONAL: ReadonlyArray<[language: string, text: string]> = [
  ['en', 'Order #123456789 shipped on 2024-03-12 14:30, total $1,299.99, tracking 1Z999AA10123456784, app v2.3.1, build 10.2.3.4567.'],
  ['en', 'Your order 4111 1111 1111 1112 (Luhn-invalid) and invoice 2024-000123 are linked; we open 09:00-17:30.'],
  ['es', 'Pedido 4500123456: 3 artículos, 45,90 €, entrega el 12/03/2024 entre 9:00 y 14:00, referencia 612345678.'],
  ['fr', 'Commande 2024-118734, facture FA-2024-00123, 1 234,56 € TTC, livraison le 15.04.2024 à 10h30, version 10.4.2.'],
  ['de', 'Bestellung 302-1234567-8901234, Rechnungsnummer 86095742719, Betrag 1.234,56 EUR, Lieferung am 12.03.2024 um 14:30 Uhr.'],
  ['nl', 'Bestelling 111222333 van 5-3-2024, prijs € 19,95, levering binnen 5 dagen, pakket 3SABCD1234567.'],
  ['it', 'Ordine n. 4111 1111 1111 1112, prezzo 49,90 €, consegna il 10/01/2024 alle 15.30, tracciamento 1Z999AA10123456784.'],
];

const optionsFor = (customerName: string): RedactionOptions => ({ customerNames: [customerName] });

describe('redact on realistic support text', () => {
  it.each(CONVERSATIONS)('%s: hides every personal value and nothing else', (_language, customerName, text, expected) => {
    expect(redact(text, optionsFor(customerName)).text).toBe(expected);
  });

  it.each(CONVERSATIONS)('%s: restore gives back the original text', (_language, customerName, text) => {
    const { text: redacted, mapping } = redact(text, optionsFor(customerName));
    expect(restore(redacted, mapping)).toBe(text);
  });

  it.each(NOTHING_PERSONAL)('%s: leaves order, tracking and invoice numbers, amounts, dates, times and versions: %s', (_language, text) => {
    expect(redact(text, optionsFor('Jane Doe'))).toEqual({ text, mapping: { entries: [] } });
  });
});

describe('redact options', () => {
  const text = 'Here: jane@example.com, +34 612 345 678, 4111 1111 1111 1111, ES91 2100 0418 4502 0005 1332, 12345678Z, Calle Mayor 5';

  it.each([
    ['email', '[EMAIL_1]'],
    ['phone', '[PHONE_1]'],
    ['card', '[CARD_1]'],
    ['iban', '[IBAN_1]'],
    ['national-id', '[NATIONAL_ID_1]'],
    ['address', '[ADDRESS_1]'],
  ] as const)('hides %s by default and keeps it when turned off', (kind, placeholder) => {
    expect(redact(text).text).toContain(placeholder);
    expect(redact(text, { kinds: { [kind]: false } }).text).not.toContain(placeholder);
  });

  it('keeps the name when customer-name is off, and needs the name to hide it', () => {
    expect(redact('Thanks, Jane', { customerNames: ['Jane'], kinds: { 'customer-name': false } }).text).toBe('Thanks, Jane');
    expect(redact('Thanks, Jane').text).toBe('Thanks, Jane');
  });
});

describe('overlaps', () => {
  it.each([
    ['an email’s digits are not a phone', 'mail 0612345678@example.com', 'mail [EMAIL_1]'],
    ['a card inside a longer digit run is not a card', 'ref 41111111111111111234', 'ref 41111111111111111234'],
    ['an IBAN’s digits are not a phone', 'IBAN DE89 3704 0044 0532 0130 00', 'IBAN [IBAN_1]'],
    ['a NIR is not a phone', 'NIR 1 85 05 78 006 084 91', 'NIR [NATIONAL_ID_1]'],
    ['a street named after the customer is an address', '221B Baker Street', '[ADDRESS_1]'],
    ['the customer’s name in their email stays part of the email', 'jane.baker@example.com', '[EMAIL_1]'],
  ])('%s', (_name, text, expected) => {
    expect(redact(text, { customerNames: ['Jane Baker'] }).text).toBe(expected);
  });
});

describe('redactAll', () => {
  it('gives a value the same placeholder in every text of the conversation', () => {
    const { texts, mapping } = redactAll(
      ['Refund for Jane Doe', 'Hi, Jane Doe here, card 4111 1111 1111 1111, mail JANE@example.com', 'Agent: emailed jane@example.com about 4111-1111-1111-1111'],
      { customerNames: ['Jane Doe'] },
    );
    expect(texts).toEqual([
      'Refund for [NAME_1]',
      'Hi, [NAME_1] here, card [CARD_1], mail [EMAIL_1]',
      'Agent: emailed [EMAIL_1] about [CARD_1]',
    ]);
    expect(summariseRedactions(mapping)).toEqual({ email: 1, card: 1, 'customer-name': 1 });
  });

  it('continues an existing mapping', () => {
    const first = redact('mail a@x.com');
    expect(redactAll(['a@x.com and b@x.com'], {}, first.mapping).texts).toEqual(['[EMAIL_1] and [EMAIL_2]']);
  });

  it('never hands out a label the customer typed, so restore cannot fill it with a real value', () => {
    const { texts, mapping } = redactAll(['My email is [EMAIL_1]?', 'no wait, it is jane@example.com']);
    expect(texts).toEqual(['My email is [EMAIL_1]?', 'no wait, it is [EMAIL_2]']);
    expect(restore('You wrote [EMAIL_1]; we use [EMAIL_2].', mapping)).toBe('You wrote [EMAIL_1]; we use jane@example.com.');
  });
});

describe('restore on model drafts', () => {
  const { mapping } = redactAll(
    ['Hola, soy José García, mi email es jose@correo.es y mi móvil 612 345 678', 'Gracias, José'],
    { customerNames: ['José García'] },
  );

  it.each([
    ['echoed as written', 'Hola [NAME_2], te escribiremos a [EMAIL_1].', 'Hola José, te escribiremos a jose@correo.es.'],
    ['reformatted brackets and case', 'Hola [ name_2 ], te llamaremos al (PHONE 1).', 'Hola José, te llamaremos al 612 345 678.'],
    ['full name in double braces', 'Estimado {{NAME_1}}:', 'Estimado José García:'],
    ['a placeholder the model invented', 'Hola [NAME_3], [EMAIL_10]', 'Hola [NAME_3], [EMAIL_10]'],
  ])('%s', (_name, draft, expected) => {
    expect(restore(draft, mapping)).toBe(expected);
  });
});
