import { describe, expect, it } from 'vitest';
import { SAMPLE_CONVERSATION_ID } from '../intake/sample-id';
import { feedbackByCategory, tallyFeedback, type FeedbackFact } from './feedback';

const rated = (category: string | null, verdict: 'up' | 'down', reason: string | null = null, at = 1_000, conversationId = 'zendesk:acme:1'): FeedbackFact => ({
  conversationId,
  category,
  feedback: { verdict, reason, at },
});

describe('tallyFeedback', () => {
  it('counts thumbs up and down, and groups the reasons however they were typed', () => {
    expect(
      tallyFeedback([rated('orders', 'up'), rated('orders', 'up', 'right language'), rated('orders', 'down', 'Too long'), rated('orders', 'down', ' too  long '), rated('orders', 'down', 'wrong policy'), { conversationId: 'zendesk:acme:2', category: 'orders' }]),
    ).toEqual({
      up: 2,
      down: 3,
      reasons: [
        { verdict: 'down', reason: 'Too long', count: 2 },
        { verdict: 'down', reason: 'wrong policy', count: 1 },
        { verdict: 'up', reason: 'right language', count: 1 },
      ],
    });
  });

  it('keeps a reason given with a thumbs up apart from the same words with a thumbs down', () => {
    expect(tallyFeedback([rated('x', 'up', 'short'), rated('x', 'down', 'short')]).reasons).toHaveLength(2);
  });

  it('is zero without feedback', () => {
    expect(tallyFeedback([{ conversationId: 'zendesk:acme:2', category: 'orders', feedback: null }])).toEqual({ up: 0, down: 0, reasons: [] });
  });
});

describe('feedbackByCategory', () => {
  it('counts the feedback of the window, overall and per category, busiest first', () => {
    const drafts = [rated('billing', 'down', 'wrong amount', 5_000), rated('orders', 'up', null, 5_000), rated('orders', 'up', null, 6_000), rated(null, 'up', null, 7_000), rated('orders', 'down', null, 10)];
    const { overall, categories } = feedbackByCategory(drafts, 1_000, 'uncategorised');
    expect(overall).toMatchObject({ up: 3, down: 1 });
    expect(categories.map(({ category, tally }) => [category, tally.up, tally.down])).toEqual([
      ['orders', 2, 0],
      ['billing', 0, 1],
      ['uncategorised', 1, 0],
    ]);
  });

  it('leaves out the welcome page’s sample, and counts a sampled level-3 draft once, in its category', () => {
    const welcomeSample = rated('orders', 'up', 'looks good', 5_000, SAMPLE_CONVERSATION_ID);
    // Auto-sent at level 3, then sampled for an after-the-fact review: one draft, one thumbs.
    const sampledLevel3: FeedbackFact = { ...rated('orders', 'down', 'wrong tone', 6_000, 'zendesk:acme:3'), ...{ sampled: true, level: 3 } };
    const { overall, categories } = feedbackByCategory([welcomeSample, sampledLevel3, rated('billing', 'up', null, 7_000)], 1_000, 'uncategorised');
    expect(overall).toMatchObject({ up: 1, down: 1, reasons: [{ verdict: 'down', reason: 'wrong tone', count: 1 }] });
    expect(categories.map(({ category, tally }) => [category, tally.up, tally.down])).toEqual([
      ['billing', 1, 0],
      ['orders', 0, 1],
    ]);
  });
});
