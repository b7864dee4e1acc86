import { z } from 'zod/mini';
import type { ConversationSnapshot } from '../intake/conversation';
import { createZendeskApi, nextPage, zendeskErrorText, type ZendeskApiFailure, type ZendeskApiResult, type ZendeskComment, type ZendeskUser } from '../adapters/zendesk-api';
import { cursorPageSchema, SCHEMA_CHECKS, schemaCheck, zendeskTicketSchema } from '../adapters/zendesk-api-schemas';
import { conversationFromApi } from '../adapters/zendesk-from-api';

/**
 * The Zendesk Support API calls draft-ahead makes with the agent's session,
 * through the adapter's client (utils/adapters/zendesk-api.ts: its schemas,
 * failure kinds and Retry-After): the agent's queue (a view's tickets, or a
 * search for "assigned to me, new/open"), a ticket's comments, the CSRF
 * token, and a public reply. Field names follow
 * developer.zendesk.com/api-reference (each schema names its page). `fetch`
 * is whatever reaches the agent's Zendesk origin: in the extension, the
 * Zendesk tab's content script.
 */

/** A queue's ticket: updated_at is what tells draft-ahead a ticket changed. */
const queueTicketSchema = z.extend(zendeskTicketSchema, { updated_at: z.string() });
export type QueueTicketJson = z.infer<typeof queueTicketSchema>;

/** List Tickets in a View (cursor): https://developer.zendesk.com/api-reference/ticketing/business-rules/views/#list-tickets-from-a-view */
const viewTicketsSchema = z.object({ tickets: z.array(queueTicketSchema), ...cursorPageSchema });

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

/**
 * Show the Currently Authenticated User. With a session, `authenticity_token`
 * is the CSRF token writes need as X-CSRF-Token (zendesk/copenhagen_theme
 * reads it exactly so).
 */
const meSchema = z.object({ user: z.object({ id: z.number(), name: z.string(), authenticity_token: z.optional(z.string()) }) });

/** Update Ticket answers the ticket and its audit. */
const updateSchema = z.object({ ticket: z.object({ id: z.number() }) });

export type ApiFailure = ZendeskApiFailure;
type ApiResult<T> = ZendeskApiResult<T>;

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
  comments(ticketId: number): Promise<ApiResult<{ comments: ZendeskComment[]; users: ZendeskUser[] }>>;
  /** Posts a public comment: PUT /api/v2/tickets/{id}.json with the CSRF token. */
  postPublicReply(ticketId: number, text: string, csrfToken: string): Promise<ApiResult<null>>;
}

export function createQueueApi(origin: string, fetchFn: typeof fetch, now: () => number = Date.now): QueueApi {
  const api = createZendeskApi({ origin, checks: SCHEMA_CHECKS, errorText: zendeskErrorText, fetch: fetchFn, now });

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
          const result: ApiResult<z.infer<typeof searchSchema>> = await api.get(next, schemaCheck(searchSchema));
          if (!result.ok) return result;
          for (const item of result.value.results) {
            const ticket = z.safeParse(queueTicketSchema, item);
            if (item.result_type === 'ticket' && ticket.success) found.set(ticket.data.id, ticket.data);
          }
          next = result.value.next_page;
        } else {
          const result: ApiResult<z.infer<typeof viewTicketsSchema>> = await api.get(next, schemaCheck(viewTicketsSchema));
          if (!result.ok) return result;
          for (const ticket of result.value.tickets) found.set(ticket.id, ticket);
          next = nextPage(result.value);
        }
      }
    }
    return { ok: true, value: [...found.values()] };
  }

  return {
    async me() {
      const result = await api.get('/api/v2/users/me.json', schemaCheck(meSchema));
      if (!result.ok) return result;
      const { user } = result.value;
      return { ok: true, value: { agentId: user.id, agentName: user.name, csrfToken: user.authenticity_token ?? null } };
    },
    async listViews() {
      const result = await api.get('/api/v2/views.json', schemaCheck(viewsSchema));
      return result.ok ? { ok: true, value: result.value.views.filter((view) => view.active).map(({ id, title }) => ({ id, title })) } : result;
    },
    queue,
    comments: (ticketId) => api.listComments(String(ticketId)),
    async postPublicReply(ticketId, text, csrfToken) {
      const body = { ticket: { comment: { body: text, public: true } } };
      const result = await api.write(`/api/v2/tickets/${ticketId}.json`, schemaCheck(updateSchema), { method: 'PUT', body, csrfToken });
      return result.ok ? { ok: true, value: null } : result;
    },
  };
}

/** The ticket as the conversation shape every draft uses, read as the Zendesk tab reads it through the API (same ids). */
export function ticketSnapshot(
  account: string,
  ticket: Pick<QueueTicketJson, 'id' | 'subject' | 'requester_id'>,
  comments: ZendeskComment[],
  users: readonly ZendeskUser[],
): ConversationSnapshot {
  const url = new URL(`https://${account}.zendesk.com/agent/tickets/${ticket.id}`);
  return conversationFromApi({ ticket, comments, users: new Map(users.map((user) => [user.id, user])) }, url);
}
