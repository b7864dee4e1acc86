import { i18n } from '@/utils/i18n';
import { readerPart } from '../page/reader-parts';
import { all, first } from './dom';
import type { HelpdeskAdapter } from './types';
import { createZendeskApi, type ZendeskApi, type ZendeskApiResult, type ZendeskTicketConversation } from './zendesk-api';
import { WORKER_CHECKS } from './zendesk-answer-check';
import { conversationFromApi } from './zendesk-from-api';
import type { ZendeskPageReader } from './zendesk-page';
import { openTicket, paneOf, SELECTORS, ticketIdFrom } from './zendesk-ticket';

/**
 * Zendesk Agent Workspace. The conversation is read through the REST API on
 * the agent's own origin (a documented, versioned contract); the page says
 * which ticket is open, holds the composer, and is read instead when the API
 * does not answer. Several tickets stay in the DOM as workspace tabs,
 * inactive ones hidden: everything on the page is looked up inside the
 * ticket the URL names, and only while its pane is visible.
 *
 * Which ticket is open and where: ./zendesk-ticket.ts, with the selectors.
 */
export { SELECTORS, ticketIdFrom } from './zendesk-ticket';

/** A cached API read is reused while the ticket's log on the page looks the same, at most this long. */
const API_READ_TTL_MS = 60_000;

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
        return { status: 'read', conversation: conversationFromApi(fromApi.value, url, document), channel: fromApi.value.ticket.via?.channel };
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

    observedRoot(document) {
      return document.querySelector(SELECTORS.panes);
    },
  };
}

export const zendeskAdapter = createZendeskAdapter();
