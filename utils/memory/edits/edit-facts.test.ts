import { describe, expect, it } from 'vitest';
import { compareFacts, extractFacts, withoutCourtesyNames, type FactKind } from './edit-facts';

const factsOf = (text: string) => extractFacts(text).facts.map(({ kind, value }) => [kind, value]);
const differences = (before: string, after: string) => compareFacts(extractFacts(before), extractFacts(after), before, after);

describe('extractFacts', () => {
  it.each<[string, FactKind, string]>([
    ['see https://acme.com/help/refunds.', 'link', 'https://acme.com/help/refunds'],
    ['go to www.acme.com/reset', 'link', 'www.acme.com/reset'],
    ['write to Billing@Acme.com', 'email address', 'billing@acme.com'],
    ['a refund of $89.00', 'amount', 'usd 89'],
    ['a refund of 89 USD', 'amount', 'usd 89'],
    ['a fee of €1,299.50', 'amount', 'eur 1299.5'],
    ['a fee of 15 euros', 'amount', 'eur 15'],
    ['10% off', 'percentage', '10'],
    ['within 3–5 business days', 'duration', '3-5 business day'],
    ['within 3 to 5 days', 'duration', '3-5 day'],
    ['in two weeks', 'duration', 'two week'],
    ['within an hour', 'duration', 'an hour'],
    ['on March 3rd', 'date', 'march 3'],
    ['on 3 March 2026', 'date', '3 march 2026'],
    ['on 2026-03-03', 'date', '2026-03-03'],
    ['by next Friday', 'date', 'next friday'],
    ['by the end of the week', 'date', 'end of the week'],
    ['tomorrow', 'date', 'tomorrow'],
    ['until 5:30 pm', 'time', '5:30 pm'],
    ['order #A-20417', 'code', '#a-20417'],
    ['invoice INV-2041', 'code', 'inv-2041'],
    ['up to 5 users', 'number', '5'],
    ['on the Pro plan', 'name', 'pro plan'],
    ['on the annual subscription', 'name', 'annual subscription'],
    ['the Acme Hub works', 'name', 'acme hub'],
  ])('%s → %s %s', (text, kind, value) => {
    expect(factsOf(text)).toContainEqual([kind, value]);
  });

  it('claims each piece of text for one fact only: a link is not also a number', () => {
    expect(factsOf('Reset it at https://acme.com/r/2041 within 24 hours')).toEqual([
      ['link', 'https://acme.com/r/2041'],
      ['duration', '24 hour'],
    ]);
  });

  it.each(['Your order has shipped.', 'I am sorry. We will fix it.', 'Thanks, OK?', 'the 3rd attempt'])('finds no name or code in %s', (text) => {
    expect(factsOf(text).filter(([kind]) => kind === 'name' || kind === 'code')).toEqual([]);
  });

  it('blanks the facts out of the text, keeping every other character in place', () => {
    const { masked } = extractFacts('Pay $10 by Friday.');
    expect(masked).toBe('Pay     by       .');
  });
});

describe('compareFacts', () => {
  it.each([
    ['$89', '$89.00'],
    ['3-5 business days', '3 – 5 business days'],
    ['Pro plan', 'pro plan'],
    ['$10 and then $10 again', '$10 and then $10 again'],
  ])('sees no change between %s and %s', (before, after) => {
    expect(differences(before, after)).toEqual([]);
  });

  it.each([
    ['Refund: $89.00.', 'Refund: $98.00.', ['amount changed: $89.00 → $98.00']],
    ['Fee: $10.', 'Fee: $10, plus $10 shipping.', ['amount added: $10']],
    ['Ships Monday, arrives 2 days later.', 'Ships Monday.', ['duration removed: 2 days']],
    ['Write to a@acme.com or see https://acme.com.', 'Write to b@acme.com or see https://acme.io.', ['link changed: https://acme.com → https://acme.io', 'email address changed: a@acme.com → b@acme.com']],
  ])('%s → %s', (before, after, expected) => {
    expect(differences(before, after)).toEqual(expected);
  });

  it('ignores names that the greeting or sign-off say', () => {
    const before = withoutCourtesyNames(extractFacts('Thanks, Jane! Your refund is on its way.'), 'Hi Jane,');
    const after = withoutCourtesyNames(extractFacts('Your refund is on its way.'), 'Hi Jane,');
    expect(compareFacts(before, after, '', '')).toEqual([]);
  });
});
