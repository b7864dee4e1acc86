/**
 * A local Zendesk Support API for tests, the demo and the benchmark: the
 * endpoints ReplyLoop's draft-ahead uses, to Zendesk's documented JSON
 * shapes, with the agent's session cookie, cursor and offset pagination,
 * 401/403/404, a per-minute rate limit answering 429 with Retry-After, and
 * the CSRF check on writes. Never a real helpdesk.
 *
 * Sources (developer.zendesk.com/api-reference): Pagination ("meta": has_more /
 * after_cursor, "links": next; offset: next_page, count), Search
 * (results[].result_type, 1,000-result offset limit), Ticket Comments
 * (plain_body, public, author_id, include=users sideload), Users (users/me),
 * Rate limits (429, Retry-After in seconds, X-Rate-Limit headers). CSRF:
 * zendesk/copenhagen_theme reads `user.authenticity_token` from
 * /api/v2/users/me.json and sends it as X-CSRF-Token on writes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { comment as makeComment, type ZendeskComment, type ZendeskSeed, type ZendeskTicket, type ZendeskUser, type ZendeskView } from './data';

export const SESSION_COOKIE = '_zendesk_session';

export interface ApiRequestRecord {
  method: string;
  path: string;
  status: number;
  at: number;
}

export interface ZendeskApiServer {
  /** http://127.0.0.1:PORT */
  url: string;
  /** The cookie value a signed-in browser carries. */
  session: string;
  csrfToken: string;
  /** Every /api/v2 request, oldest first (including refused ones). */
  requests: ApiRequestRecord[];
  /** Public comments agents posted through PUT, per ticket. */
  posted(ticketId: number): ZendeskComment[];
  /** A new message on a ticket (a customer writing again), as Zendesk would record it. */
  addComment(ticketId: number, authorId: number, body: string, isPublic?: boolean): ZendeskComment;
  /** The session ends: every request answers 401 until signIn(). */
  signOut(): void;
  signIn(): void;
  /** Tickets the agent may not see (403), e.g. in a restricted group. */
  forbid(ticketId: number): void;
  /** Zendesk's per-minute limit for this account (default 700, Enterprise). */
  setRateLimit(perMinute: number): void;
  /** The next API request answers 429 with this Retry-After (seconds), as another integration's burst would cause. */
  throttleNext(retryAfterSeconds: number): void;
  close(): Promise<void>;
}

export interface ZendeskApiServerOptions {
  seed: ZendeskSeed;
  rateLimitPerMinute?: number;
  /** Milliseconds before answering, like a real round trip (default 0). */
  latencyMs?: number;
  now?: () => number;
  port?: number;
}

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({ status, body, headers });
const notFound = (): Reply => json(404, { error: 'RecordNotFound', description: 'Not found' });
const forbidden = (): Reply =>
  json(403, { error: 'Forbidden', description: 'You do not have access to this page. Please contact the account owner of this help desk for further help.' });
const invalid = (message: string): Reply => json(400, { error: { title: 'Invalid attribute', message } });

/** Cursors are opaque to clients; here, the index of the next record. */
const encodeCursor = (index: number) => Buffer.from(`i:${index}`).toString('base64url');
function decodeCursor(cursor: string | null): number | null {
  if (cursor === null) return 0;
  const match = /^i:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Cursor pagination over `records`: page[size] (1–100, default 100),
 * page[after]; answers meta.has_more / after_cursor and links.next.
 */
function cursorPage<T>(records: T[], url: URL, key: string, extra: Record<string, unknown> = {}): Reply {
  const size = Number(url.searchParams.get('page[size]') ?? '100');
  if (!Number.isInteger(size) || size < 1 || size > 100) return invalid('page[size] must be an integer from 1 to 100');
  const start = decodeCursor(url.searchParams.get('page[after]'));
  if (start === null) return invalid('Invalid cursor');
  const items = records.slice(start, start + size);
  const hasMore = start + size < records.length;
  const next = new URL(url);
  next.searchParams.set('page[after]', encodeCursor(start + size));
  return json(200, {
    [key]: items,
    ...extra,
    meta: { has_more: hasMore, after_cursor: hasMore ? encodeCursor(start + size) : null, before_cursor: start > 0 ? encodeCursor(start) : null },
    links: { next: hasMore ? next.href : null, prev: null },
  });
}

/** Offset pagination: page (1-based), per_page (max 100); next_page, previous_page, count. */
function offsetPage<T>(records: T[], url: URL, key: string): Reply {
  const page = Number(url.searchParams.get('page') ?? '1');
  const perPage = Number(url.searchParams.get('per_page') ?? '100');
  if (!Number.isInteger(page) || page < 1) return invalid('page must be an integer from api/v2/search/index');
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) return invalid('per_page must be an integer from 1 to 100');
  // Search returns at most 1,000 results; past that Zendesk answers 422.
  if (key === 'results' && page * perPage > 1_000) return json(422, { error: 'Insufficient Resource Error', description: 'Search results are limited to 1,000' });
  const start = (page - 1) * perPage;
  const pageUrl = (n: number) => {
    const next = new URL(url);
    next.searchParams.set('page', String(n));
    return next.href;
  };
  return json(200, {
    [key]: records.slice(start, start + perPage),
    next_page: start + perPage < records.length ? pageUrl(page + 1) : null,
    previous_page: page > 1 ? pageUrl(page - 1) : null,
    count: records.length,
  });
}

