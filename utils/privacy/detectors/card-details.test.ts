import { describe, expect, it } from 'vitest';
import { redact } from '../redaction';
import { detectCardDetails } from './card-details';

const found = (text: string) => detectCardDetails(text).map(({ start, end }) => text.slice(start, end)).sort();

describe('detectCardDetails', () => {
  it.each([
    ['English', 'Card is fine, exp 09/29 cvv 123', ['09/29', '123']],
    ['English, long words', 'expiry date: 11/2027, security code is 4821', ['11/2027', '4821']],
    ['CVV2 and CVC', 'CVV2 = 998 and the CVC 443', ['443', '998']],
    ['German', 'Ablaufdatum 09/29, Prüfziffer: 123', ['09/29', '123']],
    ['German, gültig bis', 'gültig bis 03-28, Kartenprüfnummer lautet 881', ['03-28', '881']],
    ['French', "date d'expiration 09/2029, cryptogramme 123", ['09/2029', '123']],
    ['Spanish', 'fecha de caducidad 09/29 y código de seguridad 123', ['09/29', '123']],
    ['Dutch', 'vervaldatum 09/29, beveiligingscode 123', ['09/29', '123']],
    ['Italian', 'scadenza 09/29, codice di sicurezza 123', ['09/29', '123']],
    ['Portuguese', 'validade 09/29, código de segurança 123', ['09/29', '123']],
    ['a PIN', 'my PIN is 4821', ['4821']],
    ['an expiry and a code typed after the card number', 'card 4111 1111 1111 1111 12/27 123 please', ['12/27', '123']],
    ['a code typed after the card number', 'tarjeta 4111111111111111, 737', ['737']],
  ])('%s: %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['the last four digits after "ending in"', 'the Visa ending in 4242 was charged'],
    ['a cue with no value', 'what is a CVV?'],
    ['a time span after "expires"', 'the link expires in 3 days'],
    ['an order number after a cue far away', 'the cvv field was empty so I called about order number 12345'],
    ['a date of a delivery', 'delivered on 12/03/2026'],
    ['a longer number after a cue', 'cvv 123456'],
  ])('leaves %s alone', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('hides them whole before the model sees the message, next to the card number', () => {
    const { text } = redact('Card 4111 1111 1111 1111 exp 09/29 cvv 123, the Visa ending in 4242.');
    expect(text).not.toMatch(/4111|09\/29|\b123\b/);
    expect(text).toContain('ending in 4242');
  });
});
