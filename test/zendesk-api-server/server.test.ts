import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_AGENT, seedQueue } from './data';
import { SESSION_COOKIE, startZendeskApiServer, type ZendeskApiServer } from './server';

const MESSAGES = [{ subject: 'Where is my order?', text: 'My order has not arrived yet.' }];
let server: ZendeskApiServer;

beforeEach(async () => {
  const seed = seedQueue({ count: 150, messages: MESSAGES, now: Date.now() });
  seed.views = [{ id: 77, title: 'My open tickets', active: true, position: 1, ticketIds: seed.tickets.slice(0, 3).map(({ ticket }) => ticket.id) }];
  server = await startZendeskApiServer({ seed });
});
afterEach(() => server.close());

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}${path}`, { headers: { Cookie: `${SESSION_COOKIE}=${server.session}`, ...headers } });
}

describe('local Zendesk API server', () => {
  it('answers 401 without the session cookie, and after signing out', async () => {
    expect((await fetch(`${server.url}/api/v2/users/me.json`)).status).toBe(401);
    server.signOut();
    const response = await get('/api/v2/users/me.json');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Couldn't authenticate you" });
  });

  it('gives the signed-in agent with the CSRF token', async () => {
    expect(await (await get('/api/v2/users/me.json')).json()).toEqual({ user: { ...FIXTURE_AGENT, authenticity_token: server.csrfToken } });
  });

  it('pages search results by offset, with next_page and count, 1,000 results at most', async () => {
    const first = await (await get(`/api/v2/search.json?query=${encodeURIComponent('type:ticket assignee:me status<pending')}&per_page=100`)).json();
    expect(first).toMatchObject({ count: 150, previous_page: null });
    expect(first.results).toHaveLength(100);
    expect(first.results[0]).toMatchObject({ result_type: 'ticket', assignee_id: FIXTURE_AGENT.id });
    const next = new URL(first.next_page);
    const second = await (await get(`${next.pathname}${next.search}`)).json();
    expect(second.results).toHaveLength(50);
    expect(second.next_page).toBeNull();
    expect((await get('/api/v2/search.json?query=type:ticket&page=11&per_page=100')).status).toBe(422);
    expect((await get('/api/v2/search.json?query=priority:urgent')).status).toBe(400);
  });

  it('pages comments and view tickets by cursor, with meta.has_more and links.next', async () => {
    const id = 5001;
    server.addComment(id, 10_000, 'Second message');
    const first = await (await get(`/api/v2/tickets/${id}/comments.json?include=users&page[size]=1`)).json();
    expect(first.meta).toMatchObject({ has_more: true });
    expect(first.users).toEqual([expect.objectContaining({ id: 10_000, role: 'end-user' })]);
    const next = new URL(first.links.next);
    const second = await (await get(`${next.pathname}${next.search}`)).json();
    expect(second.comments[0].plain_body).toBe('Second message');
    expect(second.meta.has_more).toBe(false);
    expect(second.links.next).toBeNull();
    const view = await (await get('/api/v2/views/77/tickets.json?page[size]=2')).json();
    expect(view.tickets.map((t: { id: number }) => t.id)).toEqual([5001, 5002]);
    expect(view.meta.has_more).toBe(true);
    expect((await get('/api/v2/views/77/tickets.json?page[size]=101')).status).toBe(400);
  });

  it('answers 403 for a ticket the agent may not see, 404 for one that does not exist', async () => {
    server.forbid(5002);
    expect((await get('/api/v2/tickets/5002/comments.json')).status).toBe(403);
    expect((await get('/api/v2/tickets/1.json')).status).toBe(404);
  });

  it('refuses a write without the CSRF token, and records a public comment with it', async () => {
    const put = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/v2/tickets/5001.json`, {
        method: 'PUT',
        headers: { Cookie: `${SESSION_COOKIE}=${server.session}`, 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ ticket: { comment: { body: 'Your parcel ships today.', public: true } } }),
      });
    const refused = await put({});
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: { title: 'Forbidden', message: 'Invalid authenticity token' } });
    expect(server.posted(5001)).toEqual([]);
    expect((await put({ 'X-CSRF-Token': server.csrfToken })).status).toBe(200);
    expect(server.posted(5001)).toEqual([expect.objectContaining({ author_id: FIXTURE_AGENT.id, plain_body: 'Your parcel ships today.', public: true })]);
  });

  it('answers 429 with Retry-After past the per-minute limit', async () => {
    server.setRateLimit(3);
    for (let i = 0; i < 3; i++) expect((await get('/api/v2/users/me.json')).status).toBe(200);
    const limited = await get('/api/v2/users/me.json');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThanOrEqual(59);
    expect(limited.headers.get('X-Rate-Limit')).toBe('3');
    expect(server.requests.map((request) => request.status)).toEqual([200, 200, 200, 429]);
  });
});
