import { describe, expect, it } from 'vitest';
import { findRiskyClaims } from './risky-claims';

const risky = (draft: string, context: string[]) => findRiskyClaims(draft, context).map((claim) => claim.text);

describe('findRiskyClaims', () => {
  it.each([
    ['an amount the customer named, in another format', 'We will refund €49.90.', ['I was charged 49,90 € twice. Refunds: we will refund duplicates.'], []],
    ['a bare number the customer gave', 'The charge of $49.90 was a duplicate.', ['I paid 49.90 twice'], []],
    ['a duration from a stored correction', 'It takes 5-7 business days.', ['Refunds take 5-7 business days.'], []],
    ['a week as seven days', 'It arrives within 7 days.', ['Delivery takes a week.'], []],
    ['a date written another way', 'It ships on 2024-03-05.', ['We ship on March 5th.'], []],
    ['a commitment memory already made', "We'll refund the shipping.", ['Approved reply: we will refund shipping costs on late orders.'], []],
    ['an invented amount', 'We will refund $50 today.', ['My order was late. We will refund late orders.'], ['$50']],
    ['an amount that differs', 'The fee is $25.', ['The fee is $20.'], ['$25']],
    ['an invented deadline', 'It will arrive by tomorrow.', ['Where is my parcel?'], ['tomorrow']],
    ['an invented duration', 'Expect it in 3 days.', ['Refunds take 5-7 business days.'], ['3 days']],
    ['a business week is not a calendar week', 'It takes 5 days.', ['It takes 5 business days.'], ['5 days']],
    ['a promise nobody made', 'Delivery is guaranteed and free of charge.', ['When will it arrive?'], ['guaranteed', 'free of charge']],
    ['a refund nobody offered', "You'll receive a full refund.", ['The item is broken.'], ["You'll receive a full refund"]],
    ['a number in a duration does not back an amount', 'That will be $5.', ['It takes 5 days.'], ['$5']],
  ])('%s', (_case, draft, context, expected) => {
    expect(risky(draft, context)).toEqual(expected);
  });

  it('says what is unsupported and where', () => {
    const draft = 'Hi! We will refund $50.';
    expect(findRiskyClaims(draft, [])).toEqual([
      { kind: 'commitment', text: 'We will refund', start: 4, end: 18, reason: 'Commitment “We will refund” is not in the conversation or memory' },
      { kind: 'amount', text: '$50', start: 19, end: 22, reason: 'Amount “$50” is not in the conversation or memory' },
    ]);
  });

  it('finds nothing risky in a draft without facts', () => {
    expect(risky('Thanks for your message! Could you send a photo of the damage?', [])).toEqual([]);
  });
});
