import { describe, expect, it } from 'vitest';
import { expandContractions, foldText, stem, wordsOf } from './text-normalisation';

describe('foldText', () => {
  it('lowercases, strips accents and straightens apostrophes', () => {
    expect(foldText('Café CRÈME, I’m here')).toBe("cafe creme, i'm here");
  });
});

describe('expandContractions', () => {
  it.each([
    ["i can't pay", 'i can not pay'],
    ['we cannot refund', 'we can not refund'],
    ["it won't arrive", 'it will not arrive'],
    ["we don't ship", 'we do not ship'],
    ["i'm stuck, you're right, we'll see, i've paid, i'd like", 'i am stuck, you are right, we will see, i have paid, i would like'],
    ["the order's status", 'the order status'],
  ])('%s → %s', (input, expected) => {
    expect(expandContractions(input)).toBe(expected);
  });
});

describe('wordsOf', () => {
  it.each([
    ["I can't log in!", ['i', 'can', 'not', 'login']],
    ['dont know how 2 sign up pls', ['do', 'not', 'know', 'how', '2', 'signup', 'please']],
    ['u r great, thx', ['you', 'r', 'great', 'thanks']],
    ['Update my e-mail', ['update', 'my', 'email']],
    ['   ', []],
  ])('%s', (input, expected) => {
    expect(wordsOf(input)).toEqual(expected);
  });
});

describe('stem', () => {
  it.each([
    [['cancel', 'cancels', 'cancelled', 'canceled', 'cancelling', 'cancellation'], 'cancel'],
    [['change', 'changes', 'changed', 'changing'], 'chang'],
    [['ship', 'shipping', 'shipped', 'shipment'], 'ship'],
    [['address', 'addresses'], 'address'],
    [['refund', 'refunds', 'refunded', 'refunding'], 'refund'],
    [['delivery', 'deliveries'], 'delivery'],
    [['fee', 'fees'], 'fee'],
    [['bill', 'billed', 'bills'], 'bil'],
  ])('%j all stem to %s', (words, expected) => {
    expect(words.map(stem)).toEqual(words.map(() => expected));
  });

  it.each(['status', 'bus', 'this', 'need', 'order', 'pin', '2024', 'a1b2s'])('leaves %s alone', (word) => {
    expect(stem(word)).toBe(word);
  });
});
