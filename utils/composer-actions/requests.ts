import * as z from 'zod/mini';

/**
 * What the worker asks of a helpdesk tab's reply box. Validated by the injected composer actions
 * (entrypoints/composer-actions.ts), which the worker lends the tab right before asking: these
 * schemas, their string and number checks and the union are then in no content script every
 * helpdesk page loads (#14). The content script checks only the message's type
 * (utils/messaging/content-messages.ts) and hands the rest over.
 */

export const MAX_REPLY_CHARS = 20_000;

/** Where an approved reply goes: after the agent's text (the default), or over their selection when they ask (#11). */
export const PLACEMENTS = ['after-text', 'replace-selection'] as const;
export type Placement = (typeof PLACEMENTS)[number];

// A plain union (still a tagged union to TypeScript): smaller in the bundle than discriminatedUnion.
export const composerRequestSchema = z.union([
  z.object({
    type: z.literal('composer:insert'),
    conversationId: z.string().check(z.minLength(1), z.maxLength(300)),
    text: z.string().check(z.minLength(1), z.maxLength(MAX_REPLY_CHARS)),
    // z.literal of several values and z.number + Number.isInteger, not z.enum and z.int: the same
    // checks with two schema kinds less (#14).
    placement: z.optional(z.literal(PLACEMENTS)),
  }),
  /** Insert, then send when the visible undo countdown ends, unless the agent cancels. */
  z.object({
    type: z.literal('composer:send-after-undo'),
    conversationId: z.string().check(z.minLength(1), z.maxLength(300)),
    text: z.string().check(z.minLength(1), z.maxLength(MAX_REPLY_CHARS)),
    undoSeconds: z.number().check(z.minimum(1), z.maximum(600), z.refine(Number.isInteger)),
  }),
]);
export type ComposerRequest = z.infer<typeof composerRequestSchema>;
