import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { comment, seedQueue } from '../../test/zendesk-api-server/data';
import { fetchAsAgent } from '../../test/zendesk-api-server/fetch-as-agent';
import { startZendeskApiServer, type ZendeskApiServer } from '../../test/zendesk-api-server/server';
import { latestCustomerMessage } from '../intake/conversation';
import { createQueueApi, ticketSnapshot } from './queue-api';

const ORIGIN = 'https://acme.zendesk.com';
let server: ZendeskApiServer;
const now = Date.now();

beforeEach(async () => {
  const seed = seedQueue({ count: 130, messages: [{ subject: 'Size change', text: 'Can I change the size of my order?' }], now });
  seed.tickets[1]!.ticket.status = 'solved';
  seed.tickets[0]!.comments.push(comment(1, 900, 'Checking with the warehouse.', now - 1_000, false));
  seed.views = [{ id: 5, title: 'Urgent', active: true, position: 0, ticketIds: seed.tickets.slice(0, 150).map(({ ticket }) => ticket.id) }];
  server = await startZendeskApiServer({ seed });
});
afterEach(() => server.close());

describe('draft-ahead API calls, against the local Zendesk API', () => {
  it('lists "assigned to me, new/open" across search pages, oldest update first', async () => {
    const api = createQueueApi(ORIGIN, fetchAsAgent(server));
    const queue = await api.queue({ kind: 'assigned' });
    expect(queue.ok && queue.value.length).toBe(129);
    expect(queue.ok && queue.value[0]!.id).toBe(5001);
    expect(server.requests.filter((request) => request.path === '/api/v2/search.json')).toHaveLength(2);
  });

  it('lists a view across cursor pages', async () => {
    const api = createQueueApi(ORIGIN, fetchAsAgent(server));
    const queue = await api.queue({ kind: 'views', viewIds: [5] });
    expect(queue.ok && queue.value.length).toBe(130);
    expect(await api.listViews()).toEqual({ ok: true, value: [{ id: 5, title: 'Urgent' }] });
  });

  it('reads a ticket into the conversation shape: customer, agent note, ids as Zendesk gives them', async () => {
    const api = createQueueApi(ORIGIN, fetchAsAgent(server));
    const queue = await api.queue({ kind: 'assigned' });
    const comments = await api.comments(5001);
    if (!queue.ok || !comments.ok) throw new Error('expected answers');
    const snapshot = ticketSnapshot('acme', queue.value[0]!, comments.value.comments, comments.value.users);
    expect(snapshot).toMatchObject({ id: 'zendesk:acme:5001', url: `${ORIGIN}/agent/tickets/5001`, subject: 'Size change', customer: { name: 'Customer 1', email: 'customer1@example.com' } });
    expect(snapshot.messages.map((message) => message.role)).toEqual(['customer', 'internal-note']);
    expect(latestCustomerMessage(snapshot.messages)).toMatchObject({ id: '500101', text: 'Can I change the size of my order?' });
  });

  it('says signed out on 401, forbidden on 403, and gives Retry-After on 429', async () => {
    const api = createQueueApi(ORIGIN, fetchAsAgent(server));
    server.forbid(5003);
    expect(await api.comments(5003)).toMatchObject({ ok: false, reason: 'forbidden' });
    server.setRateLimit(1);
    expect(await api.me()).toMatchObject({ ok: false, reason: 'rate-limited' });
    const limited = await api.me();
    expect(limited.ok === false && limited.reason === 'rate-limited' && limited.retryAfterMs).toBeGreaterThan(50_000);
    // Inside Retry-After nothing is sent; a client starting after it (the limit lifted) hears the 401.
    expect(server.requests.filter((request) => request.status === 429)).toHaveLength(1);
    server.setRateLimit(700);
    server.signOut();
    expect(await createQueueApi(ORIGIN, fetchAsAgent(server)).me()).toMatchObject({ ok: false, reason: 'unauthorized' });
  });

  it('posts a public reply only with the CSRF token from users/me', async () => {
    const api = createQueueApi(ORIGIN, fetchAsAgent(server));
    expect(await api.postPublicReply(5001, 'Done.', 'wrong')).toMatchObject({ ok: false, reason: 'forbidden', detail: expect.stringContaining('Invalid authenticity token') });
    const me = await api.me();
    if (!me.ok || !me.value.csrfToken) throw new Error('expected a token');
    expect(await api.postPublicReply(5001, 'Your new size ships today.', me.value.csrfToken)).toEqual({ ok: true, value: null });
    expect(server.posted(5001).map((posted) => posted.plain_body)).toEqual(['Your new size ships today.']);
  });

  it('never follows a next page to another origin', async () => {
    const api = createQueueApi(ORIGIN, async () => Response.json({ results: [], next_page: 'https://evil.example/api/v2/search.json?page=2', count: 0 }));
    expect(await api.queue({ kind: 'assigned' })).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
