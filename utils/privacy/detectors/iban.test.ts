import { describe, expect, it } from 'vitest';
import { detectIbanShapes, detectIbans } from './iban';

const found = (text: string) => detectIbans(text).map(({ start, end }) => text.slice(start, end));

describe('detectIbans', () => {
  it.each([
    ['German, print format, followed by a word', 'IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX', ['DE89 3704 0044 0532 0130 00']],
    ['Spanish, compact', 'mi cuenta ES9121000418450200051332.', ['ES9121000418450200051332']],
    ['French with a letter in the BBAN', 'RIB : FR14 2004 1010 0505 0001 3M02 606', ['FR14 2004 1010 0505 0001 3M02 606']],
    ['Dutch, lower case', 'rekening nl91abna0417164300 graag', ['nl91abna0417164300']],
    ['Italian with dashes', 'IBAN: IT60-X054-2811-1010-0000-0123-456', ['IT60-X054-2811-1010-0000-0123-456']],
    ['British', 'sort it to GB82 WEST 1234 5698 7654 32 please', ['GB82 WEST 1234 5698 7654 32']],
  ])('%s: %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['check digits wrong', 'DE89 3704 0044 0532 0130 01'],
    ['too short for its country', 'DE89 3704 0044 0532 0130'],
    ['longer than its country allows', 'DE893704004405320130001'],
    ['unknown country', 'ZZ12 3456 7890 1234 5678 90'],
    ['a product code', 'model XS12 in stock'],
    ['glued to a word', 'REFDE89370400440532013000'],
  ])('leaves %s alone: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('detectIbanShapes', () => {
  it('keeps an IBAN of its country’s length whose check digits fail, and no other code', () => {
    expect(detectIbanShapes('IBAN DE00 1234 5678 9012 3456 78 please')).toHaveLength(1);
    expect(detectIbans('IBAN DE00 1234 5678 9012 3456 78 please')).toEqual([]);
    expect(detectIbanShapes('tracking JD014600006281234567')).toEqual([]);
  });
});
