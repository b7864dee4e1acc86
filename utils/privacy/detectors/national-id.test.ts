import { describe, expect, it } from 'vitest';
import { detectNationalIds } from './national-id';

const found = (text: string) => detectNationalIds(text).map(({ start, end }) => text.slice(start, end));

describe('detectNationalIds', () => {
  it.each([
    ['US SSN, dashed', 'my SSN is 123-45-6789.', ['123-45-6789']],
    ['US SSN, spaced, no cue', 'it was 219 09 9998', ['219 09 9998']],
    ['US SSN, bare after its name', 'Social Security number 123456789', ['123456789']],
    ['UK NINO, spaced', 'NI number QQ 12 34 56 C? no: AB 12 34 56 C', ['AB 12 34 56 C']],
    ['UK NINO, compact', 'ni: JG103759A', ['JG103759A']],
    ['Spanish DNI', 'Mi DNI es 12345678Z', ['12345678Z']],
    ['Spanish DNI with dash, lower case', 'dni 12345678-z', ['12345678-z']],
    ['Spanish NIE', 'NIE: X1234567L', ['X1234567L']],
    ['Dutch BSN after its name', 'Mijn BSN is 111222333', ['111222333']],
    ['Dutch BSN, dotted', 'burgerservicenummer 1234.56.782', ['1234.56.782']],
    ['French NIR, spaced', 'numéro de sécu : 1 85 05 78 006 084 91', ['1 85 05 78 006 084 91']],
    ['French NIR, Corsica', 'NIR 285022A00608461', ['285022A00608461']],
    ['German tax id after its name', 'Steuer-ID: 86 095 742 719', ['86 095 742 719']],
    ['Italian codice fiscale', 'codice fiscale RSSMRA85T10A562S, grazie', ['RSSMRA85T10A562S']],
  ])('%s: %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['SSN in a reserved area', 'case 666-12-3456'],
    ['SSN with group 00', '123-00-4567'],
    ['the sample-card SSN', '078-05-1120'],
    ['9 digits without a cue', 'order 123456789'],
    ['BSN-valid digits without a cue', 'bestelling 111222333'],
    ['NINO with an invalid prefix', 'GB 12 34 56 A'],
    ['NINO-shaped prose', 'call me at 12 34 56 a.m.'],
    ['DNI-valid digits then a word', 'pedido 12345678 z'],
    ['DNI with the wrong letter', 'DNI 12345678A'],
    ['NIR with the wrong key', '1 85 05 78 006 084 36'],
    ['tax-id-valid digits without a cue', 'Rechnung 86095742719'],
    ['codice fiscale with the wrong check', 'RSSMRA85T10A562T'],
    ['a date', '2024-03-12'],
    ['a product code', 'SKU ABCDEF12G34H567Z'],
  ])('leaves %s alone: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
