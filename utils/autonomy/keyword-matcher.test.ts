import { describe, expect, it } from 'vitest';
import { createKeywordMatcher, type PairRule, type PhraseRule } from './keyword-matcher';

const phraseRules: PhraseRule[] = [
  { kind: 'financial', topic: 'refund', phrases: ['refund*', 'money back'] },
  { kind: 'financial', topic: 'charge', phrases: ['charge', 'charged'] },
];
const pairRules: PairRule[] = [
  {
    kind: 'data-change',
    window: 2,
    actions: [{ label: 'deletion', phrases: ['delet*'] }, { label: 'change', phrases: ['chang*'] }],
    objects: [{ label: 'account', phrases: ['account*'] }, { label: 'email', phrases: ['email*'] }],
    topic: (action, object) => `${object} ${action}`,
  },
];
const find = createKeywordMatcher(phraseRules, pairRules, new Set(['policy']));
const spans = (text: string) => find(text).map((hit) => [hit.topic, text.slice(hit.start, hit.end), hit.readAs]);

describe('createKeywordMatcher', () => {
  it.each([
    ['I want my money back', [['refund', 'money back', []]]],
    ['Where is my refnd?', [['refund', 'refnd', ['refund']]]],
    ['Please delete my account', [['account deletion', 'delete my account', []]]],
    ['account deletion request', [['account deletion', 'account deletion', []]]],
    ['change the email on my account', [['email change', 'change the email', []]]],
  ])('finds the rules in “%s”', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('pairs an action and an object only within the window', () => {
    expect(spans('delete it, and then later on my account')).toEqual([]);
  });

  it('pairs an action and an object only within one sentence', () => {
    expect(spans('Please delete it. Account 42 is fine')).toEqual([]);
  });

  it('never reads one keyword as a misspelling of another', () => {
    // "changed" is one typo from "charged", but it is a keyword itself.
    expect(spans('I changed it')).toEqual([]);
  });

  it('reads the given real words as themselves', () => {
    const withPolice = createKeywordMatcher([{ kind: 'escalation', topic: 'police', phrases: ['police'] }], [], new Set(['policy']));
    expect(withPolice('your policy')).toEqual([]);
    expect(withPolice('the polise')).toMatchObject([{ topic: 'police', readAs: ['police'] }]);
  });
});
