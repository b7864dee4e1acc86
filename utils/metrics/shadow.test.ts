import { describe, expect, it } from 'vitest';
import type { ShadowDecision } from '../autonomy/shadow';
import type { CategoryAssessment } from './readiness';
import { tallyShadow, withShadow, type ShadowFact } from './shadow';

const acts = (action: ShadowDecision['action'] = 'insert'): ShadowDecision[] => [
  { level: 2, route: action ?? 'review', action, reasons: [] },
  { level: 3, route: action ?? 'review', action, reasons: [] },
];
const review = (decision: ShadowFact['decision'], editKind: ShadowFact['editKind'], shadow: ShadowDecision[] | undefined): ShadowFact => ({ decision, editKind, shadow });

describe('tallyShadow', () => {
  const reviews: ShadowFact[] = [
    review('approved', null, acts()),
    review('approved', null, acts('send-after-undo')),
    review('edited', 'cosmetic', acts()),
    review('edited', 'substantive', acts()),
    review('rejected', null, acts('send-after-undo')),
    // Would have asked for review: counted as a draft, not as acted on, whatever the human did.
    review('edited', 'substantive', acts(null)),
    // From before shadow mode: not counted at all.
    review('rejected', null, undefined),
  ];

  it('counts the drafts each level would have acted on, and what the human then did with them', () => {
    expect(tallyShadow(reviews, 2)).toEqual({ level: 2, drafts: 6, acted: 5, sent: 2, approved: 2, cosmetic: 1, substantive: 1, rejected: 1 });
  });

  it('reads each level on its own', () => {
    const mixed = [review('approved', null, [{ level: 2, route: 'review', action: null, reasons: [] }, { level: 3, route: 'sample-later', action: 'insert', reasons: [] }])];
    expect(tallyShadow(mixed, 2)).toMatchObject({ drafts: 1, acted: 0 });
    expect(tallyShadow(mixed, 3)).toMatchObject({ drafts: 1, acted: 1, approved: 1 });
  });

  it('is all zeros with no shadow data', () => {
    expect(tallyShadow([], 3)).toEqual({ level: 3, drafts: 0, acted: 0, sent: 0, approved: 0, cosmetic: 0, substantive: 0, rejected: 0 });
  });
});

describe('withShadow', () => {
  const ready: CategoryAssessment = { level: 1, nextLevel: 2, ready: true, reasons: [{ code: 'judged', rate: 0.97, bound: 0.9 }], degraded: false, degradeReasons: [] };

  it('holds a promotion back when the next level would have sent something a human rejected or corrected substantively', () => {
    const tally = tallyShadow([review('approved', null, acts()), review('rejected', null, acts())], 2);
    expect(withShadow(ready, tally)).toEqual({
      ...ready,
      ready: false,
      reasons: [{ code: 'shadow', level: 2, acted: 2, drafts: 2, wrong: { substantive: 0, rejected: 1 } }, ...ready.reasons],
    });
  });

  it('adds a clean shadow to the reasons and leaves readiness as it was', () => {
    const tally = tallyShadow([review('approved', null, acts()), review('edited', 'substantive', acts(null))], 2);
    expect(withShadow(ready, tally)).toEqual({ ...ready, reasons: [...ready.reasons, { code: 'shadow', level: 2, acted: 1, drafts: 2 }] });
  });

  it('changes nothing without shadow data, or for a level that is not the next one', () => {
    expect(withShadow(ready, null)).toBe(ready);
    expect(withShadow(ready, tallyShadow([], 2))).toBe(ready);
    expect(withShadow(ready, tallyShadow([review('rejected', null, acts())], 3))).toBe(ready);
  });
});
