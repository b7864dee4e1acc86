import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { serveHelpdesk } from './browser';
import { blocksText, realEditorBlocks } from './host-editor';

export const INTERCOM_ORIGIN = 'https://app.intercom.com';
const CONVERSATIONS_PATH = '/a/inbox/x7k2m9pq/inbox/shared/all/conversation';
/** Sam Lee's email about a refund: customer emails, a teammate reply, notes, an assignment. */
export const EMAIL_CONVERSATION_URL = `${INTERCOM_ORIGIN}${CONVERSATIONS_PATH}/215470038211834`;
/** Tom Becker's Messenger chat: Fin, two customer messages in one group, a hand-over. */
export const CHAT_CONVERSATION_URL = `${INTERCOM_ORIGIN}${CONVERSATIONS_PATH}/215470038214671`;

/** Serves the inbox at both conversations' URLs (its app script opens the one the URL names). */
export function serveIntercom(context: BrowserContext): Promise<void> {
  return serveHelpdesk(context, INTERCOM_ORIGIN, {
    [new URL(EMAIL_CONVERSATION_URL).pathname]: 'intercom/inbox.html',
    [new URL(CHAT_CONVERSATION_URL).pathname]: 'intercom/inbox.html',
  });
}

/** The open conversation's reply editor. */
export const INTERCOM_COMPOSER = '.inbox2__conversation-page .inbox2__composer__container .ProseMirror[contenteditable="true"]';

/** The open conversation's reply editor, as the real ProseMirror's model holds it: its paragraphs. */
export function composerBlocks(page: Page): Promise<string[]> {
  return realEditorBlocks(page, INTERCOM_COMPOSER);
}

/** The same, as text (paragraphs a blank line apart). */
export async function composerText(page: Page): Promise<string> {
  return blocksText(await composerBlocks(page));
}

/** Clicks a conversation in the inbox list: Intercom's SPA navigation. */
export function openConversation(page: Page, customerName: string): Promise<void> {
  return page.locator('.inbox2__conversation-list a', { hasText: customerName }).click();
}

/**
 * Intercom's current build (2026): conversation-tailwind.html with the last per-part marker gone, as
 * the Support Copilot for Intercom changelog (3.1.0, April 2026) and its content script describe it:
 * each message is one `group/content-part` element with no data-part-group-* / data-part-id and no
 * [data-intercom-target="conversation-stream-content-part"] inside; an event line has no body.
 */
export async function currentBuildHtml(): Promise<string> {
  const tailwind = await readFile(resolve(import.meta.dirname, '../fixtures/intercom/conversation-tailwind.html'), 'utf8');
  return tailwind.replaceAll(' data-intercom-target="conversation-stream-content-part"', '');
}

/** Serves the current build's conversation at a URL (any regional host). */
export async function serveCurrentBuild(context: BrowserContext, url: string, html?: string): Promise<void> {
  const body = html ?? (await currentBuildHtml());
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
}
