import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createZendeskApi, retryAfterMs } from './zendesk-api';
import { SCHEMA_CHECKS } from './zendesk-api-schemas';

const ORIGIN = 'https://acme.zendesk.com';

function apiFixture(name: string): unknown {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../test/fixtures/zendesk/api', name), 'utf8'));
}

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' }, ...init });
}

/** A fetch answering by path, recording every URL asked for. */
function fakeFetch(answers: Record<string, () => Response>) {
  const calls: string[] = [];
  const fetch = vi.fn(async (input: string | URL | Request) => {
    const url = new URL(String(input));
    calls.push(url.pathname + url.search);
    const answer = answers[url.pathname];
    return answer ? answer() : new Response('not found', { status: 404 });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const TICKET_ANSWERS = {
  '/api/v2/tickets/12345.json': () => json(apiFixture('ticket-12345.json')),
  '/api/v2/tickets/12345/comments.json': () => json(apiFixture('ticket-12345-comments.json')),
};

describe('createZendeskApi', () => {
  it('reads the ticket and all its comments with users side-loaded', async () => {
    const { fetch, calls } = fakeFetch(TICKET_ANSWERS);
    const result = await createZendeskApi({ origin: ORIGIN, checks: SCHEMA_CHECKS, fetch }).ticketConversation('12345');
    if (!result.ok) throw new Error(result.detail);
    expect(result.value.ticket).toMatchObject({ id: 12345, subject: 'Charged twice for order #A-20417', requester_id: 381204577 });
    expect(result.value.comments.map((comment) => [comment.id, comment.public])).toEqual([
      [123450170, true],
      [123450271, true],
      [123450372, true],
      [123450473, false],
    ]);
    expect(result.value.users.get(381200077)).toMatchObject({ name: 'Priya Shah', role: 'admin' });
    expect(calls).toEqual(['/api/v2/tickets/12345.json?include=users', '/api/v2/tickets/12345/comments.json?include=users&page[size]=100']);
  });

  it('follows next_page on the same origin only', async () => {
    const page = apiFixture('ticket-12345-comments.json') as { comments: unknown[] };
    let asked = 0;
    const { fetch, calls } = fakeFetch({
      '/api/v2/tickets/12345/comments.json': () =>
        json(
          asked++ === 0
            ? { ...page, comments: page.comments.slice(0, 2), next_page: `${ORIGIN}/api/v2/tickets/12345/comments.json?page=2&per_page=100` }
            : { ...page, comments: page.comments.slice(2), next_page: null },
        ),
    });
    const result = await createZendeskApi({ origin: ORIGIN, checks: SCHEMA_CHECKS, fetch }).listComments('12345');
    expect(result.ok && result.value.comments.length).toBe(4);
    expect(calls).toHaveLength(2);

    const elsewhere = fakeFetch({
      '/api/v2/tickets/12345/comments.json': () => json({ ...page, next_page: 'https://evil.example/api/v2/steal.json' }),
    });
    expect(await createZendeskApi({ origin: ORIGIN, checks: SCHEMA_CHECKS, fetch: elsewhere.fetch }).listComments('12345')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(elsewhere.calls).toHaveLength(1);
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [500, 'failed'],
  ])('answers %i as %s', async (status, reason) => {
    const { fetch } = fakeFetch({ '/api/v2/tickets/12345.json': () => json({ error: 'x' }, { status }) });
    expect(await createZendeskApi({ origin: ORIGIN, checks: SCHEMA_CHECKS, fetch }).showTicket('12345')).toMatchObject({ ok: false, reason });
  });

  it('rejects an answer missing a documented field the reader needs', async () => {
    const broken = apiFixture('ticket-12345.json') as { ticket: Record<string, unknown> };
    delete broken.ticket.requester_id;
    const { fetch } = fakeFetch({ '/api/v2/tickets/12345.json': () => json(broken) });
    const result = await createZendeskApi({ origin: ORIGIN, checks: SCHEMA_CHECKS, fetch }).showTicket('12345');
    expect(result).toMatchObject({ ok: false, reason: 'invalid', detail: expect.stringContaining('requester_id') });
  });

  it('honours Retry-After: after a 429 nothing is sent until it has passed', async () => {
    let now = 1_000_000;
    const { fetch, calls } = fakeFetch({
      '/api/v2/tickets/12345.json': () => (calls.length === 1 ? json({}, { status: 429, headers: { 'Retry-After': '30' } }) : json(apiFixture('ticket-12345.json'))),
    });
    const api = createZendeskApi({ origin: ORIGIN, checks: SCHEMA_CHECKS, fetch, now: () => now });
    expect(await api.showTicket('12345')).toMatchObject({ ok: false, reason: 'rate-limited', retryAfterMs: 30_000 });
    now += 29_000;
    expect(await api.showTicket('12345')).toMatchObject({ ok: false, reason: 'rate-limited', retryAfterMs: 1_000 });
    expect(calls).toHaveLength(1);
    now += 1_000;
    expect(await api.showTicket('12345')).toMatchObject({ ok: true });
    expect(calls).toHaveLength(2);
  });

  it('reports a network failure instead of throwing', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;
    expect(await createZendeskApi({ origin: ORIGIN, checks: SCHEMA_CHECKS, fetch }).showTicket('12345')).toMatchObject({ ok: false, reason: 'failed', detail: 'Failed to fetch' });
  });
});

describe('retryAfterMs', () => {
  it('reads delta-seconds and HTTP dates, with a default otherwise', () => {
    const now = Date.parse('2024-05-02T12:00:00Z');
    expect(retryAfterMs('93', now)).toBe(93_000);
    expect(retryAfterMs('Thu, 02 May 2024 12:00:10 GMT', now)).toBe(10_000);
    expect(retryAfterMs(null, now)).toBe(60_000);
    expect(retryAfterMs('soon', now)).toBe(60_000);
  });
});
