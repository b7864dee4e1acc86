import { describe, expect, it } from 'vitest';
import { inLocale } from '@/test/support/in-locale';
import {
  DEFAULT_TAXONOMY,
  FALLBACK_CATEGORY_ID,
  categoryName,
  categoryNameById,
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

  it('words its problems in the agent’s language', async () => {
    await inLocale('de', () => {
      expect(parseTaxonomy([{ id: 'refunds', label: 'Refunds', confidenceThreshold: 1.5 }, { id: 'other', label: 'Other' }])).toEqual({
        ok: false,
        errors: ['Kategorie 1 („refunds“): Die Sicherheitsschwelle muss zwischen 0 und 1 liegen'],
      });
      expect(parseTaxonomy([{ id: 'refunds', label: 'Refunds' }])).toEqual({
        ok: false,
        errors: ['Eine Kategorie mit der ID „other“ ist nötig: Dort landen Entwürfe, die sich nirgends einordnen lassen'],
      });
    });
  });
});

describe('categoryName', () => {
  it('reads a shipped category under its shipped name in the agent’s language', async () => {
    expect(DEFAULT_TAXONOMY.map(categoryName)).toEqual(['Orders', 'Shipping', 'Refunds', 'Billing', 'Account', 'Technical', 'Feedback', 'Other']);
    await inLocale('de', () => {
      expect(DEFAULT_TAXONOMY.map(categoryName)).toEqual(['Bestellungen', 'Versand', 'Erstattungen', 'Abrechnung', 'Konto', 'Technik', 'Feedback', 'Sonstiges']);
    });
  });

  it('never replaces a name the team gave: a renamed shipped category or a category of their own', async () => {
    await inLocale('de', () => {
      expect(categoryName({ id: 'refunds', label: 'Rückzahlungen' })).toBe('Rückzahlungen');
      expect(categoryName({ id: 'returns', label: 'Refunds' })).toBe('Refunds');
      // Not a shipped id, though a key every object has.
      expect(categoryName({ id: 'constructor', label: 'Konstrukteure' })).toBe('Konstrukteure');
    });
  });

  it('names an id by the taxonomy, or shows an id it no longer has as it is', async () => {
    await inLocale('de', () => {
      expect(categoryNameById(DEFAULT_TAXONOMY, 'shipping')).toBe('Versand');
      expect(categoryNameById(DEFAULT_TAXONOMY, 'gone')).toBe('gone');
    });
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

  it('gives the model the shipped English descriptions whatever the agent’s language', async () => {
    const english = describeCategoriesForPrompt(DEFAULT_TAXONOMY);
    await inLocale('de', () => expect(describeCategoriesForPrompt(DEFAULT_TAXONOMY)).toBe(english));
    expect(english).toContain('- refunds: Refund requests, refund status and the refund or return policy.');
  });
});
