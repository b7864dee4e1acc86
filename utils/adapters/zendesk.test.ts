import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '@/test/support/fixture-dom';
import { latestCustomerMessage } from '../intake/conversation';
import { matchCount, selectorEntries } from '@/test/support/selector-counts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { createZendeskAdapter, SELECTORS } from './zendesk';
import { createZendeskApi } from './zendesk-api';
import { SCHEMA_CHECKS } from './zendesk-api-schemas';
import { PAGE_SELECTORS, zendeskPageReader } from './zendesk-page';
import { REPLY_BOX_SELECTORS } from './zendesk-reply-box';

const TICKET = 'https://acme.zendesk.com/agent/tickets/12345';
const OTHER_TICKET = 'https://acme.zendesk.com/agent/tickets/12346';

/**
 * How many elements each selector (./zendesk.ts, ./zendesk-reply-box.ts, ./zendesk-page.ts) matches on [ticket.html, workspace-two-tickets.html]:
 * a Zendesk markup change that breaks a selector shows up here first. Zeros are the
 * fallbacks for UI variants these fixtures do not have (older ticket pane, messaging).
 */
const MATCH_COUNTS: Record<string, [number, number]> = {
  panes: [1, 1],
  'anyTicket[0]': [1, 2],
  'anyTicket[1]': [1, 2],
  'logItem[0]': [4, 8],
  'composer[0]': [1, 2],
  'composer[1]': [0, 0],
  'composer[2]': [1, 2],
  'submit[0]': [1, 2],
  'messagingSend[0]': [0, 0],
  'channelSwitcher[0]': [1, 2],
  'subject[0]': [1, 2],
  'subject[1]': [0, 0],
  'requester[0]': [1, 2],
  'requester[1]': [1, 2],
  'sender[0]': [4, 8],
  'sender[1]': [4, 8],
  'sender[2]': [4, 8],
  'message[0]': [4, 8],
  'internalNoteTag[0]': [1, 2],
  'body[0]': [4, 8],
  'body[1]': [4, 8],
  'time[0]': [4, 8],
  'time[1]': [4, 8],
  'bodyNoise[0]': [0, 0],
  'bodyNoise[1]': [1, 2],
  'bodyNoise[2]': [1, 1],
  'bodyNoise[3]': [0, 0],
};

describe('zendesk selectors', () => {
  const documents = [fixtureDocument('zendesk/ticket.html', TICKET), fixtureDocument('zendesk/workspace-two-tickets.html', TICKET)];

  it('has a match count for every selector', () => {
    expect(Object.keys(MATCH_COUNTS)).toEqual(selectorEntries({ ...SELECTORS, ...REPLY_BOX_SELECTORS, ...PAGE_SELECTORS }).map(([label]) => label));
  });

  it.each(selectorEntries({ ...SELECTORS, ...REPLY_BOX_SELECTORS, ...PAGE_SELECTORS }))('%s (%s) matches as pinned on each page', (label, selector) => {
    expect(documents.map((document) => matchCount(document, selector))).toEqual(MATCH_COUNTS[label]);
  });
});

const API_FIXTURES = resolve(import.meta.dirname, '../../test/fixtures/zendesk/api');

