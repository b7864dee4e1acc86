import { z } from 'zod/mini';
import type { ConversationMessage, ConversationSnapshot } from '../conversation';
import { retryAfterMs } from './budget';

/**
 * The Zendesk Support API calls draft-ahead makes with the agent's session:
 * the agent's queue (a view's tickets, or a search for "assigned to me,
 * new/open"), a ticket's comments, the CSRF token, and a public reply. Every
 * answer is validated; field names follow developer.zendesk.com/api-reference
 * (each schema names its page). `fetch` is whatever reaches the agent's
 * Zendesk origin: in the extension, the Zendesk tab's content script.
 */

/** Tickets: https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#json-format */
const queueTicketSchema = z.object({
  id: z.number(),
  subject: z.optional(z.nullable(z.string())),
  // "new", "open", "pending", "hold", "solved", "closed".
  status: z.optional(z.string()),
  requester_id: z.number(),
  updated_at: z.string(),
});
export type QueueTicketJson = z.infer<typeof queueTicketSchema>;

/** Users: https://developer.zendesk.com/api-reference/ticketing/users/users/#json-format */
const userSchema = z.object({
  id: z.number(),
  name: z.string(),
  email: z.optional(z.nullable(z.string())),
  // "end-user", "agent" or "admin".
  role: z.optional(z.string()),
});
type UserJson = z.infer<typeof userSchema>;

/** Ticket Comments: https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/#json-format */
const commentSchema = z.object({
  id: z.number(),
  author_id: z.number(),
  body: z.optional(z.string()),
  plain_body: z.optional(z.string()),
  // false: an internal note.
  public: z.boolean(),
  created_at: z.string(),
});
type CommentJson = z.infer<typeof commentSchema>;

/** Cursor pagination: https://developer.zendesk.com/api-reference/introduction/pagination/#using-cursor-pagination */
const cursorLinksSchema = {
  meta: z.object({ has_more: z.boolean() }),
  links: z.object({ next: z.nullable(z.string()) }),
};

/** List Tickets in a View (cursor): https://developer.zendesk.com/api-reference/ticketing/business-rules/views/#list-tickets-from-a-view */
const viewTicketsSchema = z.object({ tickets: z.array(queueTicketSchema), ...cursorLinksSchema });

/** List Search Results (offset only, 1,000 results at most): https://developer.zendesk.com/api-reference/ticketing/ticket-management/search/ */
const searchSchema = z.object({
  results: z.array(z.looseObject({ result_type: z.string() })),
  next_page: z.nullable(z.string()),
  count: z.number(),
});

/** List Views: https://developer.zendesk.com/api-reference/ticketing/business-rules/views/#list-views */
const viewsSchema = z.object({
  views: z.array(z.object({ id: z.number(), title: z.string(), active: z.boolean() })),
  next_page: z.optional(z.nullable(z.string())),
});

/** List Comments with users side-loaded (cursor). */
const commentsSchema = z.object({ comments: z.array(commentSchema), users: z.optional(z.array(userSchema)), ...cursorLinksSchema });

/**
 * Show the Currently Authenticated User. With a session, `authenticity_token`
 * is the CSRF token writes need as X-CSRF-Token (zendesk/copenhagen_theme
 * reads it exactly so).
 */
const meSchema = z.object({ user: z.object({ id: z.number(), name: z.string(), authenticity_token: z.optional(z.string()) }) });

/** Update Ticket answers the ticket and its audit. */
const updateSchema = z.object({ ticket: z.object({ id: z.number() }) });

export type ApiFailure =
  | { reason: 'unauthorized' | 'forbidden' | 'not-found' | 'failed' | 'invalid'; detail: string }
  | { reason: 'rate-limited'; detail: string; retryAfterMs: number };
export type ApiResult<T> = { ok: true; value: T } | ({ ok: false } & ApiFailure);

