import { describe, expect, it } from 'vitest';
import { inLocale } from '@/test/support/in-locale';
import { LABELLED_EXAMPLES } from './by-example/labelled-examples';
import { LEXICONS } from './lexicon';
import { reasonLines, reasonText, TOPICS } from './reason-text';
import type { RoutingReason } from './reasons';
import { PAIR_RULES, PHRASE_RULES } from './sensitivity/sensitivity-rules';

/** Every topic a concern can name: the word lists' phrases and pairs, the examples' acts, and what the checks name in code. */
function everyTopic(): Set<string> {
  const phrases = [...PHRASE_RULES, ...LEXICONS.flatMap((lexicon) => lexicon.phrases)];
  const pairs = [...PAIR_RULES, ...LEXICONS.flatMap((lexicon) => lexicon.pairs)];
  return new Set([
    ...phrases.map((rule) => rule.topic),
    ...pairs.flatMap((rule) => rule.actions.flatMap((action) => rule.objects.map((object) => rule.topic(action.label, object.label)))),
    ...LABELLED_EXAMPLES.flatMap((example) => (example.kind ? [example.act] : [])),
    // Named in sensitivity.ts and prompt-injection.ts.
    'amount',
    'home address and phone',
    'instruction override',
    'prompt extraction',
    'role play',
    'fake role marker',
    'request addressed to the AI',
  ]);
}

describe('concern topics', () => {
  it('has a wording for every topic the sensitivity checks can name', () => {
    expect([...everyTopic()].filter((topic) => !(topic in TOPICS))).toEqual([]);
  });

  it('names the topics in the reader’s language, and keeps the words that triggered them as written', async () => {
    const concern: RoutingReason = { code: 'concern', kind: 'financial', terms: [{ topic: 'refund', word: 'Gutschrift' }, { topic: 'chargeback', word: 'Rückbuchung' }], sides: ['message'] };
    expect(reasonText(concern)).toBe('Money: refund, chargeback — in the message');
    await inLocale('de', () => {
      expect(reasonText(concern)).toMatch(/^Geld: Erstattung, Rückbuchung — /);
      // A topic a newer list names is shown as the list names it.
      expect(reasonText({ ...concern, terms: [{ topic: 'crypto payout' }] })).toMatch(/^Geld: crypto payout — /);
    });
  });
});

describe('reasons the worker adds', () => {
  it('are words only on the page, in its reader’s language, beside sentences stored before #15', async () => {
    const stored = [{ code: 'drafted-again' }, { code: 'could-not-act', detail: 'Dieser Tab zeigt jetzt „Andere“' }, 'Level 2: confident'];
    expect(reasonLines(stored)).toEqual(['Drafted again at your request: you decide', 'Could not act directly: Dieser Tab zeigt jetzt „Andere“', 'Level 2: confident']);
    await inLocale('de', () => {
      expect(reasonLines(stored)[0]).not.toBe('Drafted again at your request: you decide');
      expect(reasonLines(stored)[2]).toBe('Level 2: confident');
    });
  });
});
