import { Readability } from '@mozilla/readability';
import { z } from 'zod';
import { contentId } from '../adapters/dom';
import type { ConversationSnapshot } from './conversation';

/** How much of an article goes to the model as context: enough to answer from, not a whole manual. */
const MAX_CONTEXT_CHARS = 6_000;

export const pageContextSchema = z.object({
  url: z.string().max(2_000),
  title: z.string().max(1_000),
  text: z.string().max(MAX_CONTEXT_CHARS),
});
export type PageContext = z.infer<typeof pageContextSchema>;

/**
 * The page's main text (Readability's article), for pages no adapter knows.
 * Readability mutates what it parses, so it reads a clone.
 */
export function extractPageContext(document: Document): PageContext {
  const article = new Readability(document.cloneNode(true) as Document).parse();
  const text = (article?.textContent ?? document.body?.textContent ?? '').replace(/\s*\n\s*/g, '\n').replace(/[ \t]+/g, ' ').trim();
  return {
    url: document.URL.slice(0, 2_000),
    title: (article?.title || document.title).slice(0, 1_000),
    text: text.slice(0, MAX_CONTEXT_CHARS),
  };
}

/**
 * A conversation made of what the agent selected on a page: the selection is
 * the customer's message, the page's main text is context.
 */
export function selectionConversation(selection: string, page: PageContext): ConversationSnapshot {
  const url = new URL(page.url);
  const customerText = selection.trim().slice(0, 50_000);
  return {
    helpdesk: 'web',
    id: `web:${url.host}:${contentId(url.origin + url.pathname, customerText)}`,
    url: page.url,
    subject: page.title || url.host,
    customer: { name: '', email: null },
    messages: [
      ...(page.text === '' ? [] : [{ id: 'page', role: 'system' as const, author: 'Page context', sentAt: null, text: page.text }]),
      { id: 'selection', role: 'customer', author: '', sentAt: null, text: customerText },
    ],
  };
}
