import { describe, expect, it } from 'vitest';
import { parseDraftAssessment } from './assessment';
import { DEFAULT_TAXONOMY } from './categories';

describe('parseDraftAssessment', () => {
  it.each([
    [{ category: 'refunds', confidence: 0.9, flags: ['financial'] }, { category: 'refunds', confidence: 0.9, flags: ['financial'] }],
    [{ category: 'Refunds', confidence: 0.9 }, { category: 'refunds', confidence: 0.9, flags: [] }],
    [{ category: 'warranty', confidence: 0.4, flags: [] }, { category: 'other', confidence: 0.4, flags: [] }],
    [{ category: 'billing', confidence: 1, flags: ['financial', 'financial'] }, { category: 'billing', confidence: 1, flags: ['financial'] }],
  ])('accepts %j', (raw, assessment) => {
    expect(parseDraftAssessment(raw, DEFAULT_TAXONOMY)).toEqual({ ok: true, assessment });
  });

  it.each([
    [{ category: 'refunds', confidence: 1.2 }, 'confidence: confidence must be between 0 and 1'],
    [{ category: '', confidence: 0.5 }, 'category: category is empty'],
    [{ category: 'refunds', confidence: 0.5, flags: ['urgent'] }, 'flags.0'],
    ['not an object', 'value'],
  ])('refuses %j, saying what is wrong', (raw, mention) => {
    const result = parseDraftAssessment(raw, DEFAULT_TAXONOMY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'invalid-assessment', detail: expect.stringContaining(mention) });
  });
});
