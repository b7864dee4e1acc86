import { z } from 'zod/mini';
import type { AnswerCheck, ZendeskAnswerChecks } from './zendesk-api';

/**
 * The documented shapes of the Zendesk Support API answers ReplyLoop reads.
 * Checked in the worker, never in the Zendesk content script: the tab asks the
 * worker to check what it fetched (./zendesk-answer-check.ts), so the script that
 * loads on every agent page carries none of these schemas (#14). A field the
 * schemas need and the answer lacks is an 'invalid' failure, never a guess.
 * Fields name their documented source.
 */

/** https://developer.zendesk.com/api-reference/ticketing/users/users/#json-format */
export const zendeskUserSchema = z.object({
  id: z.number(),
  name: z.string(),
  // Users without an email identity (messaging, phone) have null.
  email: z.optional(z.nullable(z.string())),
  // "end-user", "agent" or "admin".
  role: z.optional(z.string()),
});
export type ZendeskUser = z.infer<typeof zendeskUserSchema>;

/** The "via" object: https://developer.zendesk.com/documentation/ticketing/reference-guides/via-object-reference/ */
export const zendeskViaSchema = z.object({
  // "web", "email", "api", "native_messaging", "chat"… (a string in the JSON API).
  channel: z.union([z.string(), z.number()]),
});

/** https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#json-format */
export const zendeskTicketSchema = z.object({
  id: z.number(),
  subject: z.optional(z.nullable(z.string())),
  requester_id: z.number(),
  // "new", "open", "pending", "hold", "solved", "closed".
  status: z.optional(z.string()),
  via: z.optional(zendeskViaSchema),
  updated_at: z.optional(z.nullable(z.string())),
});
export type ZendeskTicket = z.infer<typeof zendeskTicketSchema>;

/** https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/#json-format */
export const zendeskCommentSchema = z.object({
  id: z.number(),
  // "Comment" or "VoiceComment".
  type: z.optional(z.string()),
  author_id: z.number(),
  body: z.optional(z.string()),
  html_body: z.optional(z.string()),
  plain_body: z.optional(z.string()),
  // false: an internal note.
  public: z.boolean(),
  created_at: z.string(),
  via: z.optional(zendeskViaSchema),
});
export type ZendeskComment = z.infer<typeof zendeskCommentSchema>;

/** Show Ticket, with users side-loaded: https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/side_loading/ */
export const showTicketResponseSchema = z.object({
  ticket: zendeskTicketSchema,
  users: z.optional(z.array(zendeskUserSchema)),
});
export type ShowTicketResponse = z.infer<typeof showTicketResponseSchema>;

/** Cursor pagination: https://developer.zendesk.com/api-reference/introduction/pagination/#using-cursor-pagination */
export const cursorPageSchema = {
  meta: z.optional(z.object({ has_more: z.boolean() })),
  links: z.optional(z.object({ next: z.nullable(z.string()) })),
};

/**
 * List Comments, users side-loaded; cursor pages, or offset pages (next_page is the next
 * page's full URL or null). https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/#list-comments
 */
export const listCommentsResponseSchema = z.object({
  comments: z.array(zendeskCommentSchema),
  users: z.optional(z.array(zendeskUserSchema)),
  next_page: z.optional(z.nullable(z.string())),
  ...cursorPageSchema,
});
export type ListCommentsResponse = z.infer<typeof listCommentsResponseSchema>;

/** An answer checked against its schema: its parsed value, or the first thing wrong with it. */
export function schemaCheck<T>(schema: z.ZodMiniType<T>): AnswerCheck<T> {
  return (json) => {
    const parsed = z.safeParse(schema, json);
    if (parsed.success) return { ok: true, value: parsed.data };
    const issue = parsed.error.issues[0];
    return { ok: false, issue: `${issue?.path.join('.') ?? ''} ${issue?.message ?? 'unexpected shape'}` };
  };
}

/** The reader's answers checked here, with zod: in the worker, and in tests. */
export const SCHEMA_CHECKS: ZendeskAnswerChecks = {
  showTicket: schemaCheck(showTicketResponseSchema),
  listComments: schemaCheck(listCommentsResponseSchema),
};
