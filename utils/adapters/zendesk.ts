import type { ConversationMessage, MessageRole } from '../conversation';
import { readableText } from '../dom-text';
import { all, contentId, fieldText, first, isHidden } from './dom';
import type { HelpdeskAdapter } from './types';

/**
 * Zendesk Agent Workspace. Several tickets stay in the DOM as workspace
 * tabs, inactive ones hidden: everything is read inside the ticket the URL
 * names, and only while its pane is visible.
 */
export const SELECTORS = {
  /** One child per open workspace tab; inactive ones get visibility: hidden. */
  panes: '#main_panes',
  /** The conversation column of one ticket (header, log, composer). */
  ticket: (id: string) => [`[data-side-conversations-anchor-id="${id}"]`, `[data-ticket-id="${id}"]`],
  subject: [
    'input[data-test-id="omni-header-subject"]',
    // Pre-2023 ticket pane.
    'input[data-test-id="ticket-pane-subject"]',
  ],
  requester: ['[data-test-id="ticket-system-field-requester-select"]', '[data-test-id="tooltip-requester-name"]'],
  logItem: ['article[data-test-id="omni-log-comment-item"]'],
  sender: ['[data-test-id="omni-log-item-sender"] strong', '[data-test-id="omni-log-item-sender"]', '[data-test-id="omni-log-comment-user-link"]'],
  /** Carries type="end-user" | "agent" | "internal". */
  message: ['[data-test-id="omni-log-item-message"]'],
  internalNoteTag: ['[data-test-id="omni-log-internal-note-tag"]'],
  body: ['[data-test-id="omni-log-message-content"] .zd-comment', '[data-test-id="omni-log-message-content"]'],
  time: ['time[data-test-id^="timestamp-"][datetime]', 'time[datetime]'],
  /** Noise inside a message: read receipts, messaging signatures, attachment chips (listed separately). */
  bodyNoise: ['[data-test-id^="convo-log-item-"]', 'div.signature', '[data-test-id="attachment-thumbnail"]', '.zd-comment blockquote.quote'],
  composer: [
    '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
    // Messaging channels use a plain-text CKEditor.
    '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
    // Older editor wrapper.
    '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"]',
  ],
  /** "Submit as Open/Pending/Solved" (email and web); messaging channels have their own Send. */
  send: ['button[data-test-id="submit_button-button"]', 'button[data-test-id="omnichannel-omnicomposer-send-button"]'],
  /** Its aria-label / data-channel names the mode: "Email", "web"… or "Internal note". */
  channelSwitcher: ['button[data-test-id="omnichannel-channel-switcher-button"]'],
} as const;

const TICKET_PATH = /^\/agent\/tickets\/(\d+)\/?$/;

const ROLE_BY_TYPE: Record<string, MessageRole> = { 'end-user': 'customer', agent: 'agent', internal: 'internal-note' };

export function ticketIdFrom(url: URL): string | null {
  return TICKET_PATH.exec(url.pathname)?.[1] ?? null;
}

/** The visible conversation column of the ticket in the URL, or null while it is not rendered. */
function openTicket(document: Document, ticketId: string): Element | null {
  const candidates = SELECTORS.ticket(ticketId).flatMap((selector) => [...document.querySelectorAll(selector)]);
  return candidates.find((element) => !isHidden(element)) ?? null;
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
  return { id: item.id || contentId(author, sentAt ?? '', text), role: roleOf(item, requesterName, author), author, sentAt, text };
}

export const zendeskAdapter: HelpdeskAdapter = {
  id: 'zendesk',
  label: 'Zendesk',
  matches: ['https://*.zendesk.com/agent/*'],

  readConversation(document, url) {
    const ticketId = ticketIdFrom(url);
    if (!ticketId) return { status: 'none' };
    const ticket = openTicket(document, ticketId);
    if (!ticket) return { status: 'unreadable', problem: `Zendesk: ticket #${ticketId} is not shown on the page.` };
    const items = all(ticket, SELECTORS.logItem);
    if (items.length === 0) return { status: 'unreadable', problem: `Zendesk: no conversation found in ticket #${ticketId}.` };

    const requesterName = fieldText(first(ticket, SELECTORS.requester) ?? first(document, SELECTORS.requester));
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
  },

  findComposer(document) {
    const ticketId = ticketIdFrom(new URL(document.URL));
    const ticket = ticketId ? openTicket(document, ticketId) : null;
    const editor = ticket ? first(ticket, SELECTORS.composer) : null;
    if (!ticket || !editor) return { status: 'missing', problem: 'Zendesk: no reply box found in this ticket. Open the composer, then approve again.' };
    const channel = first(ticket, SELECTORS.channelSwitcher);
    const mode = `${channel?.getAttribute('data-channel') ?? ''} ${channel?.getAttribute('aria-label') ?? ''}`;
    if (/internal/i.test(mode)) {
      return { status: 'missing', problem: 'Zendesk: the reply box is set to Internal note. Switch it to Public reply, then approve again.' };
    }
    return { status: 'found', editor };
  },

  findSendButton(document) {
    const ticketId = ticketIdFrom(new URL(document.URL));
    const ticket = ticketId ? openTicket(document, ticketId) : null;
    // The footer sits beside the conversation column, inside the ticket's workspace pane.
    const pane = ticket?.closest(`${SELECTORS.panes} > *`) ?? ticket;
    return pane ? first(pane, SELECTORS.send) : null;
  },

  observedRoot(document) {
    return document.querySelector(SELECTORS.panes);
  },
};
