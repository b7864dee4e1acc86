import { z } from 'zod/mini';

/**
 * Zendesk's Support REST API, read with the agent's own session: the content
 * script runs on the agent's Zendesk origin, so same-origin GETs carry the
 * session cookie and need no token. The JSON contract is versioned and
 * documented, unlike the agent UI's markup. Every response is validated; a
 * field the schemas need and the answer lacks is an 'invalid' failure, never
 * a guess. Fields name their documented source.
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

/**
 * List Comments (offset pagination: next_page is the next page's full URL or null),
 * users side-loaded. https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/#list-comments
 */
export const listCommentsResponseSchema = z.object({
  comments: z.array(zendeskCommentSchema),
  users: z.optional(z.array(zendeskUserSchema)),
  next_page: z.optional(z.nullable(z.string())),
});

/** Why a call gave nothing: the reader falls back to the page for all of them. */
export type ZendeskApiFailure =
  | { reason: 'unauthorized' | 'forbidden' | 'not-found' | 'failed' | 'invalid'; detail: string }
  /** 429, or still inside an earlier 429's Retry-After: nothing is sent until it passes. */
  | { reason: 'rate-limited'; detail: string; retryAfterMs: number };

export type ZendeskApiResult<T> = { ok: true; value: T } | ({ ok: false } & ZendeskApiFailure);

/** A ticket and its whole conversation, with every user the API side-loaded, by id. */
export interface ZendeskTicketConversation {
  ticket: ZendeskTicket;
  comments: ZendeskComment[];
  users: Map<number, ZendeskUser>;
}

export interface ZendeskApiOptions {
  /** The agent's Zendesk origin, e.g. https://acme.zendesk.com. */
  origin: string;
  fetch?: typeof fetch;
  now?: () => number;
}

/** Without Retry-After, a 429 waits this long (Zendesk's limits are per minute). */
const DEFAULT_RETRY_AFTER_MS = 60_000;
/** 100 comments a page (the documented maximum); tickets hold at most 5,000 comments. */
const MAX_COMMENT_PAGES = 50;

/**
 * Retry-After as milliseconds from now: delta-seconds or an HTTP date (RFC 9110 §10.2.3),
 * the default when absent or unreadable.
 */
export function retryAfterMs(header: string | null, now: number): number {
  if (header === null || header.trim() === '') return DEFAULT_RETRY_AFTER_MS;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1_000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? DEFAULT_RETRY_AFTER_MS : Math.max(0, date - now);
}

export interface ZendeskApi {
  /** Any GET under /api/v2 (path relative to the origin), validated with the schema. */
  get<T>(path: string, schema: z.ZodMiniType<T>): Promise<ZendeskApiResult<T>>;
  /** GET /api/v2/tickets/{id}.json?include=users */
  showTicket(ticketId: string): Promise<ZendeskApiResult<z.infer<typeof showTicketResponseSchema>>>;
  /** GET /api/v2/tickets/{id}/comments.json?include=users, every page. */
  listComments(ticketId: string): Promise<ZendeskApiResult<{ comments: ZendeskComment[]; users: ZendeskUser[] }>>;
  /** The ticket and all its comments, authors resolved from the side-loaded users. */
  ticketConversation(ticketId: string): Promise<ZendeskApiResult<ZendeskTicketConversation>>;
}

export function createZendeskApi({ origin, fetch: fetchFn = globalThis.fetch.bind(globalThis), now = Date.now }: ZendeskApiOptions): ZendeskApi {
  let blockedUntil = 0;

  async function get<T>(path: string, schema: z.ZodMiniType<T>): Promise<ZendeskApiResult<T>> {
    const url = new URL(path, origin);
    // Only the agent's own Zendesk: a next_page pointing elsewhere is not followed with their session.
    if (url.origin !== new URL(origin).origin || !url.pathname.startsWith('/api/v2/')) {
      return { ok: false, reason: 'invalid', detail: `refused to read ${url.origin}${url.pathname}` };
    }
    if (now() < blockedUntil) {
      return { ok: false, reason: 'rate-limited', detail: 'waiting for Retry-After', retryAfterMs: blockedUntil - now() };
    }
    let response: Response;
    try {
      response = await fetchFn(url.href, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    } catch (error) {
      return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
    if (response.status === 429) {
      const wait = retryAfterMs(response.headers.get('Retry-After'), now());
      blockedUntil = now() + wait;
      return { ok: false, reason: 'rate-limited', detail: `429 on ${url.pathname}`, retryAfterMs: wait };
    }
    if (response.status === 401) return { ok: false, reason: 'unauthorized', detail: `401 on ${url.pathname}` };
    if (response.status === 403) return { ok: false, reason: 'forbidden', detail: `403 on ${url.pathname}` };
    if (response.status === 404) return { ok: false, reason: 'not-found', detail: `404 on ${url.pathname}` };
    if (!response.ok) return { ok: false, reason: 'failed', detail: `${response.status} on ${url.pathname}` };
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      return { ok: false, reason: 'invalid', detail: `${url.pathname} did not answer JSON` };
    }
    const parsed = z.safeParse(schema, json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, reason: 'invalid', detail: `${url.pathname}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'unexpected shape'}` };
    }
    return { ok: true, value: parsed.data };
  }

  function showTicket(ticketId: string) {
    return get(`/api/v2/tickets/${encodeURIComponent(ticketId)}.json?include=users`, showTicketResponseSchema);
  }

  async function listComments(ticketId: string): Promise<ZendeskApiResult<{ comments: ZendeskComment[]; users: ZendeskUser[] }>> {
    const comments: ZendeskComment[] = [];
    const users: ZendeskUser[] = [];
    let next: string | null = `/api/v2/tickets/${encodeURIComponent(ticketId)}/comments.json?include=users&per_page=100`;
    for (let page = 0; next !== null; page++) {
      if (page === MAX_COMMENT_PAGES) return { ok: false, reason: 'invalid', detail: `more than ${MAX_COMMENT_PAGES} pages of comments` };
      const result: ZendeskApiResult<z.infer<typeof listCommentsResponseSchema>> = await get(next, listCommentsResponseSchema);
      if (!result.ok) return result;
      comments.push(...result.value.comments);
      users.push(...(result.value.users ?? []));
      next = result.value.next_page ?? null;
    }
    return { ok: true, value: { comments, users } };
  }

  async function ticketConversation(ticketId: string): Promise<ZendeskApiResult<ZendeskTicketConversation>> {
    const [ticket, comments] = await Promise.all([showTicket(ticketId), listComments(ticketId)]);
    if (!ticket.ok) return ticket;
    if (!comments.ok) return comments;
    const users = new Map<number, ZendeskUser>();
    for (const user of [...(ticket.value.users ?? []), ...comments.value.users]) users.set(user.id, user);
    return { ok: true, value: { ticket: ticket.value.ticket, comments: comments.value.comments, users } };
  }

  return { get, showTicket, listComments, ticketConversation };
}
