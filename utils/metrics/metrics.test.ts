import { describe, expect, it } from 'vitest';
import { onePerDraft, summarise, summariseBy, weeklyTrend, type ReviewFact } from './metrics';
import { wilsonLowerBound } from './wilson';

const review = (decision: ReviewFact['decision'], editKind: ReviewFact['editKind'] = null, overrides: Partial<ReviewFact> = {}): ReviewFact => ({
  category: 'orders',
  helpdesk: 'zendesk',
  decision,
  editKind,
  decidedAt: Date.UTC(2026, 10, 24, 12),
  ...overrides,
});

describe('summarise', () => {
  it('splits decisions into approved, cosmetic, substantive and rejected, with rates', () => {
    const rates = summarise([review('approved'), review('approved'), review('edited', 'cosmetic'), review('edited', 'substantive'), review('rejected')]);
    expect(rates).toMatchObject({ volume: 5, approved: 2, cosmetic: 1, substantive: 1, rejected: 1, accuracy: 0.4, approvedOrCosmeticRate: 0.6, rejectRate: 0.2 });
  });

  it('has zero rates, not NaN, for no reviews', () => {
    expect(summarise([])).toMatchObject({ volume: 0, accuracy: 0, rejectRate: 0 });
  });
});

describe('onePerDraft', () => {
  it('counts an auto-sent reply that was sampled once, with the human verdict', () => {
    const at = Date.UTC(2026, 10, 24, 12);
    const sentByReplyLoop = { ...review('approved'), draftId: 'd1', reviewer: 'sent by ReplyLoop', decidedAt: at };
    const sampleCorrected = { ...review('edited', 'substantive'), draftId: 'd1', reviewer: 'Ana', decidedAt: at + 60_000 };
    const other = { ...review('approved'), draftId: 'd2', reviewer: 'Ana', decidedAt: at + 1 };
    const kept = onePerDraft([sampleCorrected, sentByReplyLoop, other]);
    expect(kept).toEqual([sampleCorrected, other]);
    expect(summarise(kept)).toMatchObject({ volume: 2, approved: 1, substantive: 1 });
  });
});

describe('summariseBy', () => {
  it('groups by category, busiest first', () => {
    const groups = summariseBy([review('approved'), review('approved', null, { category: 'billing' }), review('rejected')], (r) => r.category);
    expect(groups.map((group) => [group.key, group.rates.volume])).toEqual([['orders', 2], ['billing', 1]]);
  });
});

describe('weeklyTrend', () => {
  it('buckets by ISO week in the team’s time zone and keeps empty weeks', () => {
    const sundayNightBerlin = Date.UTC(2026, 10, 22, 22, 30); // Sunday 23:30 in Berlin: week 47
    const mondayMorningBerlin = Date.UTC(2026, 10, 22, 23, 30); // Monday 00:30 in Berlin: week 48
    const trend = weeklyTrend([review('approved', null, { decidedAt: sundayNightBerlin }), review('rejected', null, { decidedAt: mondayMorningBerlin })], {
      now: Date.UTC(2026, 10, 24, 12),
      timeZone: 'Europe/Berlin',
      weeks: 3,
    });
    expect(trend.map((week) => [week.week, week.rates.volume, week.rates.accuracy])).toEqual([
      ['2026-W46', 0, 0],
      ['2026-W47', 1, 1],
      ['2026-W48', 1, 0],
    ]);
  });
});

describe('wilsonLowerBound', () => {
  it.each([
    [0, 0, 0],
    [5, 5, 0.5655],
    [50, 50, 0.9287],
    [48, 50, 0.8654],
    [95, 100, 0.8883],
  ])('%i of %i → %f', (successes, trials, bound) => {
    expect(wilsonLowerBound(successes, trials)).toBeCloseTo(bound, 3);
  });
});
