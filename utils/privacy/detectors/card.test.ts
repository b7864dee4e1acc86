import { describe, expect, it } from 'vitest';
import { detectCards } from './card';

const found = (text: string) => detectCards(text).map(({ start, end }) => text.slice(start, end));

describe('detectCards', () => {
  it.each([
    ['spaced Visa', 'My card 4111 1111 1111 1111 was charged twice', ['4111 1111 1111 1111']],
    ['dashed Mastercard', 'tarjeta 5555-5555-5555-4444', ['5555-5555-5555-4444']],
    ['contiguous', 'Karte 4111111111111111.', ['4111111111111111']],
    ['Amex grouping', 'carte 3782 822463 10005', ['3782 822463 10005']],
    ['followed by a security code', 'card 4111 1111 1111 1111 123 exp', ['4111 1111 1111 1111']],
    ['followed by an expiry date', 'numero 4111 1111 1111 1111 12/27', ['4111 1111 1111 1111']],
    ['two cards', '4111111111111111 and 5555555555554444', ['4111111111111111', '5555555555554444']],
  ])('%s: %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Luhn-invalid 16-digit order number', 'Order 4111 1111 1111 1112 never arrived'],
    ['Luhn-valid but inside a longer digit run', 'Tracking 941111111111111110 and 41111111111111112222'],
    ['a card plus another group of four', 'barcode 4111 1111 1111 1111 2222'],
    ['glued to letters', 'ref AB4111111111111111'],
    ['part of a path', 'see /orders/4111111111111111'],
    ['Luhn-valid but no card network starts with 1', 'ticket 1111 1111 1111 1117'],
    ['too short', '4111 1111 1111'],
    ['an amount', 'paid 1.299,00 €'],
  ])('leaves %s alone: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
