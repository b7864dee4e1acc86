import { describe, expect, it } from 'vitest';
import { findPersonalData, passesIbanCheck, passesLuhn } from './personal-data';

const found = (text: string) => findPersonalData(text).map(({ type, start, end }) => [type, text.slice(start, end)]);

describe('findPersonalData', () => {
  it.each([
    ['Write to jane.doe+news@example.co.uk today', [['email address', 'jane.doe+news@example.co.uk']]],
    ['Call +1 (555) 123-4567 now', [['phone number', '+1 (555) 123-4567']]],
    ['Call 030 1234 5678', [['phone number', '030 1234 5678']]],
    ['Call +4930123456789', [['phone number', '+4930123456789']]],
    ['Card 4111 1111 1111 1111 on file', [['card number', '4111 1111 1111 1111']]],
    ['Card 4111-1111-1111-1111', [['card number', '4111-1111-1111-1111']]],
    ['IBAN DE89 3704 0044 0532 0130 00', [['IBAN', 'DE89 3704 0044 0532 0130 00']]],
    ['iban gb82west12345698765432', [['IBAN', 'gb82west12345698765432']]],
  ])('finds it in “%s”', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Order #123456789 has shipped'], // an unbroken order number
    ['Delivered on 2024-03-15 (15/03/2024)'],
    ['It cost 1,234.56 USD in total'],
    ['Card ending 4111 1111 1111 1112'], // fails the Luhn check
    ['IBAN DE88 3704 0044 0532 0130 00'], // wrong check digits
    ['Within 3-5 business days, ticket 12345'],
    ['Your card **** **** **** 1111 was charged'],
  ])('finds nothing in “%s”', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('check digits', () => {
  it.each([
    ['4111111111111111', true],
    ['79927398713', true],
    ['79927398710', false],
  ])('Luhn %s → %s', (digits, expected) => expect(passesLuhn(digits)).toBe(expected));

  it.each([
    ['DE89 3704 0044 0532 0130 00', true],
    ['FR14 2004 1010 0505 0001 3M02 606', true],
    ['GB82 WEST 1234 5698 7654 33', false],
  ])('IBAN %s → %s', (iban, expected) => expect(passesIbanCheck(iban)).toBe(expected));
});
