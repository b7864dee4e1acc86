import { z } from 'zod';
import type { ClaimKind } from './sensitivity/claims';
import { SENSITIVITY_KINDS } from './sensitivity/sensitivity';

/**
 * Why routing sent a draft where it did, as data: a code and its typed
 * parameters, never a sentence. Drafts, shadow decisions and audit rows store
 * these; the pages word them in the reader's language (reason-text.ts), so a
 * German agent reads German whatever language the worker ran in, and a
 * figure such as 0.62 stays a number the eval can compare.
 *
 * Drafts and audit rows written before #15 hold sentences: a string is still
 * a reason, shown as stored.
 */

/** Who raised a concern: the customer's message, the draft, or the model's own flags. */
export const CONCERN_SIDES = ['message', 'draft', 'model'] as const;
export type ConcernSide = (typeof CONCERN_SIDES)[number];

export const CLAIM_KINDS = ['amount', 'date', 'duration', 'commitment'] as const satisfies readonly ClaimKind[];

const fraction = z.number().min(0).max(1);
/** Text that came from a message or the model: bounded, so one bad draft cannot bloat the audit log. */
const quoted = z.string().max(200);
/** The category as routing knew it: the id for lookups, the label the team gave it for reading. */
const categoryRef = z.object({ id: z.string().max(100), label: z.string().max(200) });

export const routingReasonSchema = z.discriminatedUnion('code', [
  /**
   * One kind of concern. Each term is a topic of the word lists ("refund") with the words that
   * triggered it as written ("Gutschrift"); personal data keeps no word, never the number itself.
   */
  z.object({
    code: z.literal('concern'),
    kind: z.enum(SENSITIVITY_KINDS),
    terms: z.array(z.object({ topic: quoted, word: quoted.optional() })).max(50),
    sides: z.array(z.enum(CONCERN_SIDES)).min(1),
  }),
  /** Facts in the draft nothing it was given backs up. */
  z.object({ code: z.literal('unbacked-claims'), claims: z.array(z.object({ kind: z.enum(CLAIM_KINDS), text: quoted })).min(1).max(50) }),
  /** A flag the model raised that is none of the known kinds. */
  z.object({ code: z.literal('model-flag'), flag: quoted }),
  z.object({ code: z.literal('confidence-invalid') }),
  z.object({ code: z.literal('every-draft-reviewed') }),
  z.object({ code: z.literal('unknown-category'), category: categoryRef }),
  z.object({ code: z.literal('low-confidence'), confidence: fraction, threshold: fraction }),
  /** No approved reply in the category is close enough; nearest null when there is none at all. */
  z.object({ code: z.literal('new-question'), category: categoryRef, nearest: fraction.nullable() }),
  z.object({ code: z.literal('language'), problem: z.enum(['other-script', 'too-short', 'not-covered']), words: z.int().min(0) }),
  /** The evidence a level-2 or level-3 draft acted on; language is a code such as 'de'. */
  z.object({
    code: z.literal('acted'),
    level: z.union([z.literal(2), z.literal(3)]),
    confidence: fraction,
    threshold: fraction,
    nearest: fraction,
    language: z.string().max(20),
  }),
  z.object({ code: z.literal('countdown'), seconds: z.int().min(0) }),
  z.object({ code: z.literal('sampled'), rate: fraction, category: categoryRef }),
  // Added by the worker after routing.
  /** The agent asked for another draft: it is theirs to decide, whatever its level. */
  z.object({ code: z.literal('drafted-again') }),
  /** The helpdesk tab refused to act on it (another conversation open, no reply box); detail is its refusal as worded there. */
  z.object({ code: z.literal('could-not-act'), detail: quoted }),
  /** Draft-ahead (#18): the agent stopped a held reply. */
  z.object({ code: z.literal('send-cancelled'), agent: quoted }),
  /** Draft-ahead did not post it; detail names the topic found, or Zendesk's problem (the API's answer, no tab, signed out) as the worker worded it. */
  z.object({ code: z.literal('not-posted'), problem: z.enum(['needs-human', 'not-routed', 'customer-wrote-again', 'zendesk']), detail: quoted }),
  z.object({ code: z.literal('posted') }),
]);
export type RoutingReason = z.infer<typeof routingReasonSchema>;
export type ConcernReason = Extract<RoutingReason, { code: 'concern' }>;

/** Text as a reason may quote it: what is longer is cut with an ellipsis. */
export const quotedText = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

/** A reason as drafts and audit rows hold it: structured, or a sentence from an older version (or worded by the worker). */
export const storedReasonSchema = z.union([z.string(), routingReasonSchema]);
export type StoredReason = z.infer<typeof storedReasonSchema>;

/**
 * Reads stored reasons, keeping what cannot be read: an entry no schema knows (written by a newer
 * version, or damaged) becomes its JSON text, so the panel shows it and nothing is lost.
 */
export function readStoredReasons(value: unknown): StoredReason[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry) => {
    const parsed = storedReasonSchema.safeParse(entry);
    return parsed.success ? parsed.data : JSON.stringify(entry);
  });
}

/**
 * The level's own rule ("Level 1: every draft is reviewed", "Level 2: confidence … nothing
 * sensitive") explains the policy, not this draft. Older sentences began "Level N:".
 */
export function isLevelRule(reason: StoredReason): boolean {
  return typeof reason === 'string' ? /^Level \d\b/.test(reason) : reason.code === 'every-draft-reviewed' || reason.code === 'acted';
}
