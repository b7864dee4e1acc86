import { describe, expect, it } from 'vitest';
import { summariseBy } from './metrics';
import { assessCategory, DEFAULT_READINESS_SETTINGS } from './readiness';
import { DEMO_CATEGORIES, syntheticReviewHistory } from './synthetic-history';

const NOW = Date.UTC(2026, 10, 24, 12);

describe('syntheticReviewHistory', () => {
  it('is the same for the same seed', () => {
    const history = () => syntheticReviewHistory({ seed: 7, now: NOW, weeks: 12, categories: DEMO_CATEGORIES });
    expect(history()).toEqual(history());
  });

  it('follows each category’s profile: orders is ready, technical is not', () => {
    const reviews = syntheticReviewHistory({ seed: 7, now: NOW, weeks: 12, categories: DEMO_CATEGORIES });
    const volumes = Object.fromEntries(summariseBy(reviews, (review) => review.category).map((group) => [group.key, group.rates.volume]));
    expect(volumes).toMatchObject({ orders: 360, technical: 72 });
    const ofCategory = (id: string) => reviews.filter((review) => review.category === id);
    expect(assessCategory(ofCategory('orders'), 1, DEFAULT_READINESS_SETTINGS, NOW).ready).toBe(true);
    expect(assessCategory(ofCategory('technical'), 1, DEFAULT_READINESS_SETTINGS, NOW).ready).toBe(false);
    expect(reviews.every((review) => review.decidedAt <= NOW && review.decidedAt > NOW - 12 * 7 * 86_400_000)).toBe(true);
  });
});
