import { describe, expect, it } from 'vitest';
import { redact } from '../redaction';
import { detectNamedValues } from './named-value';

const values = (text: string) => detectNamedValues(text).map(({ kind, start, end }) => [kind, text.slice(start, end)]);

describe('detectNamedValues', () => {
  it.each([
    ['My SSN is 078-05-1120 if you need to verify me.', 'national-id', '078-05-1120'],
    ['my ssn: 000-12-3456, please', 'national-id', '000-12-3456'],
    ['Mi DNI es 12345678A por favor', 'national-id', '12345678A'],
    ['Meine IBAN lautet DE00 1234 5678 9012 3456 78, danke', 'iban', 'DE00 1234 5678 9012 3456 78'],
    ['Mijn BSN is 123456789.', 'national-id', '123456789'],
    ['Il mio codice fiscale è RSSMRA85T10A562X.', 'national-id', 'RSSMRA85T10A562X'],
    ['My National Insurance number is QQ 12 34 56 C.', 'national-id', 'QQ 12 34 56 C'],
    ['For the check: my NHS number is 485 777 3456.', 'national-id', '485 777 3456'],
    ['Mijn rijbewijsnummer is 4820013377, als u dat nodig hebt.', 'national-id', '4820013377'],
    ['Meine Führerscheinnummer lautet B072RRE2I55.', 'national-id', 'B072RRE2I55'],
    // A few more words between the name and its value.
    ['Te paso mi NIE para que la cuenta quede a mi nombre: X1234567L', 'national-id', 'X1234567L'],
  ])('“%s” → %s %s', (text, kind, value) => {
    expect(values(text)).toContainEqual([kind, value]);
  });

  it.each(['My order number is 12345678.', 'I have a social security question', 'the IBAN field is empty', 'My SSN is missing'])('nothing in “%s”', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('is redacted before the model sees it, though its checksum fails', () => {
    expect(redact('My SSN is 078-05-1120 if you need to verify me.').text).toBe('My SSN is [NATIONAL_ID_1] if you need to verify me.');
  });

  it('follows the kind toggles', () => {
    expect(redact('My SSN is 078-05-1120.', { kinds: { 'national-id': false } }).text).toBe('My SSN is 078-05-1120.');
  });
});
