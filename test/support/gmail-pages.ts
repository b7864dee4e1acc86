import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { serveHelpdesk } from './browser';
import { editorModelText } from './host-editor';

export const GMAIL_ORIGIN = 'https://mail.google.com';
const MAILBOX_URL = `${GMAIL_ORIGIN}/mail/u/0/`;
/** "Order #4411 arrived damaged": two emails from Priya Nair, the agent's reply between them. */
export const DAMAGED_THREAD_URL = `${MAILBOX_URL}#inbox/FMfcgzQVxbKqSLhWTvXdHkmJnPwcZrDt`;
/** "Can I change the engraving on my order?": one email from Oliver Grant. */
export const ENGRAVING_THREAD_URL = `${MAILBOX_URL}#label/Support/FMfcgzQVxbLqDnMGsWkTprHJcvZbwXxN`;

/**
 * Serves the mailbox (list and threads are one page; the hash picks the view), and Gmail's print
 * view of the damaged thread (its two collapsed messages in full); other print views answer 404.
 */
export async function serveGmail(context: BrowserContext, printView = 'gmail/print-view-damaged.html'): Promise<void> {
  await serveHelpdesk(context, GMAIL_ORIGIN, { '/mail/u/0/': 'gmail/mailbox.html' });
  await context.route(
    (url) => url.origin === GMAIL_ORIGIN && url.searchParams.get('view') === 'pt',
    async (route) => {
      const url = new URL(route.request().url());
      if (url.searchParams.get('permthid') !== 'thread-f:1797954187613702551') return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ contentType: 'text/html', body: await readFile(resolve(import.meta.dirname, '../fixtures', printView)) });
    },
  );
}

type Thread = 'damaged' | 'engraving';

function threadView(thread: Thread): string {
  const token = new URL(thread === 'damaged' ? DAMAGED_THREAD_URL : ENGRAVING_THREAD_URL).hash.split('/').pop();
  return `[data-fixture-view="${token}"]`;
}

/** A thread's reply body, as the Gmail-like editor's own model holds it. */
export function replyBodyText(page: Page, thread: Thread): Promise<string> {
  return editorModelText(page, `${threadView(thread)} .M9 [g_editable="true"]`);
}

/** A thread's messages, oldest first. */
export function threadMessages(page: Page, thread: Thread): Locator {
  return page.locator(`${threadView(thread)} [role="listitem"]`);
}

/** Clicks Send in a thread's reply box. */
export function sendReply(page: Page, thread: Thread): Promise<void> {
  return page.locator(`${threadView(thread)} .M9 [data-fixture-send]`).click();
}

/** The New Message window's body: it belongs to no thread and must never receive a reply. */
export function newMessageText(page: Page): Promise<string> {
  return editorModelText(page, '[role="dialog"][aria-label="New Message"] [g_editable="true"]');
}

/** Back to the inbox, then the other thread's row: Gmail's hash navigation. */
export async function openThreadFromInbox(page: Page, subject: string): Promise<void> {
  await page.getByRole('button', { name: 'Back to Inbox' }).click();
  await page.locator('tr.zA', { hasText: subject }).click();
}