/**
 * The subset of Zendesk's search syntax draft-ahead sends:
 * `type:ticket assignee:me status<pending` (new and open), or
 * `status:new status:open` (either), sorted by sort_by/sort_order.
 */
function searchTickets(query: string, tickets: ZendeskTicket[], agentId: number): ZendeskTicket[] | string {
  const statuses: ZendeskTicket['status'][] = [];
  let assignee: number | null = null;
  for (const term of query.trim().split(/\s+/)) {
    if (term === 'type:ticket') continue;
    if (term === 'assignee:me') assignee = agentId;
    else if (term === 'status<pending') statuses.push('new', 'open');
    else if (/^status:(new|open|pending|hold|solved|closed)$/.test(term)) statuses.push(term.slice('status:'.length) as ZendeskTicket['status']);
    else return `The local server does not understand the search term "${term}"`;
  }
  return tickets.filter((ticket) => (assignee === null || ticket.assignee_id === assignee) && (statuses.length === 0 || statuses.includes(ticket.status)));
}

export async function startZendeskApiServer(options: ZendeskApiServerOptions): Promise<ZendeskApiServer> {
  const now = options.now ?? Date.now;
  const session = `session-${Math.random().toString(36).slice(2)}`;
  const csrfToken = `csrf-${Math.random().toString(36).slice(2)}`;
  let signedIn = true;
  let rateLimit = options.rateLimitPerMinute ?? 700;
  let throttle: number | null = null;
  const forbiddenTickets = new Set<number>();
  const requests: ApiRequestRecord[] = [];
  const users = new Map<number, ZendeskUser>([[options.seed.agent.id, options.seed.agent], ...options.seed.users.map((user): [number, ZendeskUser] => [user.id, user])]);
  const tickets = new Map(options.seed.tickets.map(({ ticket, comments }) => [ticket.id, { ticket: { ...ticket }, comments: [...comments] }]));
  const views: ZendeskView[] = options.seed.views ?? [];
  const postedComments = new Map<number, ZendeskComment[]>();
  let nextCommentId = 1_000_000;

  // Links (next_page, links.next) name the origin the client used: the real Zendesk one when a test forwards it.
  const apiUrl = (request: IncomingMessage) => {
    const forwarded = request.headers['x-forwarded-host'];
    const origin = typeof forwarded === 'string' ? `https://${forwarded}` : `http://${request.headers.host ?? '127.0.0.1'}`;
    return new URL(request.url ?? '/', origin);
  };

  function rateLimited(): Reply | null {
    if (throttle !== null) {
      const retryAfter = throttle;
      throttle = null;
      return json(429, { error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded' }, { 'Retry-After': String(retryAfter) });
    }
    const windowStart = now() - 60_000;
    const recent = requests.filter((record) => record.at > windowStart && record.status !== 429);
    const headers = { 'X-Rate-Limit': String(rateLimit), 'X-Rate-Limit-Remaining': String(Math.max(0, rateLimit - recent.length - 1)) };
    if (recent.length < rateLimit) return null;
    const retryAfter = Math.max(1, Math.ceil((recent[0]!.at + 60_000 - now()) / 1000));
    return json(429, { error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded' }, { ...headers, 'Retry-After': String(retryAfter) });
  }

  type Entry = { ticket: ZendeskTicket; comments: ZendeskComment[] };
  function visibleTicket(id: number): { entry: Entry } | { refusal: Reply } {
    const entry = tickets.get(id);
    if (!entry) return { refusal: notFound() };
    if (forbiddenTickets.has(id)) return { refusal: forbidden() };
    return { entry };
  }

  function addComment(ticketId: number, authorId: number, body: string, isPublic = true): ZendeskComment {
    const found = tickets.get(ticketId);
    if (!found) throw new Error(`no ticket ${ticketId}`);
    const added = makeComment(nextCommentId++, authorId, body, now(), isPublic);
    found.comments.push(added);
    found.ticket.updated_at = added.created_at;
    if (users.get(authorId)?.role === 'end-user' && found.ticket.status === 'pending') found.ticket.status = 'open';
    return added;
  }

  async function answer(request: IncomingMessage): Promise<Reply> {
    const url = apiUrl(request);
    const method = request.method ?? 'GET';
    if (cookieValue(request.headers.cookie, SESSION_COOKIE) !== session || !signedIn) return json(401, { error: "Couldn't authenticate you" });
    const limited = rateLimited();
    if (limited) return limited;

    const path = url.pathname;
    if (method === 'GET' && path === '/api/v2/users/me.json') {
      // The session's CSRF token comes with the signed-in user.
      return json(200, { user: { ...options.seed.agent, authenticity_token: csrfToken } });
    }
    if (method === 'GET' && path === '/api/v2/views.json') {
      return offsetPage(views.filter((view) => view.active).map(({ ticketIds: _ids, ...view }) => view), url, 'views');
    }
    const viewTickets = /^\/api\/v2\/views\/(\d+)\/tickets\.json$/.exec(path);
    if (method === 'GET' && viewTickets) {
      const view = views.find((candidate) => candidate.id === Number(viewTickets[1]));
      if (!view) return notFound();
      const listed = view.ticketIds.flatMap((id) => (tickets.has(id) && !forbiddenTickets.has(id) ? [tickets.get(id)!.ticket] : []));
      return url.searchParams.has('page[size]') ? cursorPage(listed, url, 'tickets') : offsetPage(listed, url, 'tickets');
    }
    if (method === 'GET' && path === '/api/v2/search.json') {
      const found = searchTickets(url.searchParams.get('query') ?? '', [...tickets.values()].map((entry) => entry.ticket), options.seed.agent.id);
      if (typeof found === 'string') return invalid(found);
      const sortBy = url.searchParams.get('sort_by');
      const descending = url.searchParams.get('sort_order') !== 'asc';
      const sorted = sortBy === 'created_at' || sortBy === 'updated_at' ? [...found].sort((a, b) => (a[sortBy] < b[sortBy] ? -1 : 1) * (descending ? -1 : 1)) : found;
      return offsetPage(sorted.filter((ticket) => !forbiddenTickets.has(ticket.id)).map((ticket) => ({ ...ticket, result_type: 'ticket' })), url, 'results');
    }
    const comments = /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/.exec(path);
    if (method === 'GET' && comments) {
      const found = visibleTicket(Number(comments[1]));
      if ('refusal' in found) return found.refusal;
      const { entry } = found;
      const sideload = url.searchParams.get('include') === 'users' ? { users: [...new Set(entry.comments.map((c) => c.author_id))].flatMap((id) => users.get(id) ?? []) } : {};
      return cursorPage(entry.comments, url, 'comments', sideload);
    }
    const ticketPath = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(path);
    if (ticketPath) {
      const found = visibleTicket(Number(ticketPath[1]));
      if ('refusal' in found) return found.refusal;
      const { entry } = found;
      if (method === 'GET') return json(200, { ticket: entry.ticket });
      if (method === 'PUT') return updateTicket(request, entry);
    }
    return json(404, { error: 'InvalidEndpoint', description: `Not found: ${method} ${path}` });
  }

  async function updateTicket(request: IncomingMessage, entry: Entry): Promise<Reply> {
    // A cookie-authenticated write needs the session's CSRF token (same error as Zendesk's).
    if (request.headers['x-csrf-token'] !== csrfToken) return json(403, { error: { title: 'Forbidden', message: 'Invalid authenticity token' } });
    const body = (await readBody(request)) as { ticket?: { comment?: { body?: unknown; public?: unknown }; status?: unknown } } | null | undefined;
    const commentBody = body?.ticket?.comment?.body;
    if (typeof commentBody !== 'string' || commentBody.trim() === '') return json(422, { error: 'RecordInvalid', description: 'Record validation errors', details: { base: [{ description: 'Comment: body cannot be blank' }] } });
    const isPublic = body?.ticket?.comment?.public !== false;
    const added = addComment(entry.ticket.id, options.seed.agent.id, commentBody, isPublic);
    postedComments.set(entry.ticket.id, [...(postedComments.get(entry.ticket.id) ?? []), added]);
    return json(200, { ticket: entry.ticket, audit: { id: added.id + 1, ticket_id: entry.ticket.id, created_at: added.created_at, author_id: options.seed.agent.id, events: [{ id: added.id, type: 'Comment', body: added.body, public: added.public }] } });
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const at = now();
    void answer(request).then(async (reply) => {
      const path = apiUrl(request).pathname;
      if (path.startsWith('/api/v2/')) requests.push({ method: request.method ?? 'GET', path, status: reply.status, at });
      if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
      response.writeHead(reply.status, { 'Content-Type': 'application/json; charset=utf-8', ...reply.headers });
      response.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    session,
    csrfToken,
    requests,
    posted: (ticketId) => postedComments.get(ticketId) ?? [],
    addComment,
    signOut: () => void (signedIn = false),
    signIn: () => void (signedIn = true),
    forbid: (ticketId) => void forbiddenTickets.add(ticketId),
    setRateLimit: (perMinute) => void (rateLimit = perMinute),
    throttleNext: (retryAfterSeconds) => void (throttle = retryAfterSeconds),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
