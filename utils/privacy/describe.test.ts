import { describe, expect, it } from 'vitest';
import { inLocale } from '@/test/support/in-locale';
import type { RedactionEntry } from './mapping';
import { countRedactions, summariseRedactions } from './describe';
import { redactionText } from './redaction-text';

const entry = (placeholder: string, kind: RedactionEntry['kind'], value: string): RedactionEntry => ({ placeholder, kind, value });

describe('redaction summary', () => {
  it.each([
    [[], null],
    [[entry('EMAIL_1', 'email', 'a@x.com'), entry('EMAIL_2', 'email', 'b@x.com'), entry('CARD_1', 'card', '4111111111111111')], '2 email addresses, 1 card number'],
    [[entry('NAME_1', 'customer-name', 'Jane'), entry('IBAN_1', 'iban', 'DE89370400440532013000'), entry('PHONE_1', 'phone', '0612345678')], '1 phone number, 1 IBAN, 1 name'],
    [[entry('NATIONAL_ID_1', 'national-id', '12345678Z'), entry('ADDRESS_1', 'address', 'Calle Mayor 5'), entry('ADDRESS_2', 'address', 'Kerkstraat 5')], '1 national ID number, 2 street addresses'],
  ])('%#: %s', (entries, expected) => {
    const summary = summariseRedactions({ entries });
    const description = redactionText(summary);
    expect(description).toBe(expected);
    for (const { value } of entries) expect(JSON.stringify(summary)).not.toContain(value);
  });

  it('is stored as counts and worded in the reader’s language; a sentence stored before #15 is shown as it was', async () => {
    const summary = summariseRedactions({ entries: [entry('EMAIL_1', 'email', 'a@x.com'), entry('EMAIL_2', 'email', 'b@x.com'), entry('NAME_1', 'customer-name', 'Jane')] });
    expect(summary).toEqual({ email: 2, 'customer-name': 1 });
    await inLocale('de', () => expect(redactionText(summary)).toBe('2 E-Mail-Adressen, 1 Name'));
    expect(redactionText('1 card number')).toBe('1 card number');
    expect(redactionText({ email: 'two' })).toBeNull();
  });
});

describe('countRedactions', () => {
  it('counts every kind, zero included', () => {
    expect(countRedactions({ entries: [entry('EMAIL_1', 'email', 'a@x.com')] })).toEqual({
      email: 1, phone: 0, card: 0, iban: 0, 'national-id': 0, address: 0, 'customer-name': 0,
    });
  });
});
