import * as z from 'zod/mini';

export { OK, refused, type ActionResult } from './action-result';

/**
 * The messages a helpdesk content script validates (what the worker asks of
 * it) and the answer type it builds. In `zod/mini` and apart from
 * utils/messaging/messages.ts, so the content scripts bundle only these schemas (full
 * zod was ~90% of their size; test/build/content-script-size.ts pins the
 * limit).
 */

export const MAX_REPLY_CHARS = 20_000;

/** Where an approved reply goes: after the agent's text (the default), or over their selection when they ask (#11). */
export const PLACEMENTS = ['after-text', 'replace-selection'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** Worker → content script. */
// A plain union (still a tagged union to TypeScript): smaller in the bundle than discriminatedUnion.
export const workerToContentSchema = z.union([
  z.object({
    type: z.literal('composer:insert'),
    conversationId: z.string().check(z.minLength(1), z.maxLength(300)),
    text: z.string().check(z.minLength(1), z.maxLength(MAX_REPLY_CHARS)),
    // z.literal of several values and z.number + Number.isInteger, not z.enum and z.int: the same
    // checks with two schema kinds less in every content script (#14).
    placement: z.optional(z.literal(PLACEMENTS)),
  }),
  /** Insert, then send when the visible undo countdown ends, unless the agent cancels. */
  z.object({
    type: z.literal('composer:send-after-undo'),
    conversationId: z.string().check(z.minLength(1), z.maxLength(300)),
    text: z.string().check(z.minLength(1), z.maxLength(MAX_REPLY_CHARS)),
    undoSeconds: z.number().check(z.minimum(1), z.maximum(600), z.refine(Number.isInteger)),
  }),
  /** The worker (re)started: say again what the tab shows, even if unchanged (#19). */
  z.object({ type: z.literal('conversation:report-again') }),
]);
export type WorkerToContent = z.infer<typeof workerToContentSchema>;

/** The worker's answer to settings:own-addresses: the agent's other Gmail addresses from options. */
export const ownAddressesAnswerSchema = z.object({ addresses: z.array(z.string().check(z.maxLength(320))).check(z.maxLength(200)) });

/** The worker's answer to a report, as far as the content script needs it: stored, or refused for a reason. */
export const actionAnswerSchema = z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), reason: z.string() })]);

