import { z } from 'zod';
import { MAX_REPLY_CHARS, PLACEMENTS } from '../composer-actions/requests';
import type { ActionResult } from './action-result';
import { conversationSnapshotSchema, helpdeskIdSchema } from '../intake/conversation';
import { REWRITE_STYLE_IDS } from '../drafting-tools/tool-prompts';
import { READER_PARTS } from '../page/reader-part-names';

/**
 * Every runtime message, by direction. Receivers parse with these schemas and
 * drop anything else, so a page (or a bug) cannot push malformed data in.
 */

export const MAX_INSTRUCTION_CHARS = 500;

/** Where an approved reply goes: after the agent's text (the default), or over their selection when they ask (#11). */
const placementSchema = z.enum(PLACEMENTS);

/** Content script → worker. */
export const contentToWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('conversation:seen'), conversation: conversationSnapshotSchema }),
  /** The tab shows the conversation its URL names, not read yet: a reply drafted ahead for it is shown at once (#18). */
  z.object({ type: z.literal('conversation:opened') }),
  z.object({
    type: z.literal('conversation:unreadable'),
    helpdesk: helpdeskIdSchema,
    reason: z.string().max(500),
  }),
  /** An answer the Zendesk tab had from the API, checked against its documented schema here, not in the tab (#14). */
  z.object({ type: z.literal('zendesk:check-answer'), answer: z.enum(['showTicket', 'listComments']), json: z.unknown() }),
  /** Inject a part of the tab's reader that most reads do without (utils/page/reader-part-names.ts, #14). */
  z.object({ type: z.literal('reader:load-part'), part: z.enum(READER_PARTS) }),
  /** The agent's other Gmail addresses from options: content scripts may not read storage themselves (issue #12). */
  z.object({ type: z.literal('settings:own-addresses') }),
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
    text: z.string().trim().min(1).max(MAX_REPLY_CHARS),
    placement: placementSchema.optional(),
  }),
  z.object({
    type: z.literal('draft:reject'),
    draftId: z.string().min(1).max(100),
    reason: z.string().max(1_000).nullable(),
  }),
  z.object({ type: z.literal('draft:retry'), draftId: z.string().min(1).max(100) }),
  /** Draft again, in place, following the agent's instruction ("mention the 30-day window"). */
  z.object({
    type: z.literal('draft:redraft'),
    draftId: z.string().min(1).max(100),
    instruction: z.string().trim().min(1).max(MAX_INSTRUCTION_CHARS),
  }),
  z.object({ type: z.literal('draft:cancel'), draftId: z.string().min(1).max(100) }),
  /** Issue 16: a quick rewrite of the draft or of the agent's selection in it, kept as a preview. */
  z.object({
    type: z.literal('draft:rewrite'),
    draftId: z.string().min(1).max(100),
    style: z.enum(REWRITE_STYLE_IDS),
    instruction: z.string().trim().max(MAX_INSTRUCTION_CHARS).optional(),
    selection: z.object({ start: z.int().nonnegative(), end: z.int().nonnegative() }).optional(),
  }),
  z.object({ type: z.literal('draft:rewrite-decision'), draftId: z.string().min(1).max(100), decision: z.enum(['accept', 'discard', 'undo']) }),
  z.object({ type: z.literal('draft:translate'), draftId: z.string().min(1).max(100) }),
  z.object({
    type: z.literal('draft:feedback'),
    draftId: z.string().min(1).max(100),
    verdict: z.enum(['up', 'down']),
    reason: z.string().max(MAX_INSTRUCTION_CHARS).nullable(),
  }),
  /** Undo on a reply drafted ahead and held before posting (issue 18). */
  z.object({ type: z.literal('ahead:cancel-send'), draftId: z.string().min(1).max(100) }),
  /** A page opened: finish drafts a stopped worker left half-written. */
  z.object({ type: z.literal('worker:resume') }),
  z.object({ type: z.literal('knowledge:save'), tabId: z.int().nonnegative() }),
  z.object({ type: z.literal('knowledge:delete'), sourceUrl: z.string().min(1).max(2_000) }),
  /** After-the-fact review of a level-3 sample: null text = fine as sent. */
  z.object({
    type: z.literal('sample:review'),
    draftId: z.string().min(1).max(100),
    correctedText: z.string().trim().min(1).max(MAX_REPLY_CHARS).nullable(),
  }),
  /** The welcome page's "try a first draft" (#15): the worker drafts its built-in sample conversation for the asking tab. */
  z.object({ type: z.literal('sample:draft') }),
]);
export type PageToWorker = z.infer<typeof pageToWorkerSchema>;

// What the content scripts validate lives in zod/mini, apart, to keep their bundles small.
export { OK, refused, type ActionResult } from './action-result';
export { PLACEMENTS, type Placement } from '../composer-actions/requests';
export type { WorkerToContent } from './content-messages';

/** The answer to any request that can be refused; content scripts only build these, so the schema stays here. */
export const actionResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), detail: z.string().max(1_000).optional() }),
  /** fallback 'clipboard': the reply box did not take the reply; the panel copies it instead (#11). */
  z.object({ ok: z.literal(false), reason: z.string().max(1_000), fallback: z.literal('clipboard').optional() }),
]) satisfies z.ZodType<ActionResult>;

/** The side panel's ask for the page's structure is in content-messages.ts; this is its answer, already stripped of text and personal values by the content script (issue #12). */
export const pageStructureAnswerSchema = z.object({ structure: z.string().max(1_000_000) });
