import type { ListCommentsResponse, ShowTicketResponse, ZendeskComment, ZendeskTicket, ZendeskUser } from './zendesk-api-schemas';

/**
 * Zendesk's Support REST API, read with the agent's own session: the content
 * script runs on the agent's Zendesk origin, so same-origin GETs carry the
 * session cookie and need no token. The JSON contract is versioned and
 * documented, unlike the agent UI's markup. Every answer is checked before it
 * is used (an AnswerCheck: its zod schema in ./zendesk-api-schemas.ts, applied
 * in the worker); one that fails is an 'invalid' failure, never a guess.
 */

export type { ZendeskComment, ZendeskTicket, ZendeskUser } from './zendesk-api-schemas';

/** What checking an answer gave: the value to use, or the first thing wrong with it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issue: string };
/** Whether a JSON answer has its documented shape. */
export type AnswerCheck<T> = (json: unknown) => Checked<T> | Promise<Checked<T>>;

/** How the conversation reader's two answers are checked: by their schemas (worker, tests) or by asking the worker (content script). */
export interface ZendeskAnswerChecks {
  showTicket: AnswerCheck<ShowTicketResponse>;
  listComments: AnswerCheck<ListCommentsResponse>;
}

/** The next page of a list, cursor (meta.has_more, links.next) or offset (next_page) alike; null on the last. */
export function nextPage(page: { meta?: { has_more: boolean }; links?: { next: string | null }; next_page?: string | null }): string | null {
  if (page.meta) return page.meta.has_more ? (page.links?.next ?? null) : null;
  return page.next_page ?? null;
}

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
  checks: ZendeskAnswerChecks;
  /** Zendesk's own words for a failure (zendeskErrorText: draft-ahead shows them); the tab's reader, which only logs them, goes without (#14). */
  errorText?: (response: Response) => Promise<string>;
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

/** A write made with the agent's session: cookie-authenticated writes need the session's CSRF token. */
export interface ZendeskWrite {
  method: 'PUT';
  body: unknown;
  csrfToken: string;
}

export interface ZendeskApi {
  /** Any GET under /api/v2 (path relative to the origin), its answer checked. */
  get<T>(path: string, check: AnswerCheck<T>): Promise<ZendeskApiResult<T>>;
  /** A write under /api/v2 (draft-ahead's public reply), its answer checked. */
  write<T>(path: string, check: AnswerCheck<T>, write: ZendeskWrite): Promise<ZendeskApiResult<T>>;
  /** GET /api/v2/tickets/{id}.json?include=users */
  showTicket(ticketId: string): Promise<ZendeskApiResult<ShowTicketResponse>>;
  /** GET /api/v2/tickets/{id}/comments.json?include=users, every page. */
  listComments(ticketId: string): Promise<ZendeskApiResult<{ comments: ZendeskComment[]; users: ZendeskUser[] }>>;
  /** The ticket and all its comments, authors resolved from the side-loaded users. */
  ticketConversation(ticketId: string): Promise<ZendeskApiResult<ZendeskTicketConversation>>;
}

export function createZendeskApi({ origin, checks, errorText = async () => 'no details read', fetch: fetchFn = globalThis.fetch.bind(globalThis), now = Date.now }: ZendeskApiOptions): ZendeskApi {
  let blockedUntil = 0;

  async function call<T>(path: string, check: AnswerCheck<T>, write?: ZendeskWrite): Promise<ZendeskApiResult<T>> {
    const url = new URL(path, origin);
    // Only the agent's own Zendesk: a next_page pointing elsewhere is not followed with their session.
    if (url.origin !== new URL(origin).origin || !url.pathname.startsWith('/api/v2/')) {
      return { ok: false, reason: 'invalid', detail: `refused to call ${url.origin}${url.pathname}` };
    }
    if (now() < blockedUntil) {
      return { ok: false, reason: 'rate-limited', detail: 'waiting for Retry-After', retryAfterMs: blockedUntil - now() };
    }
    const where = `${write?.method ?? 'GET'} ${url.pathname}`;
    let response: Response;
    try {
      response = await fetchFn(url.href, {
        method: write?.method ?? 'GET',
        credentials: 'same-origin',
        headers: write
          ? { Accept: 'application/json', 'Content-Type': 'application/json', 'X-CSRF-Token': write.csrfToken }
          : { Accept: 'application/json' },
        body: write ? JSON.stringify(write.body) : undefined,
      });
    } catch (error) {
      return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
    if (response.status === 429) {
      const wait = retryAfterMs(response.headers.get('Retry-After'), now());
      blockedUntil = now() + wait;
      return { ok: false, reason: 'rate-limited', detail: `429 on ${where}`, retryAfterMs: wait };
    }
    if (response.status === 401) return { ok: false, reason: 'unauthorized', detail: `401 on ${where}: signed out of Zendesk` };
    // Zendesk's error says why (a stale CSRF token is "Invalid authenticity token").
    if (response.status === 403) return { ok: false, reason: 'forbidden', detail: `403 on ${where}: ${await errorText(response)}` };
    if (response.status === 404) return { ok: false, reason: 'not-found', detail: `404 on ${where}` };
    if (!response.ok) return { ok: false, reason: 'failed', detail: `${response.status} on ${where}: ${await errorText(response)}` };
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      return { ok: false, reason: 'invalid', detail: `${where} did not answer JSON` };
    }
    const checked = await check(json);
    return checked.ok ? checked : { ok: false, reason: 'invalid', detail: `${where}: ${checked.issue}` };
  }
  const get = <T>(path: string, check: AnswerCheck<T>) => call(path, check);

  function showTicket(ticketId: string) {
    return get(`/api/v2/tickets/${encodeURIComponent(ticketId)}.json?include=users`, checks.showTicket);
  }

  async function listComments(ticketId: string): Promise<ZendeskApiResult<{ comments: ZendeskComment[]; users: ZendeskUser[] }>> {
    const comments: ZendeskComment[] = [];
    const users: ZendeskUser[] = [];
    let next: string | null = `/api/v2/tickets/${encodeURIComponent(ticketId)}/comments.json?include=users&page[size]=100`;
    for (let page = 0; next !== null; page++) {
      if (page === MAX_COMMENT_PAGES) return { ok: false, reason: 'invalid', detail: `more than ${MAX_COMMENT_PAGES} pages of comments` };
      const result: ZendeskApiResult<ListCommentsResponse> = await get(next, checks.listComments);
      if (!result.ok) return result;
      comments.push(...result.value.comments);
      users.push(...(result.value.users ?? []));
      next = nextPage(result.value);
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

  return { get, write: call, showTicket, listComments, ticketConversation };
}

/** Zendesk's error JSON in words ({ error, description } or { error: { message } }), else the raw text. */
export async function zendeskErrorText(response: Response): Promise<string> {
  const text = (await response.text().catch(() => '')).slice(0, 300);
  try {
    const body = JSON.parse(text) as { error?: unknown; description?: unknown };
    const error = typeof body.error === 'object' && body.error !== null ? (body.error as { message?: unknown }).message : body.error;
    return [error, body.description].filter((part) => typeof part === 'string').join(': ') || text;
  } catch {
    return text;
  }
}
