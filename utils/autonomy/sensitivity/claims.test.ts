import { describe, expect, it } from 'vitest';
import { bareNumberKeys, extractClaims, parseNumber } from './claims';

const claims = (text: string) => extractClaims(text).map(({ kind, text: quoted, keys }) => [kind, quoted, keys]);

describe('extractClaims', () => {
  it.each([
    ['That is $49.90', [['amount', '$49.90', ['amount:49.9']]]],
    ['That is 49,90 €', [['amount', '49,90 €', ['amount:49.9']]]],
    ['That is EUR 1.234,50', [['amount', 'EUR 1.234,50', ['amount:1234.5']]]],
    ['That is 1,500 dollars', [['amount', '1,500 dollars', ['amount:1500']]]],
    ['That is 50 cents', [['amount', '50 cents', ['amount:0.5']]]],
    ['Take 20% off', [['amount', '20%', ['percent:20']]]],
    ['Arrives March 5th', [['date', 'March 5th', ['date:03-05']]]],
    ['Arrives 5 March', [['date', '5 March', ['date:03-05']]]],
    ['Arrives 2024-03-05', [['date', '2024-03-05', ['date:03-05']]]],
    ['Arrives 03/05', [['date', '03/05', ['date:03-05', 'date:05-03']]]],
    ['Arrives by tomorrow', [['date', 'tomorrow', ['date:tomorrow']]]],
    ['Arrives next Monday', [['date', 'next Monday', ['date:next monday']]]],
    ['Takes 5-7 business days', [['duration', '5-7 business days', ['duration:5-7:business day']]]],
    ['Takes three to five days', [['duration', 'three to five days', ['duration:3-5:day']]]],
    ['Takes 2 weeks', [['duration', '2 weeks', ['duration:14:day']]]],
    ['Done within a week', [['duration', 'a week', ['duration:7:day']]]],
    ['Done in 24h', [['duration', '24h', ['duration:24:hour']]]],
    ['We will refund the difference', [['commitment', 'We will refund', ['commitment:refund']]]],
    ["We'll send you a replacement", [['commitment', "We'll send you a replacement", ['commitment:replacement']]]],
    ["You'll receive a full refund", [['commitment', "You'll receive a full refund", ['commitment:refund']]]],
    ['Delivery is guaranteed', [['commitment', 'guaranteed', ['commitment:guarantee']]]],
    ['Shipping is free of charge', [['commitment', 'free of charge', ['commitment:free']]]],
  ])('“%s”', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    ['Have a nice day!'],
    ['Order 12345 is on its way.'],
    ['Thanks for reaching out, I understand how frustrating this is.'],
    ['You can find it in your account settings.'],
  ])('finds no claim in “%s”', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it('reads overlapping text once, as the most specific claim', () => {
    expect(claims('in 1/2 hour')).toEqual([['duration', '2 hour', ['duration:2:hour']]]);
  });
});

describe('parseNumber', () => {
  it.each([
    ['1,234.50', 1234.5],
    ['1.234,50', 1234.5],
    ['19,99', 19.99],
    ['1.500', 1500],
    ["1'000", 1000],
    ['7', 7],
  ])('%s → %d', (text, value) => expect(parseNumber(text)).toBe(value));
});

describe('bareNumberKeys', () => {
  it('turns numbers outside claims into amount keys', () => {
    const text = 'I paid 49.90 on March 5 for 2 items, 3 days ago';
    expect(bareNumberKeys(text, extractClaims(text))).toEqual(['amount:49.9', 'amount:2']);
  });
});
