import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TAXONOMY,
  FALLBACK_CATEGORY_ID,
  categorySettingsSchema,
  describeCategoriesForPrompt,
  findCategory,
  parseTaxonomy,
} from './categories';

describe('DEFAULT_TAXONOMY', () => {
  it('has the default categories, each described, all starting at level 1 with the default settings', () => {
    expect(DEFAULT_TAXONOMY.map((category) => category.id)).toEqual([
      'orders', 'shipping', 'refunds', 'billing', 'account', 'technical', 'feedback', 'other',
    ]);
    for (const category of DEFAULT_TAXONOMY) {
      expect(category).toMatchObject({ level: 1, confidenceThreshold: 0.8, noveltyThreshold: 0.75, sampleRate: 0.1, autoSend: false, undoSeconds: 10 });
      expect(category.description).not.toBe('');
    }
    expect(parseTaxonomy(DEFAULT_TAXONOMY)).toEqual({ ok: true, taxonomy: DEFAULT_TAXONOMY });
  });
});

describe('categorySettingsSchema', () => {
  it('fills in defaults for a minimal category', () => {
    expect(categorySettingsSchema.parse({ id: 'returns', label: 'Returns' })).toEqual({
      id: 'returns', label: 'Returns', description: '', level: 1, confidenceThreshold: 0.8, noveltyThreshold: 0.75,
      sampleRate: 0.1, autoSend: false, undoSeconds: 10,
    });
  });
});

describe('parseTaxonomy', () => {
  const other = { id: 'other', label: 'Other' };

  it.each([
    [[{ id: 'Refunds!', label: 'Refunds' }, other], 'Category 1 (“Refunds!”): Id must be 1–40 lowercase letters, digits or hyphens, starting with a letter or digit'],
    [[{ id: 'refunds', label: '  ' }, other], 'Category 1 (“refunds”): Label must not be empty'],
    [[{ id: 'refunds', label: 'Refunds', level: 4 }, other], 'Category 1 (“refunds”): Level must be 1, 2 or 3'],
    [[{ id: 'refunds', label: 'Refunds', confidenceThreshold: 1.5 }, other], 'Category 1 (“refunds”): Confidence threshold must be between 0 and 1'],
    [[{ id: 'refunds', label: 'Refunds', noveltyThreshold: -0.1 }, other], 'Category 1 (“refunds”): Novelty threshold must be between 0 and 1'],
    [[{ id: 'refunds', label: 'Refunds', sampleRate: '10%' }, other], 'Category 1 (“refunds”): Sample rate must be a number between 0 and 1'],
    [[{ id: 'refunds', label: 'Refunds', undoSeconds: 1 }, other], 'Category 1 (“refunds”): Undo countdown must be at least 3 seconds'],
    [[{ id: 'refunds', label: 'Refunds', undoSeconds: 2.5 }, other], 'Category 1 (“refunds”): Undo countdown must be a whole number of seconds from 3 to 120'],
    [[{ id: 'refunds', label: 'Refunds', autoSend: 'yes' }, other], 'Category 1 (“refunds”): Auto-send must be true or false'],
    [[other, { id: 'other', label: 'Misc' }], 'Category 2 (“other”): Id “other” is used twice'],
    [[{ id: 'refunds', label: 'Refunds' }], 'A category with id “other” is required: drafts nobody can place go there'],
    [[], 'There must be at least one category'],
    ['refunds', 'Categories must be a list'],
  ])('refuses %j: %s', (input, message) => {
    const result = parseTaxonomy(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain(message);
  });
});

describe('findCategory', () => {
  it.each([
    ['refunds', 'refunds'],
    ['no-such-category', FALLBACK_CATEGORY_ID],
    ['', FALLBACK_CATEGORY_ID],
  ])('%s → %s', (id, expected) => {
    expect(findCategory(DEFAULT_TAXONOMY, id).id).toBe(expected);
  });

  it('falls back to the default “other” when given an unvalidated list without one', () => {
    expect(findCategory([], 'refunds')).toMatchObject({ id: 'other', level: 1 });
  });
});

describe('describeCategoriesForPrompt', () => {
  it('lists each id with its description, or its label when it has none', () => {
    const taxonomy = [categorySettingsSchema.parse({ id: 'returns', label: 'Returns' }), DEFAULT_TAXONOMY.at(-1)!];
    expect(describeCategoriesForPrompt(taxonomy)).toBe('- returns: Returns\n- other: Anything that fits no other category.');
  });
});
