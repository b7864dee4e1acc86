import { describe, expect, it } from 'vitest';
import { levelChangeText, readinessReasonText } from './readiness-text';
import type { LevelChange } from './readiness';
import { readLevelNotices } from '../settings/settings';

describe('readinessReasonText', () => {
  it('words the shadow figures, clean or blocking', () => {
    expect(readinessReasonText({ code: 'shadow', level: 2, acted: 1, drafts: 2 })).toBe('Shadow: level 2 would have acted alone on 1 of 2, none later corrected substantively or rejected');
    expect(readinessReasonText({ code: 'shadow', level: 2, acted: 2, drafts: 2, wrong: { substantive: 0, rejected: 1 } })).toBe(
      'Shadow: level 2 would have acted alone on 2 of 2; 0 of those later corrected substantively, 1 rejected',
    );
  });
  it('words a degraded category with its shares as percentages', () => {
    expect(readinessReasonText({ code: 'degraded', bad: 5, volume: 20, rate: 0.25, days: 28, limit: 0.1 })).toBe(
      'substantive edits or rejections 5 of 20 (25.0%) in the last 28 days, above 10.0%',
    );
  });
});

describe('level notices', () => {
  const change: LevelChange = { categoryId: 'billing', from: 2, to: 1, kind: 'demote', automatic: true, reasons: [{ code: 'degraded', bad: 5, volume: 20, rate: 0.25, days: 28, limit: 0.1 }] };
  it('names the category as the team labelled it', () => {
    expect(levelChangeText(change, 'Billing')).toBe('Billing moved from level 2 to 1: substantive edits or rejections 5 of 20 (25.0%) in the last 28 days, above 10.0%.');
    expect(levelChangeText({ ...change, automatic: false }, 'Billing')).toMatch(/^Billing should go back to level 1: /);
  });
  it('reads notices stored as codes and the sentences stored before #15, and leaves out what it cannot read', () => {
    const old = { at: 1, text: 'billing moved from level 2 to 1: substantive edits or rejections 5 of 20 (25.0%) in the last 28 days, above 10.0%.' };
    expect(readLevelNotices([{ at: 2, change }, old, { at: 3, change: { code: 'from-a-newer-version' } }, 'junk'])).toEqual([{ at: 2, change }, old]);
    expect(readLevelNotices(undefined)).toEqual([]);
  });
});
