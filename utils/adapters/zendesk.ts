import { i18n } from '@/utils/i18n';
import { readerPart } from '../page/reader-parts';
import { all, first, isHidden } from './dom';
import type { HelpdeskAdapter } from './types';
import { createZendeskApi, type ZendeskApi, type ZendeskApiResult, type ZendeskTicketConversation } from './zendesk-api';
import { WORKER_CHECKS } from './zendesk-answer-check';
import { conversationFromApi, isMessagingChannel } from './zendesk-from-api';
import type { ZendeskPageReader } from './zendesk-page';

/**
 * Zendesk Agent Workspace. The conversation is read through the REST API on
 * the agent's own origin (a documented, versioned contract); the page says
 * which ticket is open, holds the composer, and is read instead when the API
 * does not answer. Several tickets stay in the DOM as workspace tabs,
 * inactive ones hidden: everything on the page is looked up inside the
 * ticket the URL names, and only while its pane is visible.
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
  composer: [
    // Source: public userscripts (omnicomposer-rich-text-ckeditor).
    '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
    // Messaging channels use a plain-text CKEditor. Source: public userscripts and Cypress tests.
    '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
    // Older editor wrapper. Source: public userscripts (ticket-rich-text-editor).
    '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"]',
  ],
  /** "Submit as Open/Pending/Solved" (email and web). Source: public userscripts and the DeepL extension. */
  submit: ['button[data-test-id="submit_button-button"]'],
  /** The messaging composer's own Send. Source: public userscripts (omnichannel-omnicomposer-send-button). */
  messagingSend: ['button[data-test-id="omnichannel-omnicomposer-send-button"]'],
  /** Its aria-label / data-channel names the mode: "Email", "web"… or "Internal note". Source: public userscripts; data-channel unconfirmed. */
  channelSwitcher: ['button[data-test-id="omnichannel-channel-switcher-button"]'],
} as const;

const TICKET_PATH = /^\/agent\/tickets\/(\d+)\/?$/;

/** A cached API read is reused while the ticket's log on the page looks the same, at most this long. */
const API_READ_TTL_MS = 60_000;

export function ticketIdFrom(url: URL): string | null {
  return TICKET_PATH.exec(url.pathname)?.[1] ?? null;
}

/** The visible conversation column of the ticket in the URL, or null while it is not rendered. */
function openTicket(document: Document, ticketId: string): Element | null {
  const candidates = SELECTORS.ticket(ticketId).flatMap((selector) => [...document.querySelectorAll(selector)]);
  return candidates.find((element) => !isHidden(element)) ?? null;
}

/** The ticket's whole workspace pane (header, log, sidebar, footer), or the column itself. */
function paneOf(ticket: Element): Element {
  return ticket.closest(`${SELECTORS.panes} > *`) ?? ticket;
}

/** What the page shows of the log: when it changes, a cached API read is stale. */
function logSignature(ticket: Element | null): string {
  if (!ticket) return 'no-log';
  const items = all(ticket, SELECTORS.logItem);
  return `${items.length}:${items.at(-1)?.getAttribute('data-comment-id') ?? ''}`;
}

export interface ZendeskAdapterOptions {
  /** The API client for an origin; tests give one with a fake fetch. */
  api?: (origin: string) => ZendeskApi;
  now?: () => number;
  /** The page reader, for when the API does not answer: injected by the worker on request; tests give it directly. */
  pageReader?: () => Promise<ZendeskPageReader | undefined>;
}

interface CachedRead {
  signature: string;
  at: number;
  result: Promise<ZendeskApiResult<ZendeskTicketConversation>>;
}

