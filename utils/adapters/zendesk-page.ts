import { i18n } from '@/utils/i18n';
import type { ConversationMessage, MessageRole } from '../intake/conversation';
import { readableText } from '../page/dom-text';
import { contentId, fieldText, first } from './dom';
import type { ConversationRead } from './types';
import type { ZendeskApiFailure } from './zendesk-api';

/**
 * A Zendesk ticket read from its markup: the fallback when the REST API does
 * not answer (./zendesk.ts reads through the API first). Not in the content
 * script every agent page loads (#14): the worker injects it when the API
 * fails (entrypoints/zendesk-page-reader.ts, utils/page/reader-parts.ts).
 * Selector sources as in ./zendesk.ts.
 */
export const PAGE_SELECTORS = {
  subject: [
    // Source: holatuwol/liferay-zendesk-userscript and other public userscripts.
    'input[data-test-id="omni-header-subject"]',
    // Pre-2023 ticket pane. Source: unconfirmed.
    'input[data-test-id="ticket-pane-subject"]',
  ],
  /** Source: public userscripts (exact-string search: requester-select, tooltip-requester-name). */
  requester: ['[data-test-id="ticket-system-field-requester-select"]', '[data-test-id="tooltip-requester-name"]'],
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
} as const;

const ROLE_BY_TYPE: Record<string, MessageRole> = { 'end-user': 'customer', agent: 'agent', internal: 'internal-note' };

/** The page's problem, then what the API said when asked instead. */
const API_FAILURE: Record<ZendeskApiFailure['reason'], (problem: string) => string> = {
  unauthorized: (problem) => i18n.t('pageReading.zendesk.api.unauthorized', { problem }),
  forbidden: (problem) => i18n.t('pageReading.zendesk.api.forbidden', { problem }),
  'rate-limited': (problem) => i18n.t('pageReading.zendesk.api.rateLimited', { problem }),
  'not-found': (problem) => i18n.t('pageReading.zendesk.api.notFound', { problem }),
  failed: (problem) => i18n.t('pageReading.zendesk.api.failed', { problem }),
  invalid: (problem) => i18n.t('pageReading.zendesk.api.invalid', { problem }),
};

/** What the content script found of the ticket the URL names. */
export interface ZendeskTicketView {
  ticketId: string;
  /** Its visible conversation column; null while it is not rendered. */
  ticket: Element | null;
  /** Its whole workspace pane (header, log, sidebar, footer), or the column itself. */
  pane: Element | null;
  /** Its log items (./zendesk.ts SELECTORS.logItem). */
  items: Element[];
}

export interface ZendeskPageReader {
  /** The ticket from its markup; unreadable with the page's problem and why the API gave nothing. */
  readTicketPage(view: ZendeskTicketView, url: URL, apiFailure: ZendeskApiFailure['reason']): ConversationRead;
}

function roleOf(item: Element, requesterName: string, sender: string): MessageRole {
  if (first(item, PAGE_SELECTORS.internalNoteTag)) return 'internal-note';
  const type = first(item, PAGE_SELECTORS.message)?.getAttribute('type');
  if (type && ROLE_BY_TYPE[type]) return ROLE_BY_TYPE[type];
  // Older logs have no type: the requester's own messages are the customer's.
  return requesterName !== '' && sender === requesterName ? 'customer' : 'agent';
}

function readMessage(item: Element, requesterName: string): ConversationMessage | null {
  const body = first(item, PAGE_SELECTORS.body);
  if (!body) return null;
  const author = fieldText(first(item, PAGE_SELECTORS.sender));
  const sentAt = first(item, PAGE_SELECTORS.time)?.getAttribute('datetime') ?? null;
  const text = readableText(body, { remove: PAGE_SELECTORS.bodyNoise });
  // data-comment-id is the API comment id (unconfirmed): the same ids whichever way the ticket was read.
  const id = item.getAttribute('data-comment-id') || item.id || contentId(author, sentAt ?? '', text);
  return { id, role: roleOf(item, requesterName, author), author, sentAt, text };
}

function readFromPage({ ticketId, ticket, pane, items }: ZendeskTicketView, url: URL): ConversationRead {
  if (!ticket) return { status: 'unreadable', problem: i18n.t('pageReading.zendesk.ticketNotShown', { ticket: ticketId }) };
  if (items.length === 0) return { status: 'unreadable', problem: i18n.t('pageReading.zendesk.noConversation', { ticket: ticketId }) };
  // Only this ticket's pane: another tab's requester field comes first in the document.
  const requesterName = fieldText(pane && first(pane, PAGE_SELECTORS.requester));
  const messages = items.flatMap((item) => readMessage(item, requesterName) ?? []);
  const account = url.hostname.split('.')[0] ?? url.hostname;
  return {
    status: 'read',
    conversation: {
      helpdesk: 'zendesk',
      id: `zendesk:${account}:${ticketId}`,
      url: url.href,
      subject: fieldText(first(ticket, PAGE_SELECTORS.subject)),
      customer: {
        name: requesterName || (messages.find((message) => message.role === 'customer')?.author ?? ''),
        email: null,
      },
      messages,
    },
  };
}

export const zendeskPageReader: ZendeskPageReader = {
  readTicketPage(view, url, apiFailure) {
    const fromPage = readFromPage(view, url);
    return fromPage.status === 'unreadable' ? { status: 'unreadable', problem: API_FAILURE[apiFailure](fromPage.problem) } : fromPage;
  },
};
