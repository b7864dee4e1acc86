import { readableText } from '../page/dom-text';
import { first } from './dom';
import { findEmailAddress } from './email-address';

/**
 * Gmail's print view of a thread: one same-origin page with every message
 * of the thread in full, collapsed ones included, in plain old table markup
 * that has stayed put for years. Read when the open thread shows a collapsed
 * message, so nothing is drafted from a snippet. Not in the content script
 * every Gmail page loads (#14): injected by the worker the first time a thread
 * needs it (entrypoints/gmail-print-view.ts,
 * utils/page/reader-parts.ts).
 */
export const PRINT_VIEW_SELECTORS = {
  /** One message. Source: Fogest/Email-Print-Page-Cleaner (table.message in the print page). */
  message: ['table.message'],
  /** The sender's name, followed by "&lt;address&gt;" in the same cell. Source: public print-view parser (exact-string search), unconfirmed by a named repository. */
  senderCell: ['tr:first-child td:first-child', 'td'],
  /** The body. Source: public print-view parser (div[style*="overflow: hidden"]), unconfirmed by a named repository. */
  body: ['div[style*="overflow: hidden"]', 'div[style*="overflow:hidden"]'],
  /** Quoted history and signatures inside a body: Gmail's own classes (see gmail.ts bodyNoise). */
  bodyNoise: ['.gmail_quote', '.gmail_quote_container', 'blockquote', '.gmail_signature', '[data-smartmail="gmail_signature"]'],
} as const;

export interface PrintedMessage {
  email: string | null;
  text: string;
}

/**
 * The print view of the thread shown: `?ui=2&view=pt&search=all` with the thread's permanent id
 * (`permthid=thread-f:…`) or, without one, its legacy hex id (`th=…`). Both forms are used by public
 * extensions (exact-string search "view=pt&search=all"). The account path (/mail/u/N/) is kept.
 */
export function printViewUrl(url: URL, subject: Element): string | null {
  const base = /^\/mail\/(?:u\/\d+\/|b\/[^/]+\/u\/\d+\/)?/.exec(url.pathname)?.[0];
  if (!base) return null;
  const permId = subject.getAttribute('data-thread-perm-id');
  const legacyId = subject.getAttribute('data-legacy-thread-id');
  const thread = permId ? `permthid=${encodeURIComponent(permId)}` : legacyId ? `th=${encodeURIComponent(legacyId)}` : null;
  return thread ? `${url.origin}${base}?ui=2&view=pt&search=all&${thread}` : null;
}

/** The messages of a print view, oldest first; [] when the page is not one. */
export function readPrintView(page: Document): PrintedMessage[] {
  return [...page.querySelectorAll(PRINT_VIEW_SELECTORS.message[0])].flatMap((table) => {
    const body = first(table, PRINT_VIEW_SELECTORS.body);
    if (!body) return [];
    return [{ email: findEmailAddress(first(table, PRINT_VIEW_SELECTORS.senderCell)?.textContent), text: readableText(body, { remove: PRINT_VIEW_SELECTORS.bodyNoise }) }];
  });
}

/** A message of the thread as the Gmail page shows it (gmail.ts). */
interface ThreadMessage {
  email: string | null;
  text: string;
  /** Only its snippet is on the page. */
  collapsed: boolean;
}

/** What the injected part lends the Gmail content script. */
export interface GmailPrintView {
  printViewUrl(url: URL, subject: Element): string | null;
  fetchPrintView(url: string, page: Document, fetchFn: typeof fetch): Promise<PrintedMessage[] | null>;
  withFullText<M extends ThreadMessage>(messages: M[], printed: PrintedMessage[] | null): M[] | null;
}

/**
 * Collapsed messages with their full text from the print view, matched one to one in order and by
 * sender; null when the print view does not match the thread shown. A print view fetched before the
 * thread grew lacks only its newest messages, which arrive expanded: it still covers every collapsed one.
 */
export function withFullText<M extends ThreadMessage>(messages: M[], printed: PrintedMessage[] | null): M[] | null {
  if (!printed) return null;
  const covered = Math.min(printed.length, messages.length);
  const sameSenders = messages.slice(0, covered).every((message, index) => message.email === null || printed[index]!.email?.toLowerCase() === message.email.toLowerCase());
  if (!sameSenders || messages.slice(covered).some((message) => message.collapsed)) return null;
  return messages.map((message, index) => (message.collapsed ? { ...message, text: printed[index]!.text, collapsed: false } : message));
}


/** Fetches and reads the print view with the agent's session; null when it cannot be read. */
export async function fetchPrintView(url: string, page: Document, fetchFn: typeof fetch): Promise<PrintedMessage[] | null> {
  const Parser = page.defaultView?.DOMParser;
  if (!Parser) return null;
  try {
    const response = await fetchFn(url, { credentials: 'include' });
    if (!response.ok) return null;
    // DOMParser: an inert document, so the print page's images (tracking pixels) never load.
    const printed = readPrintView(new Parser().parseFromString(await response.text(), 'text/html'));
    return printed.length > 0 ? printed : null;
  } catch (error) {
    console.info('[ReplyLoop] Gmail print view unreadable', error);
    return null;
  }
}
