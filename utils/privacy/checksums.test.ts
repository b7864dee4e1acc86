import { describe, expect, it } from 'vitest';
import {
  hasValidCodiceFiscaleCheck,
  hasValidNirKey,
  hasValidSpanishIdLetter,
  isValidGermanTaxId,
  passesElevenProof,
  passesIbanCheck,
  passesLuhn,
} from './checksums';

describe.each([
  ['passesLuhn', passesLuhn, ['4111111111111111', '378282246310005', '5555555555554444'], ['4111111111111112', '1234567812345678', '']],
  [
    'passesIbanCheck',
    passesIbanCheck,
    ['DE89370400440532013000', 'GB82WEST12345698765432', 'ES9121000418450200051332', 'FR1420041010050500013M02606', 'NL91ABNA0417164300', 'IT60X0542811101000000123456'],
    ['DE89370400440532013001', 'GB82 WEST 1234 5698 7654 32', 'de89370400440532013000'],
  ],
  ['passesElevenProof', passesElevenProof, ['111222333', '123456782'], ['123456789', '000000000', '12345678']],
  ['hasValidSpanishIdLetter', hasValidSpanishIdLetter, ['12345678Z', 'X1234567L', 'Y1234567X'], ['12345678A', 'X12345678L', '1234567Z']],
  ['hasValidNirKey', hasValidNirKey, ['185057800608491', '269029934173285', '285022A00608461'], ['185057800608436', '2850219006084', '285022C00608461']],
  ['isValidGermanTaxId', isValidGermanTaxId, ['86095742719', '65929970489'], ['86095742718', '12345678901', '06095742719']],
  ['hasValidCodiceFiscaleCheck', hasValidCodiceFiscaleCheck, ['RSSMRA85T10A562S', 'MRTMTT91D08F205J'], ['RSSMRA85T10A562T', 'rssmra85t10a562s']],
] as const)('%s', (_name, check, valid, invalid) => {
  it.each(valid)('accepts %s', (value) => expect(check(value)).toBe(true));
  it.each(invalid)('rejects %s', (value) => expect(check(value)).toBe(false));
});
