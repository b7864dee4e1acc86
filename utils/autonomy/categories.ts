import { z } from 'zod';

/**
 * The user-editable taxonomy: what kinds of question a team gets, and for
 * each, how much the agent may do on its own. Every category starts at
 * level 1 (review everything); a team raises a level when the numbers say
 * the category is ready.
 */

export const FALLBACK_CATEGORY_ID = 'other';

const fraction = (name: string, fallback: number) =>
  z
    .number({ error: `${name} must be a number between 0 and 1` })
    .min(0, `${name} must be between 0 and 1`)
    .max(1, `${name} must be between 0 and 1`)
    .default(fallback);

/** Below this an undo countdown is gone before anyone can read it. */
export const MIN_UNDO_SECONDS = 3;
export const MAX_UNDO_SECONDS = 120;

export const categorySettingsSchema = z.object({
  id: z
    .string({ error: 'Id is required' })
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Id must be 1–40 lowercase letters, digits or hyphens, starting with a letter or digit'),
  label: z.string({ error: 'Label is required' }).trim().min(1, 'Label must not be empty').max(60, 'Label must be at most 60 characters'),
  /** Tells the model what belongs here. */
  description: z.string().trim().max(300, 'Description must be at most 300 characters').default(''),
  /** 1 review everything, 2 review edge cases, 3 monitor and correct. */
  level: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'Level must be 1, 2 or 3' }).default(1),
  /** Level 2 acts only at or above this model confidence. */
  confidenceThreshold: fraction('Confidence threshold', 0.8),
  /** Level 2 acts only when a known message is at least this similar: below it the question is new. */
  noveltyThreshold: fraction('Novelty threshold', 0.75),
  /** Level 3: the share of drafts acted on that a human reviews afterwards. */
  sampleRate: fraction('Sample rate', 0.1),
  /** Acting directly sends (after the undo countdown) instead of inserting into the composer. */
  autoSend: z.boolean({ error: 'Auto-send must be true or false' }).default(false),
  undoSeconds: z
    .number({ error: `Undo countdown must be a whole number of seconds from ${MIN_UNDO_SECONDS} to ${MAX_UNDO_SECONDS}` })
    .int(`Undo countdown must be a whole number of seconds from ${MIN_UNDO_SECONDS} to ${MAX_UNDO_SECONDS}`)
    .min(MIN_UNDO_SECONDS, `Undo countdown must be at least ${MIN_UNDO_SECONDS} seconds`)
    .max(MAX_UNDO_SECONDS, `Undo countdown must be at most ${MAX_UNDO_SECONDS} seconds`)
    .default(10),
});
export type CategorySettings = z.infer<typeof categorySettingsSchema>;
export type CategorySettingsInput = z.input<typeof categorySettingsSchema>;

export const taxonomySchema = z
  .array(categorySettingsSchema, { error: 'Categories must be a list' })
  .min(1, 'There must be at least one category')
  .superRefine((categories, context) => {
    const seen = new Set<string>();
    for (const [index, category] of categories.entries()) {
      if (seen.has(category.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `Id “${category.id}” is used twice` });
      seen.add(category.id);
    }
    if (!seen.has(FALLBACK_CATEGORY_ID)) {
      context.addIssue({ code: 'custom', path: [], message: `A category with id “${FALLBACK_CATEGORY_ID}” is required: drafts nobody can place go there` });
    }
  });
export type Taxonomy = CategorySettings[];

const category = (id: string, label: string, description: string): CategorySettings => categorySettingsSchema.parse({ id, label, description });

export const DEFAULT_TAXONOMY: Taxonomy = [
  category('orders', 'Orders', 'Placing, changing or cancelling an order, and where an order stands.'),
  category('shipping', 'Shipping', 'Delivery options, delivery times, tracking, and shipping addresses.'),
  category('refunds', 'Refunds', 'Refund requests, refund status and the refund or return policy.'),
  category('billing', 'Billing', 'Payments, payment methods, invoices, charges, fees and prices.'),
  category('account', 'Account', 'Signing up, signing in, passwords, profile details, switching or deleting an account.'),
  category('technical', 'Technical', 'Something in the product or website does not work as expected.'),
  category('feedback', 'Feedback', 'Reviews, suggestions, praise and complaints about the product or service.'),
  category(FALLBACK_CATEGORY_ID, 'Other', 'Anything that fits no other category.'),
];

export type TaxonomyResult = { ok: true; taxonomy: Taxonomy } | { ok: false; errors: string[] };

/** Validates an edited taxonomy; each error names the category and the field in words. */
export function parseTaxonomy(input: unknown): TaxonomyResult {
  const parsed = taxonomySchema.safeParse(input);
  if (parsed.success) return { ok: true, taxonomy: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const [index] = issue.path;
      if (typeof index !== 'number') return issue.message;
      const id = Array.isArray(input) ? (input[index] as { id?: unknown } | undefined)?.id : undefined;
      return `Category ${index + 1}${typeof id === 'string' && id !== '' ? ` (“${id}”)` : ''}: ${issue.message}`;
    }),
  };
}

/** The category with this id; an unknown id lands in “other”, which a valid taxonomy always has. */
export function findCategory(taxonomy: readonly CategorySettings[], id: string): CategorySettings {
  return (
    taxonomy.find((candidate) => candidate.id === id) ??
    taxonomy.find((candidate) => candidate.id === FALLBACK_CATEGORY_ID) ??
    DEFAULT_TAXONOMY.find((candidate) => candidate.id === FALLBACK_CATEGORY_ID)!
  );
}

/** The categories as the model sees them when it picks one: "- refunds: Refund requests…". */
export function describeCategoriesForPrompt(taxonomy: readonly CategorySettings[]): string {
  return taxonomy.map((entry) => `- ${entry.id}: ${entry.description || entry.label}`).join('\n');
}
