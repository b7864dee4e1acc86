import { describe, expect, it } from 'vitest';
import { CONCEPT_OF, SYNONYM_GROUPS, lexiconKey } from './support-lexicon';

describe('support lexicon', () => {
  it('lists each stem once (one in two groups would silently join two concepts)', () => {
    const stems = SYNONYM_GROUPS.flat().map(lexiconKey);
    expect(stems.filter((word, index) => stems.indexOf(word) !== index)).toEqual([]);
  });

  it.each([
    ['reimbursement', 'refund'],
    ['representatives', 'agent'],
    ['terminating', 'cancel'],
    ['receipts', 'invoice'],
    ['money back', 'refund'],
  ])('finds the concept of an inflected word or phrase: %s → %s', (phrase, concept) => {
    expect(CONCEPT_OF.get(lexiconKey(phrase))).toBe(concept);
  });
});
