import { i18n } from '@/utils/i18n';
import type { ConversationMessage, MessageRole } from '../intake/conversation';
import { readableText } from '../page/dom-text';
import { all, contentId, fieldText, first, isHidden } from './dom';
import type { ConversationRead, HelpdeskAdapter } from './types';
import { createZendeskApi, type ZendeskApi, type ZendeskApiFailure, type ZendeskApiResult, type ZendeskTicketConversation } from './zendesk-api';
import { conversationFromApi, isMessagingChannel } from './zendesk-from-api';

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
  subject: [
    // Source: holatuwol/liferay-zendesk-userscript and other public userscripts.
    'input[data-test-id="omni-header-subject"]',
    // Pre-2023 ticket pane. Source: unconfirmed.
    'input[data-test-id="ticket-pane-subject"]',
  ],
  /** Source: public userscripts (exact-string search: requester-select, tooltip-requester-name). */
  requester: ['[data-test-id="ticket-system-field-requester-select"]', '[data-test-id="tooltip-requester-name"]'],
  /** Source: public userscripts and the DeepL extension (exact-string search). */
  logItem: ['article[data-test-id="omni-log-comment-item"]'],
  /** Source: public userscripts (omni-log-item-sender); the user-link variant is unconfirmed. */
  sender: ['[data-test-id="omni-log-item-sender"] strong', '[data-test-id="omni-log-item-sender"]', '[data-test-id="omni-log-comment-user-link"]'],
  /** Carries type="end-user" | "agent" | "internal". Source: public userscripts (omni-log-item-message, type="end-user"). */
  message: ['[data-test-id="omni-log-item-message"]'],
  /** Source: public userscripts (exact-string search, several). */
  internalNoteTag: ['[data-test-id="omni-log-internal-note-tag"]'],
  /** Source: public userscripts (omni-log-message-content); .zd-comment is the class of the API's html_body. */
  body: ['[data-test-id="omni-log-message-content"] .zd-comment', '[data-test-id="omni-log-message-content"]'],
  /** Source: public userscripts (time[data-test-id="timestamp-relative"]). */
  time: ['time[data-test-id^="timestamp-"][datetime]', 'time[datetime]'],
  /** Noise inside a message: read receipts, messaging signatures, attachment chips, quotes. Source: unconfirmed. */
  bodyNoise: ['[data-test-id^="convo-log-item-"]', 'div.signature', '[data-test-id="attachment-thumbnail"]', '.zd-comment blockquote.quote'],
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

const ROLE_BY_TYPE: Record<string, MessageRole> = { 'end-user': 'customer', agent: 'agent', internal: 'internal-note' };

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

function roleOf(item: Element, requesterName: string, sender: string): MessageRole {
  if (first(item, SELECTORS.internalNoteTag)) return 'internal-note';
  const type = first(item, SELECTORS.message)?.getAttribute('type');
  if (type && ROLE_BY_TYPE[type]) return ROLE_BY_TYPE[type];
  // Older logs have no type: the requester's own messages are the customer's.
  return requesterName !== '' && sender === requesterName ? 'customer' : 'agent';
}

function readMessage(item: Element, requesterName: string): ConversationMessage | null {
  const body = first(item, SELECTORS.body);
  if (!body) return null;
  const author = fieldText(first(item, SELECTORS.sender));
  const sentAt = first(item, SELECTORS.time)?.getAttribute('datetime') ?? null;
  const text = readableText(body, { remove: SELECTORS.bodyNoise });
  // data-comment-id is the API comment id (unconfirmed): the same ids whichever way the ticket was read.
  const id = item.getAttribute('data-comment-id') || item.id || contentId(author, sentAt ?? '', text);
  return { id, role: roleOf(item, requesterName, author), author, sentAt, text };
}

/** The ticket read from its markup: the fallback when the API does not answer. */
function readFromPage(ticket: Element, ticketId: string, url: URL): ConversationRead {
  const items = all(ticket, SELECTORS.logItem);
  if (items.length === 0) return { status: 'unreadable', problem: i18n.t('pageReading.zendesk.noConversation', { ticket: ticketId }) };
  // Only this ticket's pane: another tab's requester field comes first in the document.
  const requesterName = fieldText(first(paneOf(ticket), SELECTORS.requester));
  const messages = items.flatMap((item) => readMessage(item, requesterName) ?? []);
  const account = url.hostname.split('.')[0] ?? url.hostname;
  return {
    status: 'read',
    conversation: {
      helpdesk: 'zendesk',
      id: `zendesk:${account}:${ticketId}`,
      url: url.href,
      subject: fieldText(first(ticket, SELECTORS.subject)),
      customer: {
        name: requesterName || (messages.find((message) => message.role === 'customer')?.author ?? ''),
        email: null,
      },
      messages,
    },
  };
}

/** What the page shows of the log: when it changes, a cached API read is stale. */
function logSignature(ticket: Element | null): string {
  if (!ticket) return 'no-log';
  const items = all(ticket, SELECTORS.logItem);
  return `${items.length}:${items.at(-1)?.getAttribute('data-comment-id') ?? ''}`;
}

/** The page's problem, then what the API said when asked instead. */
const API_FAILURE: Record<ZendeskApiFailure['reason'], (problem: string) => string> = {
  unauthorized: (problem) => i18n.t('pageReading.zendesk.api.unauthorized', { problem }),
  forbidden: (problem) => i18n.t('pageReading.zendesk.api.forbidden', { problem }),
  'rate-limited': (problem) => i18n.t('pageReading.zendesk.api.rateLimited', { problem }),
  'not-found': (problem) => i18n.t('pageReading.zendesk.api.notFound', { problem }),
  failed: (problem) => i18n.t('pageReading.zendesk.api.failed', { problem }),
  invalid: (problem) => i18n.t('pageReading.zendesk.api.invalid', { problem }),
};

export interface ZendeskAdapterOptions {
  /** The API client for an origin; tests give one with a fake fetch. */
  api?: (origin: string) => ZendeskApi;
  now?: () => number;
}

interface CachedRead {
  signature: string;
  at: number;
  result: Promise<ZendeskApiResult<ZendeskTicketConversation>>;
}

export function createZendeskAdapter({ api: apiFor = (origin) => createZendeskApi({ origin }), now = Date.now }: ZendeskAdapterOptions = {}): HelpdeskAdapter {
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
      const fromPage: ConversationRead = ticket
        ? readFromPage(ticket, ticketId, url)
        : { status: 'unreadable', problem: i18n.t('pageReading.zendesk.ticketNotShown', { ticket: ticketId }) };
      if (fromPage.status !== 'unreadable') return fromPage;
      return { status: 'unreadable', problem: API_FAILURE[fromApi.reason](fromPage.problem) };
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