/** Answers API paths from test/fixtures/zendesk/api (documented shapes), or with `status`. */
function apiServing(files: Record<string, string>, status = 200, headers: Record<string, string> = {}) {
  const calls: string[] = [];
  const fetch = vi.fn(async (input: string | URL | Request) => {
    const url = new URL(String(input));
    calls.push(url.pathname);
    const file = files[url.pathname];
    if (status !== 200 || !file) return new Response('{"error":"x"}', { status: file ? status : 404, headers });
    return new Response(readFileSync(resolve(API_FIXTURES, file), 'utf8'), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const TICKET_12345_API = { '/api/v2/tickets/12345.json': 'ticket-12345.json', '/api/v2/tickets/12345/comments.json': 'ticket-12345-comments.json' };

function adapterWith(fetch: typeof globalThis.fetch) {
  return createZendeskAdapter({ api: (origin) => createZendeskApi({ origin, checks: SCHEMA_CHECKS, fetch }), pageReader: async () => zendeskPageReader });
}

/** The page alone: the API refuses (403), as for an account where it is turned off. */
const pageOnly = () => adapterWith(apiServing(TICKET_12345_API, 403).fetch);

function read(file: string, url: string, adapter = pageOnly()) {
  return adapter.readConversation(fixtureDocument(file, url), new URL(url));
}

describe('zendeskAdapter.readConversation through the API', () => {
  it('reads the ticket from the API by default: documented ids, roles from public/author_id, requester with email', async () => {
    const api = apiServing(TICKET_12345_API);
    const result = await read('zendesk/ticket.html', TICKET, adapterWith(api.fetch));
    if (result.status !== 'read') throw new Error(result.status);
    expect(api.calls).toEqual(['/api/v2/tickets/12345.json', '/api/v2/tickets/12345/comments.json']);
    expect(result.conversation).toMatchObject({
      id: 'zendesk:acme:12345',
      subject: 'Charged twice for order #A-20417',
      customer: { name: 'Jane Doe', email: 'jane.doe@example.com' },
    });
    expect(result.conversation.messages.map((message) => [message.id, message.role, message.author])).toEqual([
      ['123450170', 'customer', 'Jane Doe'],
      ['123450271', 'agent', 'Marco Ruiz'],
      ['123450372', 'customer', 'Jane Doe'],
      ['123450473', 'internal-note', 'Priya Shah'],
    ]);
    expect(result.conversation.messages[0]?.text).toContain('Hi,\n\nI placed order #A-20417');
    expect(latestCustomerMessage(result.conversation.messages)?.text).toMatch(/^It's the Visa ending in 4242\./);
  });

  it('names the API\'s channel, which says which Send the reply box uses (./zendesk-reply-box.ts); the page read names none', async () => {
    const email = await read('zendesk/ticket.html', TICKET, adapterWith(apiServing(TICKET_12345_API).fetch));
    expect(email.status === 'read' && email.channel).toBe('email');
    const fromPage = await read('zendesk/ticket.html', TICKET);
    expect(fromPage.status === 'read' && fromPage.channel).toBeUndefined();
  });

  it('gives the same message ids as the page, so switching source never makes old messages look new', async () => {
    const fromApi = await read('zendesk/ticket.html', TICKET, adapterWith(apiServing(TICKET_12345_API).fetch));
    const fromPage = await read('zendesk/ticket.html', TICKET);
    const ids = (result: typeof fromApi) => (result.status === 'read' ? result.conversation.messages.map((message) => message.id) : []);
    expect(ids(fromApi)).toEqual(ids(fromPage));
  });

  it('asks the API once while the ticket log on the page stays the same', async () => {
    const api = apiServing(TICKET_12345_API);
    const adapter = adapterWith(api.fetch);
    const document = fixtureDocument('zendesk/ticket.html', TICKET);
    await adapter.readConversation(document, new URL(TICKET));
    await adapter.readConversation(document, new URL(TICKET));
    expect(api.calls).toHaveLength(2);
    // A new comment appears in the log: the cached read is stale.
    const items = document.querySelectorAll('article[data-test-id="omni-log-comment-item"]');
    const added = items[items.length - 1]!.cloneNode(true) as Element;
    added.setAttribute('data-comment-id', '123450999');
    items[items.length - 1]!.after(added);
    await adapter.readConversation(document, new URL(TICKET));
    expect(api.calls).toHaveLength(4);
  });

  it.each([401, 403, 429, 500])('falls back to the page when the API answers %i', async (status) => {
    const result = await read('zendesk/ticket.html', TICKET, adapterWith(apiServing(TICKET_12345_API, status, { 'Retry-After': '30' }).fetch));
    expect(result.status === 'read' && result.conversation.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer', 'internal-note']);
  });

  it('honours Retry-After: no API call until it has passed, the page is read meanwhile', async () => {
    let now = 0;
    let answer = 429;
    const calls: string[] = [];
    const fetch = vi.fn(async (input: string | URL | Request) => {
      const url = new URL(String(input));
      calls.push(url.pathname);
      if (answer === 429) return new Response('', { status: 429, headers: { 'Retry-After': '30' } });
      const file = TICKET_12345_API[url.pathname as keyof typeof TICKET_12345_API];
      return new Response(readFileSync(resolve(API_FIXTURES, file), 'utf8'), { status: 200 });
    }) as unknown as typeof globalThis.fetch;
    const adapter = createZendeskAdapter({
      api: (origin) => createZendeskApi({ origin, checks: SCHEMA_CHECKS, fetch, now: () => now }),
      now: () => now,
      pageReader: async () => zendeskPageReader,
    });
    const document = fixtureDocument('zendesk/ticket.html', TICKET);
    expect((await adapter.readConversation(document, new URL(TICKET))).status).toBe('read');
    const asked = calls.length;
    answer = 200;
    now = 61_000; // The cached failure expired, and so did Retry-After.
    const result = await adapter.readConversation(document, new URL(TICKET));
    expect(calls.length).toBeGreaterThan(asked);
    expect(result.status === 'read' && result.conversation.customer.email).toBe('jane.doe@example.com');
  });

  it('reads through the API when the page markup no longer says which tickets are open', async () => {
    const document = fixtureDocument('zendesk/ticket.html', TICKET);
    for (const attribute of ['data-side-conversations-anchor-id', 'data-ticket-id']) {
      document.querySelectorAll(`[${attribute}]`).forEach((element) => element.removeAttribute(attribute));
    }
    const result = await adapterWith(apiServing(TICKET_12345_API).fetch).readConversation(document, new URL(TICKET));
    expect(result.status === 'read' && result.conversation.messages).toHaveLength(4);
    expect(await pageOnly().readConversation(document, new URL(TICKET))).toMatchObject({
      status: 'unreadable',
      problem: 'Zendesk: ticket #12345 is not shown on the page. The Zendesk API refused access (403).',
    });
  });

  it('never reads a ticket whose tab is hidden, even with the API answering', async () => {
    const api = apiServing({ '/api/v2/tickets/12346.json': 'ticket-12346.json', '/api/v2/tickets/12346/comments.json': 'ticket-12346-comments.json' });
    expect(await read('zendesk/workspace-two-tickets.html', OTHER_TICKET, adapterWith(api.fetch))).toMatchObject({ status: 'unreadable' });
    expect(api.calls).toEqual([]);
  });
});

/** The two-ticket workspace with the second tab (12346) active, the first hidden. */
function secondTabActive() {
  const document = fixtureDocument('zendesk/workspace-two-tickets.html', OTHER_TICKET);
  document.querySelector<HTMLElement>('[data-fixture-ticket-id="12345"]')!.style.visibility = 'hidden';
  document.querySelector<HTMLElement>('[data-fixture-ticket-id="12346"]')!.style.visibility = '';
  return document;
}

describe('zendeskAdapter.readConversation from the page (API unavailable)', () => {
  it('takes the requester of the ticket the URL names, not of the first tab in the page', async () => {
    const result = await pageOnly().readConversation(secondTabActive(), new URL(OTHER_TICKET));
    expect(result.status === 'read' && result.conversation.customer.name).toBe('Tom Becker');
  });

  it('reads the ticket: id, subject, requester and messages in order with their roles', async () => {
    const result = await read('zendesk/ticket.html', TICKET);
    expect(result.status).toBe('read');
    if (result.status !== 'read') return;
    const { conversation } = result;
    expect(conversation).toMatchObject({
      helpdesk: 'zendesk',
      id: 'zendesk:acme:12345',
      subject: 'Charged twice for order #A-20417',
      customer: { name: 'Jane Doe' },
    });
    expect(conversation.messages.map((message) => [message.role, message.author])).toEqual([
      ['customer', 'Jane Doe'],
      ['agent', 'Marco Ruiz'],
      ['customer', 'Jane Doe'],
      ['internal-note', 'Priya Shah'],
    ]);
    expect(conversation.messages[0]?.sentAt).toBe('2024-05-02T09:14:03Z');
  });

  it('answers the latest customer message, not the internal note after it', async () => {
    const result = await read('zendesk/ticket.html', TICKET);
    if (result.status !== 'read') throw new Error(result.status);
    expect(latestCustomerMessage(result.conversation.messages)?.text).toMatch(/^It's the Visa ending in 4242\./);
  });

  it('keeps paragraphs and leaves attachment chips out of the text', async () => {
    const result = await read('zendesk/ticket.html', TICKET);
    if (result.status !== 'read') throw new Error(result.status);
    const first = result.conversation.messages[0]!.text;
    expect(first).toContain('Hi,\n\nI placed order #A-20417');
    expect(first).not.toContain('card-statement-april.pdf');
  });

  it('gives messages ids that stay the same across reads', async () => {
    const ids = async () => {
      const result = await read('zendesk/ticket.html', TICKET);
      return result.status === 'read' ? result.conversation.messages.map((message) => message.id) : [];
    };
    expect(await ids()).toEqual(await ids());
    expect(new Set(await ids()).size).toBe(4);
  });

  it('reads the ticket the URL names in a workspace with several tickets open', async () => {
    const result = await read('zendesk/workspace-two-tickets.html', TICKET);
    expect(result.status === 'read' && result.conversation.id).toBe('zendesk:acme:12345');
  });

  it('never reads a hidden workspace tab, even when the URL already names it', async () => {
    expect(await read('zendesk/workspace-two-tickets.html', OTHER_TICKET)).toEqual({
      status: 'unreadable',
      problem: 'Zendesk: ticket #12346 is not shown on the page.',
    });
  });

  it('reads nothing outside a ticket', async () => {
    expect(await read('zendesk/ticket.html', 'https://acme.zendesk.com/agent/dashboard')).toEqual({ status: 'none' });
  });
});
