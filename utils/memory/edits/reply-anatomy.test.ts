import { describe, expect, it } from 'vitest';
import { analyseSentence, sentenceSpans, splitReply, toneWordsOf } from './reply-anatomy';

describe('splitReply', () => {
  it.each([
    ['Hi Jane,\n\nYour refund is on its way.\n\nBest,\nSam', { greeting: 'Hi Jane,', body: 'Your refund is on its way.', signOff: 'Best,\nSam' }],
    ['Hello there! Your refund is on its way.', { greeting: 'Hello there!', body: 'Your refund is on its way.', signOff: '' }],
    ['Your refund is on its way.\n\nKind regards,\nThe Acme Team\nAcme Support', { greeting: '', body: 'Your refund is on its way.', signOff: 'Kind regards,\nThe Acme Team\nAcme Support' }],
    ['Your refund is on its way. Thanks, Sam', { greeting: '', body: 'Your refund is on its way.', signOff: 'Thanks, Sam' }],
    ['Your refund is on its way.\n— Sam', { greeting: '', body: 'Your refund is on its way.', signOff: '— Sam' }],
    // "Thanks for your patience." is a sentence of the reply, not a closing phrase with a name.
    ['Thanks for your patience.\n\nBest,\nSam', { greeting: '', body: 'Thanks for your patience.', signOff: 'Best,\nSam' }],
    // A greeting is a few words: a fact after it is never hidden in it.
    ['Hi Jane your refund of $10 is on its way.', { greeting: '', body: 'Hi Jane your refund of $10 is on its way.', signOff: '' }],
    ['Dear Mr Smith\nYour refund is on its way.', { greeting: 'Dear Mr Smith', body: 'Your refund is on its way.', signOff: '' }],
    // A closing phrase followed by more of the reply is not a sign-off.
    ['Thanks!\nYour refund of $10 is on its way.', { greeting: '', body: 'Thanks!\nYour refund of $10 is on its way.', signOff: '' }],
  ])('%j', (text, parts) => {
    expect(splitReply(text)).toEqual(parts);
  });
});

describe('sentenceSpans', () => {
  it('splits at sentence ends and line breaks, skipping pieces without words', () => {
    const text = 'First one. Second one!\n\nThird?\n--\nFourth';
    expect(sentenceSpans(text).map(([start, end]) => text.slice(start, end))).toEqual(['First one.', 'Second one!', 'Third?', 'Fourth']);
  });
});

describe('analyseSentence', () => {
  const contentOf = (text: string) => analyseSentence(text).content.map((word) => word.word);

  it.each([
    ['We cannot refund this order.', true],
    ["We won't charge a fee.", true],
    ['This item is not eligible.', true],
    ['We can refund this order.', false],
    ['It is not that we cannot help.', false],
    // Courtesy that happens to contain a negation.
    ["Don't hesitate to reach out.", false],
    ['No problem, your refund is on its way.', false],
  ])('%s → negated: %s', (text, negated) => {
    expect(analyseSentence(text).negated).toBe(negated);
  });

  it.each([
    ['Sorry for the inconvenience!', []],
    ['Thanks for contacting us.', []],
    ['Let me know if you have any other questions.', []],
    ['Sorry, the item is out of stock.', ['item', 'stock']],
    ['We will get back to you soon about the refund.', ['refund']],
    ['Please keep the damaged item.', ['keep', 'damaged', 'item']],
  ])('%s has content %j', (text, content) => {
    expect(contentOf(text)).toEqual(content);
  });

  it('gives synonyms one key', () => {
    const [parcel] = analyseSentence('parcel').content;
    const [packages] = analyseSentence('packages').content;
    expect(parcel?.key).toBe(packages?.key);
  });
});

describe('toneWordsOf', () => {
  it('lists tone words and phrases, sorted', () => {
    expect(toneWordsOf("Sorry! Please don't hesitate to reach out. Happy to help.")).toEqual(['do not hesitate', 'happy to help', 'please', 'reach out', 'sorry']);
  });
});
