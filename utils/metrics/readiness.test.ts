import { describe, expect, it } from 'vitest';
import type { ReviewFact } from './metrics';
import { assessCategory, DEFAULT_READINESS_SETTINGS, suggestLevelChanges } from './readiness';
import { readinessReasonText } from './readiness-text';

const NOW = Date.UTC(2026, 10, 24, 12);
const DAY = 86_400_000;

/** `counts` reviews of a category spread over the last 20 days. */
function history(counts: { approved?: number; cosmetic?: number; substantive?: number; rejected?: number }, category = 'orders', daysAgo = 0): ReviewFact[] {
  const kinds: [ReviewFact['decision'], ReviewFact['editKind'], number][] = [
    ['approved', null, counts.approved ?? 0],
    ['edited', 'cosmetic', counts.cosmetic ?? 0],
    ['edited', 'substantive', counts.substantive ?? 0],
    ['rejected', null, counts.rejected ?? 0],
  ];
  return kinds.flatMap(([decision, editKind, count]) =>
    Array.from({ length: count }, (_, index) => ({ category, helpdesk: 'zendesk' as const, decision, editKind, decidedAt: NOW - daysAgo * DAY - (index % 20) * DAY - 1 })),
  );
}

describe('assessCategory', () => {
  it.each([
    ['50 clean reviews: ready', { approved: 45, cosmetic: 5 }, true],
    ['5 lucky reviews never qualify', { approved: 5 }, false],
    ['one substantive edit blocks promotion', { approved: 59, substantive: 1 }, false],
    ['exactly 95% approved-or-cosmetic over 100 passes', { approved: 90, cosmetic: 5, rejected: 5 }, true],
    ['94% is below the target', { approved: 94, rejected: 6 }, false],
    ['48 of 50 is 96%, with a lower bound of 86.5%: ready', { approved: 48, rejected: 2 }, true],
    ['49 of 50 reviews needed', { approved: 49 }, false],
  ])('%s', (_name, counts, ready) => {
    expect(assessCategory(history(counts), 1, DEFAULT_READINESS_SETTINGS, NOW).ready).toBe(ready);
  });

  it('explains itself', () => {
    const { reasons } = assessCategory(history({ approved: 48, substantive: 2 }), 1, DEFAULT_READINESS_SETTINGS, NOW);
    expect(reasons).toEqual([
      { code: 'substantive-edits', count: 2, days: 28 },
      { code: 'judged', rate: 0.96, bound: expect.closeTo(0.865, 3) },
    ]);
    expect(reasons.map(readinessReasonText)).toEqual(['2 substantive edits in the last 28 days', 'approved-or-cosmetic 96.0% (lower bound 86.5%)']);
  });

  it('says what a share falls short of', () => {
    const { reasons } = assessCategory(history({ approved: 45, substantive: 5 }), 1, DEFAULT_READINESS_SETTINGS, NOW);
    expect(reasons.at(-1)).toEqual({ code: 'judged', rate: 0.9, bound: expect.closeTo(0.786, 2), target: { rate: 0.95, bound: 0.85 } });
    expect(readinessReasonText(reasons.at(-1)!)).toMatch(/^approved-or-cosmetic 90\.0% \(lower bound 78\.\d%\); needs 95\.0% with a lower bound of 85\.0%$/);
  });

  it('only counts the recent window', () => {
    const old = history({ substantive: 10 }, 'orders', 40);
    expect(assessCategory([...old, ...history({ approved: 50 })], 1, DEFAULT_READINESS_SETTINGS, NOW).ready).toBe(true);
  });

  it('has no next level at L3', () => {
    expect(assessCategory(history({ approved: 100 }), 3, DEFAULT_READINESS_SETTINGS, NOW)).toMatchObject({ ready: false, nextLevel: null });
  });

  it.each([
    ['L2 with 3 of 20 bad', 2, { approved: 17, substantive: 2, rejected: 1 }, true],
    ['L2 with 2 of 20 bad (10%, not above)', 2, { approved: 18, rejected: 2 }, false],
    ['L2 with too few reviews to judge', 2, { substantive: 5 }, false],
    ['L1 never degrades', 1, { substantive: 20 }, false],
  ])('degradation: %s', (_name, level, counts, degraded) => {
    expect(assessCategory(history(counts), level as 1 | 2 | 3, DEFAULT_READINESS_SETTINGS, NOW).degraded).toBe(degraded);
  });
});

describe('suggestLevelChanges', () => {
  const categories = [
    { id: 'orders', level: 1 as const },
    { id: 'billing', level: 2 as const },
    { id: 'account', level: 1 as const },
  ];
  const reviews = [...history({ approved: 60 }, 'orders'), ...history({ approved: 15, substantive: 5 }, 'billing'), ...history({ approved: 3 }, 'account')];

  it('suggests a promotion and demotes a degraded category by default', () => {
    expect(suggestLevelChanges(categories, reviews, DEFAULT_READINESS_SETTINGS, NOW)).toMatchObject([
      { categoryId: 'orders', from: 1, to: 2, kind: 'promote', automatic: false },
      { categoryId: 'billing', from: 2, to: 1, kind: 'demote', automatic: true },
    ]);
  });

  it('promotes by itself only with auto-promotion on, and only alerts when demotion is set to alert', () => {
    const changes = suggestLevelChanges(categories, reviews, { ...DEFAULT_READINESS_SETTINGS, autoPromote: true, onDegrade: 'alert' }, NOW);
    expect(changes.map((change) => [change.categoryId, change.automatic])).toEqual([
      ['orders', true],
      ['billing', false],
    ]);
  });
});
