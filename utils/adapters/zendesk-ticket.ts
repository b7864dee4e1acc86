import { isHidden } from './dom';

/**
 * Which Zendesk ticket the page shows, and where: shared by the content
 * script's adapter (./zendesk.ts) and the reply box (./zendesk-reply-box.ts),
 * which the on-demand composer actions bring, so those need not bundle the
 * whole adapter (#14: content scripts ≤ 10 KB).
 *
 * Sources: data-test-id values are those public userscripts and extensions use
 * (exact-string search of public code); each entry says so or "unconfirmed".
 */
export const SELECTORS = {
  /** One child per open workspace tab; inactive ones get visibility: hidden. Source: unconfirmed. */
  panes: '#main_panes',
  /** The conversation column of one ticket. Source: holatuwol/liferay-zendesk-userscript (anchor id); data-ticket-id unconfirmed. */
  ticket: (id: string) => [`[data-side-conversations-anchor-id="${id}"]`, `[data-ticket-id="${id}"]`],
  /** Any ticket's column: whether this page's markup says which tickets are open at all. Same sources. */
  anyTicket: ['[data-side-conversations-anchor-id]', '[data-ticket-id]'],
  /** Source: public userscripts and the DeepL extension (exact-string search). Read in ./zendesk-page.ts, with its other selectors. */
  logItem: ['article[data-test-id="omni-log-comment-item"]'],
  // The reply box's (composer, Send, channel switcher): in ./zendesk-reply-box.ts, which the composer actions bring.
} as const;

const TICKET_PATH = /^\/agent\/tickets\/(\d+)\/?$/;

export function ticketIdFrom(url: URL): string | null {
  return TICKET_PATH.exec(url.pathname)?.[1] ?? null;
}

/** The visible conversation column of the ticket in the URL, or null while it is not rendered. */
export function openTicket(document: Document, ticketId: string): Element | null {
  const candidates = SELECTORS.ticket(ticketId).flatMap((selector) => [...document.querySelectorAll(selector)]);
  return candidates.find((element) => !isHidden(element)) ?? null;
}

/** The column of the ticket the document's URL names, while it is shown. */
export function visibleTicket(document: Document): Element | null {
  const ticketId = ticketIdFrom(new URL(document.URL));
  return ticketId ? openTicket(document, ticketId) : null;
}

/** The ticket's whole workspace pane (header, log, sidebar, footer), or the column itself. */
export function paneOf(ticket: Element): Element {
  return ticket.closest(`${SELECTORS.panes} > *`) ?? ticket;
}

