import { z } from 'zod';
import { conversationSnapshotSchema, helpdeskIdSchema } from './conversation';

/**
 * Every runtime message, by direction. Receivers parse with these schemas and
 * drop anything else, so a page (or a bug) cannot push malformed data in.
 */

const MAX_REPLY_CHARS = 20_000;

/** Content script → worker. */
export const contentToWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('conversation:seen'), conversation: conversationSnapshotSchema }),
  z.object({
    type: z.literal('conversation:unreadable'),
    helpdesk: helpdeskIdSchema,
    reason: z.string().max(500),
  }),
  z.object({
    type: z.literal('composer:send-finished'),
    conversationId: z.string().min(1).max(300),
    /** withheld: the countdown was not visible to the agent (hidden or covered by the page), so nothing was sent (#19). */
    outcome: z.enum(['sent', 'cancelled', 'withheld']),
    reason: z.string().max(300).optional(),
  }),
]);
export type ContentToWorker = z.infer<typeof contentToWorkerSchema>;

/** Extension page (side panel, popup, options) → worker. */
export const pageToWorkerSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('draft:approve'),
    draftId: z.string().min(1).max(100),
    text: z.string().trim().min(1, 'The reply is empty').max(MAX_REPLY_CHARS),
  }),
  z.object({
    type: z.literal('draft:reject'),
    draftId: z.string().min(1).max(100),
    reason: z.string().max(1_000).nullable(),
  }),
  z.object({ type: z.literal('draft:retry'), draftId: z.string().min(1).max(100) }),
  z.object({ type: z.literal('draft:cancel'), draftId: z.string().min(1).max(100) }),
  /** A page opened: finish drafts a stopped worker left half-written. */
  z.object({ type: z.literal('worker:resume') }),
  z.object({ type: z.literal('knowledge:save'), tabId: z.int().nonnegative() }),
  /** After-the-fact review of a level-3 sample: null text = fine as sent. */
  z.object({
    type: z.literal('sample:review'),
    draftId: z.string().min(1).max(100),
    correctedText: z.string().trim().min(1).max(MAX_REPLY_CHARS).nullable(),
  }),
]);
export type PageToWorker = z.infer<typeof pageToWorkerSchema>;

/** Worker → content script. */
export const workerToContentSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('composer:insert'),
    conversationId: z.string().min(1).max(300),
    text: z.string().min(1).max(MAX_REPLY_CHARS),
  }),
  /** Insert, then send when the visible undo countdown ends, unless the agent cancels. */
  z.object({
    type: z.literal('composer:send-after-undo'),
    conversationId: z.string().min(1).max(300),
    text: z.string().min(1).max(MAX_REPLY_CHARS),
    undoSeconds: z.int().min(1).max(600),
  }),
  /** The worker (re)started: say again what the tab shows, even if unchanged (#19). */
  z.object({ type: z.literal('conversation:report-again') }),
]);
export type WorkerToContent = z.infer<typeof workerToContentSchema>;

/** The answer to any request that can be refused for a reason a human should read. */
export const actionResultSchema = z.discriminatedUnion('ok', [
  /** detail: what was done, when there is more to say than "done". */
  z.object({ ok: z.literal(true), detail: z.string().max(1_000).optional() }),
  z.object({ ok: z.literal(false), reason: z.string().max(1_000) }),
]);
export type ActionResult = z.infer<typeof actionResultSchema>;

export const OK: ActionResult = { ok: true };
export const refused = (reason: string): ActionResult => ({ ok: false, reason });
