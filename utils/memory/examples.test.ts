import { describe, expect, it } from 'vitest';
import { EXAMPLE_OVERHEAD_TOKENS, chooseExamples, estimateTokens, type ApprovedCandidate, type CorrectionCandidate, type ExampleCandidate } from './examples';

const correction = (id: string, similarity: number, approvedText = `Approved reply ${id}.`): CorrectionCandidate => ({
  kind: 'correction',
  id,
  similarity,
  customerMessage: `Customer message ${id}`,
  draftText: 'A refund of $89.00 is on its way.',
  approvedText,
  editKind: 'substantive',
  editReasons: ['amount changed: $89.00 → $98.00'],
  author: 'Sam',
});

const approved = (id: string, similarity: number, approvedText = `Approved as it was ${id}.`): ApprovedCandidate => ({
  kind: 'approved',
  id,
  similarity,
  customerMessage: `Customer message ${id}`,
  approvedText,
});

const roomy = { k: 10, minSimilarity: 0.3, tokenBudget: 10_000 };
const ids = (candidates: ExampleCandidate[], options = roomy) => chooseExamples(candidates, options).map((example) => example.provenance.id);

describe('chooseExamples', () => {
  it('puts corrections first, most similar first, then replies approved as they were', () => {
    expect(ids([approved('a1', 0.95), correction('c1', 0.5), correction('c2', 0.8), approved('a2', 0.6)])).toEqual(['c2', 'c1', 'a1', 'a2']);
  });

  it('keeps only candidates at or above the similarity threshold', () => {
    expect(ids([correction('c1', 0.29), correction('c2', 0.3), approved('a1', Number.NaN)])).toEqual(['c2']);
  });

  it('stops at k', () => {
    expect(ids([correction('c1', 0.9), correction('c2', 0.8), approved('a1', 0.7)], { ...roomy, k: 2 })).toEqual(['c1', 'c2']);
  });

  it('breaks ties by id, whatever the input order', () => {
    expect(ids([correction('c2', 0.8), correction('c1', 0.8)])).toEqual(['c1', 'c2']);
    expect(ids([correction('c1', 0.8), correction('c2', 0.8)])).toEqual(['c1', 'c2']);
  });

  it('never exceeds the token budget, passing over a long example for a shorter one', () => {
    const long = correction('long', 0.9, 'x'.repeat(400));
    const short = correction('short', 0.8);
    const budget = chooseExamples([short], roomy)[0]?.tokens ?? 0;
    const chosen = chooseExamples([long, short], { ...roomy, tokenBudget: budget });
    expect(chosen.map((example) => example.provenance.id)).toEqual(['short']);
    expect(chosen.reduce((sum, example) => sum + example.tokens, 0)).toBeLessThanOrEqual(budget);
    expect(chooseExamples([long, short], { ...roomy, tokenBudget: budget - 1 })).toEqual([]);
  });

  it('costs an example its text at four characters a token, plus its tags', () => {
    const [example] = chooseExamples([approved('a1', 0.9, 'Done!')], roomy);
    expect(example?.tokens).toBe(estimateTokens('Customer message a1Done!') + EXAMPLE_OVERHEAD_TOKENS);
  });

  it('keeps one of near-identical approved replies, the first in order', () => {
    const reply = 'Hi Jane, your refund for order 1042 was issued today and should reach your card in 3-5 business days. Best, Sam';
    // The same template for another order: one word in twenty differs.
    const sameReply = 'Hi Jane, your refund for order 1043 was issued today and should reach your card in 3-5 business days. Best, Sam!';
    const otherReply = 'Hi Jane, we cannot refund a used item, but we can offer store credit. Best, Sam';
    expect(ids([correction('c1', 0.7, reply), approved('a1', 0.99, sameReply), approved('a2', 0.8, otherReply)])).toEqual(['c1', 'a2']);
  });

  it('records where each example came from, and what was wrong in a corrected draft', () => {
    const [fixed, accepted] = chooseExamples([correction('c1', 0.81), approved('a1', 0.77)], roomy);
    expect(fixed).toMatchObject({
      customerMessage: 'Customer message c1',
      approvedReply: 'Approved reply c1.',
      draftProblems: '- Its amount was $89.00; the approved reply says $98.00',
      author: 'Sam',
      provenance: { kind: 'correction', id: 'c1', similarity: 0.81 },
    });
    expect(accepted).toMatchObject({ draftProblems: null, author: null, provenance: { kind: 'approved', id: 'a1', similarity: 0.77 } });
  });

  it.each([
    ['no candidates', [], roomy],
    ['k of zero', [correction('c1', 0.9)], { ...roomy, k: 0 }],
    ['no budget', [correction('c1', 0.9)], { ...roomy, tokenBudget: 0 }],
  ])('chooses nothing with %s', (_case, candidates: ExampleCandidate[], options) => {
    expect(chooseExamples(candidates, options)).toEqual([]);
  });
});
