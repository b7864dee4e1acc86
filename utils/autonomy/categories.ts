import { z } from 'zod';
import { i18n } from '@/utils/i18n';

/**
 * The user-editable taxonomy: what kinds of question a team gets, and for
 * each, how much the agent may do on its own. Every category starts at
 * level 1 (review everything); a team raises a level when the numbers say
 * the category is ready.
 */

export const FALLBACK_CATEGORY_ID = 'other';

/** Fields worded lazily: the schema is built at import, before anyone asks in which language. */
const fraction = (field: () => string, fallback: number) =>
  z
    .number({ error: () => i18n.t('categoryProblems.fractionNumber', { field: field() }) })
    .min(0, { error: () => i18n.t('categoryProblems.fractionRange', { field: field() }) })
    .max(1, { error: () => i18n.t('categoryProblems.fractionRange', { field: field() }) })
    .default(fallback);

/** Below this an undo countdown is gone before anyone can read it. */
export const MIN_UNDO_SECONDS = 3;
export const MAX_UNDO_SECONDS = 120;
const MAX_LABEL_CHARS = 60;
const MAX_DESCRIPTION_CHARS = 300;

export const categorySettingsSchema = z.object({
  id: z
    .string({ error: () => i18n.t('categoryProblems.idRequired') })
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: () => i18n.t('categoryProblems.idFormat') }),
  /** The name the team gave it; a shipped category keeps its English name here (see categoryName). */
  label: z
    .string({ error: () => i18n.t('categoryProblems.labelRequired') })
    .trim()
    .min(1, { error: () => i18n.t('categoryProblems.labelEmpty') })
    .max(MAX_LABEL_CHARS, { error: () => i18n.t('categoryProblems.labelLong', { max: MAX_LABEL_CHARS }) }),
  /** Tells the model what belongs here. */
  description: z
    .string()
    .trim()
    .max(MAX_DESCRIPTION_CHARS, { error: () => i18n.t('categoryProblems.descriptionLong', { max: MAX_DESCRIPTION_CHARS }) })
    .default(''),
  /** 1 review everything, 2 review edge cases, 3 monitor and correct. */
  level: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: () => i18n.t('categoryProblems.level') }).default(1),
  /** Level 2 acts only at or above this model confidence. */
  confidenceThreshold: fraction(() => i18n.t('categoryProblems.confidenceThreshold'), 0.8),
  /** Level 2 acts only when a known message is at least this similar: below it the question is new. */
  noveltyThreshold: fraction(() => i18n.t('categoryProblems.noveltyThreshold'), 0.75),
  /** Level 3: the share of drafts acted on that a human reviews afterwards. */
  sampleRate: fraction(() => i18n.t('categoryProblems.sampleRate'), 0.1),
  /** Acting directly sends (after the undo countdown) instead of inserting into the composer. */
  autoSend: z.boolean({ error: () => i18n.t('categoryProblems.autoSend') }).default(false),
  undoSeconds: z
    .number({ error: () => i18n.t('categoryProblems.undoWhole', { min: MIN_UNDO_SECONDS, max: MAX_UNDO_SECONDS }) })
    .int({ error: () => i18n.t('categoryProblems.undoWhole', { min: MIN_UNDO_SECONDS, max: MAX_UNDO_SECONDS }) })
    .min(MIN_UNDO_SECONDS, { error: () => i18n.t('categoryProblems.undoMin', { min: MIN_UNDO_SECONDS }) })
    .max(MAX_UNDO_SECONDS, { error: () => i18n.t('categoryProblems.undoMax', { max: MAX_UNDO_SECONDS }) })
    .default(10),
});
export type CategorySettings = z.infer<typeof categorySettingsSchema>;
export type CategorySettingsInput = z.input<typeof categorySettingsSchema>;

export const taxonomySchema = z
  .array(categorySettingsSchema, { error: () => i18n.t('categoryProblems.list') })
  .min(1, { error: () => i18n.t('categoryProblems.atLeastOne') })
  .superRefine((categories, context) => {
    const seen = new Set<string>();
    for (const [index, category] of categories.entries()) {
      if (seen.has(category.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: i18n.t('categoryProblems.usedTwice', { id: category.id }) });
      seen.add(category.id);
    }
    if (!seen.has(FALLBACK_CATEGORY_ID)) {
      context.addIssue({ code: 'custom', path: [], message: i18n.t('categoryProblems.fallbackRequired', { id: FALLBACK_CATEGORY_ID }) });
    }
  });
export type Taxonomy = CategorySettings[];

/**
 * The shipped categories. `label` is the English name storage and team files carry until someone
 * renames it (the agent reads it through categoryName, in their language); `description` is what the
 * model reads to place a message, in English like the rest of the prompt, and is shown to no one.
 */
const SHIPPED = [
  ['orders', 'Orders', 'Placing, changing or cancelling an order, and where an order stands.'],
  ['shipping', 'Shipping', 'Delivery options, delivery times, tracking, and shipping addresses.'],
  ['refunds', 'Refunds', 'Refund requests, refund status and the refund or return policy.'],
  ['billing', 'Billing', 'Payments, payment methods, invoices, charges, fees and prices.'],
  ['account', 'Account', 'Signing up, signing in, passwords, profile details, switching or deleting an account.'],
  ['technical', 'Technical', 'Something in the product or website does not work as expected.'],
  ['feedback', 'Feedback', 'Reviews, suggestions, praise and complaints about the product or service.'],
  [FALLBACK_CATEGORY_ID, 'Other', 'Anything that fits no other category.'],
] as const;
type ShippedId = (typeof SHIPPED)[number][0];

export const DEFAULT_TAXONOMY: Taxonomy = SHIPPED.map(([id, label, description]) => categorySettingsSchema.parse({ id, label, description }));

const SHIPPED_LABEL = new Map<string, string>(SHIPPED.map(([id, label]) => [id, label]));

/**
 * The name the agent reads. A shipped category still under its shipped name reads in the agent's
 * language; a name the team gave it (here or in a team file) is theirs and is shown exactly as given.
 */
export function categoryName(category: Pick<CategorySettings, 'id' | 'label'>): string {
  return SHIPPED_LABEL.get(category.id) === category.label ? i18n.t(`categoryNames.${category.id as ShippedId}`) : category.label;
}

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
      const number = index + 1;
      return typeof id === 'string' && id !== ''
        ? i18n.t('categoryProblems.inNamedCategory', { number, id, problem: issue.message })
        : i18n.t('categoryProblems.inCategory', { number, problem: issue.message });
    }),
  };
}

/** The name of the category with this id, for reading; an id the taxonomy no longer has is shown as it is. */
export function categoryNameById(taxonomy: readonly CategorySettings[], id: string): string {
  const found = taxonomy.find((category) => category.id === id);
  return found ? categoryName(found) : id;
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