/** Where the agent's tickets come from: chosen views, or Zendesk's search for their own new and open tickets. */
export type QueueSource = { kind: 'assigned' } | { kind: 'views'; viewIds: number[] };

export const ASSIGNED_QUERY = 'type:ticket assignee:me status<pending';
/** Tickets of the same pages are read at most this far (200 is the queue the issue sizes for; more waits for the next round). */
const MAX_QUEUE_PAGES = 10;

export interface QueueApi {
  me(): Promise<ApiResult<{ agentId: number; agentName: string; csrfToken: string | null }>>;
  listViews(): Promise<ApiResult<{ id: number; title: string }[]>>;
  /** The agent's tickets from the source, every page, deduplicated. */
  queue(source: QueueSource): Promise<ApiResult<QueueTicketJson[]>>;
  /** A ticket's comments and their authors, every page. */
  comments(ticketId: number): Promise<ApiResult<{ comments: CommentJson[]; users: UserJson[] }>>;
  /** Posts a public comment: PUT /api/v2/tickets/{id}.json with the CSRF token. */
  postPublicReply(ticketId: number, text: string, csrfToken: string): Promise<ApiResult<null>>;
}

export function createQueueApi(origin: string, fetchFn: typeof fetch, now: () => number = Date.now): QueueApi {
  async function call<T>(path: string, schema: z.ZodMiniType<T>, init: { method?: 'GET' | 'PUT'; body?: unknown; csrfToken?: string } = {}): Promise<ApiResult<T>> {
    const url = new URL(path, origin);
    // A next page pointing anywhere else is not followed with the agent's session.
    if (url.origin !== new URL(origin).origin || !url.pathname.startsWith('/api/v2/')) {
      return { ok: false, reason: 'invalid', detail: `refused to call ${url.origin}${url.pathname}` };
    }
    let response: Response;
    try {
      response = await fetchFn(url.href, {
        method: init.method ?? 'GET',
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json',
          ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(init.csrfToken ? { 'X-CSRF-Token': init.csrfToken } : {}),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
    } catch (error) {
      return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
    const where = `${init.method ?? 'GET'} ${url.pathname}`;
    if (response.status === 429) {
      return { ok: false, reason: 'rate-limited', detail: `429 on ${where}`, retryAfterMs: retryAfterMs(response.headers.get('Retry-After'), now()) };
    }
    if (response.status === 401) return { ok: false, reason: 'unauthorized', detail: `401 on ${where}: signed out of Zendesk` };
    if (response.status === 403) return { ok: false, reason: 'forbidden', detail: `403 on ${where}: ${await errorText(response)}` };
    if (response.status === 404) return { ok: false, reason: 'not-found', detail: `404 on ${where}` };
    if (!response.ok) return { ok: false, reason: 'failed', detail: `${response.status} on ${where}: ${await errorText(response)}` };
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      return { ok: false, reason: 'invalid', detail: `${where} did not answer JSON` };
    }
    const parsed = z.safeParse(schema, json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, reason: 'invalid', detail: `${where}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'unexpected shape'}` };
    }
    return { ok: true, value: parsed.data };
  }

  async function queue(source: QueueSource): Promise<ApiResult<QueueTicketJson[]>> {
    const found = new Map<number, QueueTicketJson>();
    const firstPages =
      source.kind === 'assigned'
        ? [`/api/v2/search.json?query=${encodeURIComponent(ASSIGNED_QUERY)}&sort_by=updated_at&sort_order=asc&per_page=100`]
        : source.viewIds.map((id) => `/api/v2/views/${id}/tickets.json?page[size]=100`);
    for (const first of firstPages) {
      let next: string | null = first;
      for (let page = 0; next !== null && page < MAX_QUEUE_PAGES; page++) {
        if (source.kind === 'assigned') {
          const result: ApiResult<z.infer<typeof searchSchema>> = await call(next, searchSchema);
          if (!result.ok) return result;
          for (const item of result.value.results) {
            const ticket = z.safeParse(queueTicketSchema, item);
            if (item.result_type === 'ticket' && ticket.success) found.set(ticket.data.id, ticket.data);
          }
          next = result.value.next_page;
        } else {
          const result: ApiResult<z.infer<typeof viewTicketsSchema>> = await call(next, viewTicketsSchema);
          if (!result.ok) return result;
          for (const ticket of result.value.tickets) found.set(ticket.id, ticket);
          next = result.value.meta.has_more ? result.value.links.next : null;
        }
      }
    }
    return { ok: true, value: [...found.values()] };
  }

  async function comments(ticketId: number): Promise<ApiResult<{ comments: CommentJson[]; users: UserJson[] }>> {
    const all: CommentJson[] = [];
    const users: UserJson[] = [];
    let next: string | null = `/api/v2/tickets/${ticketId}/comments.json?include=users&page[size]=100`;
    for (let page = 0; next !== null; page++) {
      // Zendesk caps a ticket at 5,000 comments: 50 pages.
      if (page === 50) return { ok: false, reason: 'invalid', detail: `ticket ${ticketId} has more than 50 pages of comments` };
      const result: ApiResult<z.infer<typeof commentsSchema>> = await call(next, commentsSchema);
      if (!result.ok) return result;
      all.push(...result.value.comments);
      users.push(...(result.value.users ?? []));
      next = result.value.meta.has_more ? result.value.links.next : null;
    }
    return { ok: true, value: { comments: all, users } };
  }

  return {
    async me() {
      const result = await call('/api/v2/users/me.json', meSchema);
      if (!result.ok) return result;
      const { user } = result.value;
      return { ok: true, value: { agentId: user.id, agentName: user.name, csrfToken: user.authenticity_token ?? null } };
    },
    async listViews() {
      const result = await call('/api/v2/views.json', viewsSchema);
      return result.ok ? { ok: true, value: result.value.views.filter((view) => view.active).map(({ id, title }) => ({ id, title })) } : result;
    },
    queue,
    comments,
    async postPublicReply(ticketId, text, csrfToken) {
      const result = await call(`/api/v2/tickets/${ticketId}.json`, updateSchema, { method: 'PUT', body: { ticket: { comment: { body: text, public: true } } }, csrfToken });
      return result.ok ? { ok: true, value: null } : result;
    },
  };
}

async function errorText(response: Response): Promise<string> {
  const text = (await response.text().catch(() => '')).slice(0, 300);
  try {
    const body = JSON.parse(text) as { error?: unknown; description?: unknown };
    const error = typeof body.error === 'object' && body.error !== null ? (body.error as { message?: unknown }).message : body.error;
    return [error, body.description].filter((part) => typeof part === 'string').join(': ') || text;
  } catch {
    return text;
  }
}

/** The ticket as the conversation shape every draft uses; ids match what the page reader gives. */
export function ticketSnapshot(account: string, ticket: QueueTicketJson, comments: readonly CommentJson[], users: readonly UserJson[]): ConversationSnapshot {
  const byId = new Map(users.map((user) => [user.id, user]));
  const requester = byId.get(ticket.requester_id);
  // The snapshot's limits (conversation.ts): the latest 500 comments, 50,000 characters each.
  const messages = comments.slice(-500).map((comment): ConversationMessage => {
    const author = byId.get(comment.author_id);
    const role = !comment.public ? 'internal-note' : author?.role === 'end-user' || comment.author_id === ticket.requester_id ? 'customer' : 'agent';
    return { id: String(comment.id), role, author: author?.name ?? '', sentAt: comment.created_at, text: (comment.plain_body ?? comment.body ?? '').trim().slice(0, 50_000) };
  });
  return {
    helpdesk: 'zendesk',
    id: `zendesk:${account}:${ticket.id}`,
    url: `https://${account}.zendesk.com/agent/tickets/${ticket.id}`,
    subject: ticket.subject ?? '',
    customer: { name: requester?.name ?? '', email: requester?.email ?? null },
    messages,
  };
}