export function createZendeskAdapter({
  api: apiFor = (origin) => createZendeskApi({ origin, checks: WORKER_CHECKS }),
  now = Date.now,
  pageReader = () => readerPart('zendesk-page-reader'),
}: ZendeskAdapterOptions = {}): HelpdeskAdapter {
  const clients = new Map<string, ZendeskApi>();
  const cache = new Map<string, CachedRead>();
  /** The last channel the API named per ticket: messaging tickets send with their own button. */
  const channels = new Map<string, string | number | undefined>();

  function readThroughApi(url: URL, ticketId: string, signature: string) {
    const key = `${url.origin}|${ticketId}`;
    const cached = cache.get(key);
    if (cached && cached.signature === signature && now() - cached.at < API_READ_TTL_MS) return cached.result;
    let client = clients.get(url.origin);
    if (!client) clients.set(url.origin, (client = apiFor(url.origin)));
    const result = client.ticketConversation(ticketId);
    cache.set(key, { signature, at: now(), result });
    return result;
  }

  function visibleTicket(document: Document): { ticketId: string; ticket: Element } | null {
    const ticketId = ticketIdFrom(new URL(document.URL));
    const ticket = ticketId ? openTicket(document, ticketId) : null;
    return ticketId && ticket ? { ticketId, ticket } : null;
  }

  return {
    id: 'zendesk',
    label: 'Zendesk',
    matches: ['https://*.zendesk.com/agent/*'],

    async readConversation(document, url) {
      const ticketId = ticketIdFrom(url);
      if (!ticketId) return { status: 'none' };
      const ticket = openTicket(document, ticketId);
      // The page knows its tabs and this ticket is not the one shown (yet): read nothing. Where
      // no tab markup matches at all (Zendesk changed it), the URL alone names the ticket.
      const pageKnowsTabs = first(document, SELECTORS.anyTicket) !== null;
      if (!ticket && pageKnowsTabs) return { status: 'unreadable', problem: i18n.t('pageReading.zendesk.ticketNotShown', { ticket: ticketId }) };

      const fromApi = await readThroughApi(url, ticketId, logSignature(ticket));
      if (fromApi.ok) {
        channels.set(ticketId, fromApi.value.ticket.via?.channel);
        return { status: 'read', conversation: conversationFromApi(fromApi.value, url, document) };
      }
      console.info(`[ReplyLoop] Zendesk API: ${fromApi.detail}; reading the page instead`);
      const reader = await pageReader();
      if (!reader) return { status: 'unreadable', problem: i18n.t('pageReading.readerFailed', { helpdesk: 'Zendesk' }) };
      const view = { ticketId, ticket, pane: ticket && paneOf(ticket), items: ticket ? all(ticket, SELECTORS.logItem) : [] };
      return reader.readTicketPage(view, url, fromApi.reason);
    },

    showsConversationOfUrl(document, url) {
      const ticketId = ticketIdFrom(url);
      return ticketId !== null && openTicket(document, ticketId) !== null;
    },

    findComposer(document) {
      const open = visibleTicket(document);
      const editor = open ? first(open.ticket, SELECTORS.composer) : null;
      if (!open || !editor) return { status: 'missing', problem: i18n.t('pageReading.zendesk.noReplyBox') };
      const channel = first(open.ticket, SELECTORS.channelSwitcher);
      const mode = `${channel?.getAttribute('data-channel') ?? ''} ${channel?.getAttribute('aria-label') ?? ''}`;
      if (/internal/i.test(mode)) {
        return { status: 'missing', problem: i18n.t('pageReading.zendesk.internalNote') };
      }
      return { status: 'found', editor };
    },

    findSendButton(document) {
      const open = visibleTicket(document);
      if (!open) return null;
      // The footer sits beside the conversation column, inside the ticket's workspace pane.
      const pane = paneOf(open.ticket);
      const messagingSend = first(pane, SELECTORS.messagingSend);
      // A messaging conversation sends with its composer's Send; "Submit as Open" only updates the
      // ticket. Known from the API's channel, or from the messaging Send being there at all.
      if (messagingSend || isMessagingChannel(channels.get(open.ticketId))) return messagingSend;
      return first(pane, SELECTORS.submit);
    },

    observedRoot(document) {
      return document.querySelector(SELECTORS.panes);
    },
  };
}

export const zendeskAdapter = createZendeskAdapter();
