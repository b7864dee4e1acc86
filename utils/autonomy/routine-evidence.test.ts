import { expect, it } from 'vitest';
import { concernsOf, isRoutineEvidence } from './routine-evidence';

it('names the concerns a draft was routed with, by kind and code, once each', () => {
  const reasons = [
    { code: 'concern' as const, kind: 'financial' as const, terms: [{ topic: 'refund', word: 'refund' }], sides: ['message' as const] },
    { code: 'unbacked-claims' as const, claims: [{ kind: 'amount' as const, text: '$50' }] },
    { code: 'model-flag' as const, flag: 'odd' },
    { code: 'model-flag' as const, flag: 'odder' },
    { code: 'every-draft-reviewed' as const },
  ];
  expect(concernsOf({ route: 'review', reasons })).toEqual(['financial', 'unbacked-claims', 'model-flag']);
});

it('finds no concern in a draft reviewed for another reason, or acted on', () => {
  expect(concernsOf({ route: 'review', reasons: [{ code: 'every-draft-reviewed' }] })).toEqual([]);
  expect(concernsOf({ route: 'review', reasons: [{ code: 'low-confidence', confidence: 0.5, threshold: 0.8 }] })).toEqual([]);
  expect(concernsOf({ route: 'insert', reasons: [{ code: 'acted', level: 2, confidence: 0.9, threshold: 0.8, nearest: 0.9, language: 'en' }] })).toEqual([]);
});

it('cannot tell for a draft never routed, or routed with reasons as sentences (before #15)', () => {
  expect(concernsOf({ route: null, reasons: [] })).toBeNull();
  expect(concernsOf({ route: 'review', reasons: ['Money: refund'] })).toBeNull();
});

it('counts only a record known to have had no concern as routine evidence (fail closed)', () => {
  expect(isRoutineEvidence({ concerns: [] })).toBe(true);
  expect(isRoutineEvidence({ concerns: ['financial'] })).toBe(false);
  expect(isRoutineEvidence({})).toBe(false);
});
