import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { openPanel, serveHelpdesk, type RouteTarget } from './browser';
import { blocksText, realEditorBlocks } from './host-editor';

export const ZENDESK_ORIGIN = 'https://acme.zendesk.com';
export const TICKET_URL = `${ZENDESK_ORIGIN}/agent/tickets/12345`;
export const OTHER_TICKET_URL = `${ZENDESK_ORIGIN}/agent/tickets/12346`;

/**
 * Serves the single-ticket page, and the two-ticket workspace at both of its ticket URLs.
 * The REST API answers from test/fixtures/zendesk/api (documented JSON shapes) with
 * `api: 'served'`; by default it answers 404, and the adapter reads the page, as the tests
 * of the page's own behaviour (new comments appearing, Submit) need.
 */
export async function serveZendesk(
  context: BrowserContext,
  workspace: 'ticket' | 'two-tickets' = 'ticket',
  options: { api?: 'served' | 'absent' } = {},
): Promise<void> {
  const file = workspace === 'ticket' ? 'zendesk/ticket.html' : 'zendesk/workspace-two-tickets.html';
  await serveHelpdesk(context, ZENDESK_ORIGIN, { '/agent/tickets/12345': file, '/agent/tickets/12346': file });
  await serveZendeskApi(context, options.api === 'served' ? ZENDESK_API_FIXTURES : {});
}

/** API paths → files under test/fixtures/zendesk/api. */
export const ZENDESK_API_FIXTURES: Record<string, string> = {
  '/api/v2/tickets/12345.json': 'ticket-12345.json',
  '/api/v2/tickets/12345/comments.json': 'ticket-12345-comments.json',
  '/api/v2/tickets/12347.json': 'ticket-12347.json',
  '/api/v2/tickets/12347/comments.json': 'ticket-12347-comments.json',
};

const apiAnswered = new WeakSet<RouteTarget>();

/**
 * Answers /api/v2/* at the Zendesk origin from fixture files, 404 for anything else (never the
 * network); records each path asked.
 */
export async function serveZendeskApi(context: RouteTarget, files: Record<string, string>, asked: string[] = []): Promise<string[]> {
  // Routes run last-registered first: the 404 for unknown paths goes in once, before any files.
  if (!apiAnswered.has(context)) {
    apiAnswered.add(context);
    await context.route(`${ZENDESK_ORIGIN}/api/v2/**`, (route) => route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":"RecordNotFound"}' }));
  }
  await context.route(`${ZENDESK_ORIGIN}/api/v2/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    asked.push(pathname);
    const file = files[pathname];
    if (!file) return route.fallback();
    return route.fulfill({ status: 200, contentType: 'application/json', body: await readFile(resolve(import.meta.dirname, '../fixtures/zendesk/api', file)) });
  });
  return asked;
}

/** The reply editor of a ticket (the adapter's first composer selector). */
export const composerSelector = (ticketId: string) => `[data-side-conversations-anchor-id="${ticketId}"] .ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]`;

export const ZENDESK_COMPOSER = composerSelector('12345');

/** The ticket's composer as the real CKEditor 5's model holds it: its paragraphs. */
export function composerBlocks(page: Page, ticketId = '12345'): Promise<string[]> {
  return realEditorBlocks(page, composerSelector(ticketId));
}

/** The same, as text (paragraphs a blank line apart). */
export async function composerText(page: Page, ticketId = '12345'): Promise<string> {
  return blocksText(await composerBlocks(page, ticketId));
}

const LATEST_CUSTOMER_MESSAGE = /It's the Visa ending in 4242\.[\s\S]*?back on my card\./;

/**
 * Another ticket built from the committed one: same page, another id, and
 * another latest customer message. Its API answers 404, so the page is read;
 * with `api: 'routed'` the API is left to a route already in place (the
 * local Zendesk API server), as a real tab reads its ticket.
 */
export async function serveTicketVariant(context: RouteTarget, ticketId: string, latestCustomerMessage: string, options: { api?: 'absent' | 'routed' } = {}): Promise<string> {
  const fixture = await readFile(resolve(import.meta.dirname, '../fixtures/zendesk/ticket.html'), 'utf8');
  const body = fixture.replaceAll('12345', ticketId).replace(LATEST_CUSTOMER_MESSAGE, latestCustomerMessage);
  const url = `${ZENDESK_ORIGIN}/agent/tickets/${ticketId}`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
  // Its editor and log scripts.
  await serveHelpdesk(context, ZENDESK_ORIGIN, {});
  if (options.api !== 'routed') await serveZendeskApi(context, {});
  return url;
}

const FIRST_COMMENT = /<article data-test-id="omni-log-comment-item"[\s\S]*?<\/article>/;

/**
 * The committed ticket under another id with `followUps` more customer messages after its first one
 * (copies of that comment with their own id and text): a long conversation (#16's summary).
 */
export async function serveLongTicket(context: BrowserContext, ticketId: string, followUps: number): Promise<string> {
  const fixture = await readFile(resolve(import.meta.dirname, '../fixtures/zendesk/ticket.html'), 'utf8');
  const [first] = fixture.match(FIRST_COMMENT)!;
  const copies = Array.from({ length: followUps }, (_, index) =>
    first
      .replace(/data-comment-id="\d+"/, `data-comment-id="9${ticketId}${index}"`)
      .replace(/<div class="zd-comment" dir="auto">[\s\S]*?<\/div>/, `<div class="zd-comment" dir="auto"><p>Follow-up ${index + 1}: any news on the duplicate charge?</p></div>`),
  );
  const body = fixture.replace(first, [first, ...copies].join('\n')).replaceAll('12345', ticketId);
  const url = `${ZENDESK_ORIGIN}/agent/tickets/${ticketId}`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
  await serveHelpdesk(context, ZENDESK_ORIGIN, {});
  await serveZendeskApi(context, {});
  return url;
}

/**
 * Opens the committed ticket, waits for its draft in the panel and approves
 * an edited version: the way a correction enters memory.
 */
export async function correctTicketDraft(context: BrowserContext, extensionId: string, correctedText: string): Promise<Page> {
  await serveZendesk(context);
  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId, ticket);
  await panel.getByTestId('draft-text').filter({ hasText: 'Best regards' }).waitFor();
  await panel.getByRole('button', { name: 'Edit' }).click();
  await panel.getByLabel('Edited reply').fill(correctedText);
  await panel.getByRole('button', { name: 'Approve edit' }).click();
  await panel.getByRole('status').filter({ hasText: 'The correction is remembered' }).waitFor();
  return panel;
}
