import type { ConversationMessage, MessageRole } from '../conversation';
import { readableText } from '../dom-text';
import { all, contentId, fieldText, first } from './dom';
import { findEmailAddress } from './email-address';
import type { HelpdeskAdapter } from './types';

/**
 * Intercom Inbox (Ember; Tailwind classes that Intercom renames often). One
 * conversation is rendered at a time and Ember swaps its column on SPA
 * navigation, so everything is read inside the conversation page and
 * re-resolved on every read.
 */
export const SELECTORS = {
  /** The conversation column: header, stream, composer. */
  page: ['.inbox2__conversation-page', '.inbox-2__conversation-page'],
  stream: [
    '[data-testid="conversation-stream-scroll-container"]',
    '[data-conversation-stream]',
    // BEM names before and after the 2025 rename.
    '.inbox-2__conversation-stream',
    '.inbox2__conversation-stream',
  ],
  /** One author's consecutive parts, or one event (assignment, hand-over…). */
  partGroup: [
    '[data-part-group-id]',
    // 2026 build: groups lost their data attributes and carry this Tailwind group name.
    '[class*="group/content-part"]',
  ],
  /** One message inside a group. */
  contentPart: ['[data-intercom-target="conversation-stream-content-part"]', '[data-part-id]'],
  /** Kinds of part by class, current and pre-rename. */
  notePart: ['.inbox2__note-part', '.inbox-2__note-part'],
  userPart: ['.inbox2__user-email-part', '.inbox-2__user-email-part'],
  adminPart: ['.inbox2__admin-email-part', '.inbox-2__admin-email-part'],
  /** Teammates' (and Fin's) parts name their author; customers' parts do not. */
  teammateName: ['[data-testid="admin-avatar-name"]'],
  body: ['.intercom-interblocks-html', '.interblocks-html', '.intercom-interblocks', '.inbox-2__break-words', '.inbox2__break-words'],
  /** Noise inside a part: email headers, attachment chips, quoted history, part actions. */
  bodyNoise: [
    '.channels__inbox__email-metadata-container',
    '[data-testid="admin-avatar-name"]',
    'a[href*="downloads.intercomcdn.com"]',
    '.gmail_quote',
    'blockquote',
    '.gmail_signature',
    'time',
  ],
  time: ['time[datetime]'],
  /** The conversation's title (an email's subject), or the customer's name when it has none. */
  headerTitle: ['[data-inbox-conversation-header-title]', '.inbox-2__conversation-title', '.inbox2__conversation-title'],
  userDetails: [
    '[data-intercom-target$="user-details"]',
    '.inbox2__conversation-details-sidebar',
    '.inbox-2__conversation-details-sidebar',
  ],
  /** A details row is this label and its value. */
  attributeLabel: ['.inbox2__attribute__label'],
  composer: [
    '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
    '.ProseMirror.embercom-prosemirror-composer-editor[contenteditable="true"]',
    '.embercom-prosemirror-composer .ProseMirror[contenteditable="true"]',
  ],
  /**
   * The composer is in Note mode: an ancestor of the editor carries this modifier. UNCONFIRMED
   * for the current inbox: it is the modifier the previous inbox put on its note pane.
   */
  noteModeAncestor: ['.o__note'],
  /** The previous inbox's Reply/Note tabs, the Note tab selected. */
  noteTabSelected: ['[data-intercom-target="note-tab"].o__selected'],
} as const;

/** data-part-group-category: 1 customer, 3 teammate (replies and notes), 5 bot, 20 event. */
const ROLE_BY_CATEGORY: Record<string, MessageRole> = { '1': 'customer', '3': 'agent', '5': 'agent', '20': 'system' };

const CONVERSATION_PATH = /^\/a\/inbox\/([^/]+)\/.*\bconversation\/(\d+)\/?$/;

export function conversationFrom(url: URL): { workspace: string; id: string } | null {
  const match = CONVERSATION_PATH.exec(url.pathname);
  return match ? { workspace: match[1]!, id: match[2]! } : null;
}

function roleOf(part: Element, group: Element, isEvent: boolean): MessageRole {
  if (first(part, SELECTORS.notePart)) return 'internal-note';
  const category = ROLE_BY_CATEGORY[group.getAttribute('data-part-group-category') ?? ''];
  if (category) return category;
  if (isEvent) return 'system';
  if (first(part, SELECTORS.userPart)) return 'customer';
  if (first(part, SELECTORS.adminPart) || first(part, SELECTORS.teammateName)) return 'agent';
  // Customers' parts are the ones that name no teammate.
  return 'customer';
}

interface PartContext {
  group: Element;
  index: number;
  customerName: string;
}

function readPart(part: Element, { group, index, customerName }: PartContext, isEvent: boolean): ConversationMessage | null {
  const role = roleOf(part, group, isEvent);
  const body = isEvent ? part : (first(part, SELECTORS.body) ?? part);
  // An event line ends with its time, which leaves a dangling separator.
  const text = readableText(body, { remove: SELECTORS.bodyNoise }).replace(/[\s·•]+$/u, '');
  if (text === '') return null;
  const author = role === 'system' ? '' : fieldText(first(part, SELECTORS.teammateName)) || (role === 'customer' ? customerName : '');
  const sentAt = (first(part, SELECTORS.time) ?? first(group, SELECTORS.time))?.getAttribute('datetime') ?? null;
  const groupId = group.getAttribute('data-part-group-id');
  const id = part.getAttribute('data-part-id') ?? (groupId ? `${groupId}-${index}` : contentId(role, author, sentAt ?? '', text));
  return { id, role, author, sentAt, text };
}

function readStream(stream: Element, customerName: string): ConversationMessage[] {
  return all(stream, SELECTORS.partGroup).flatMap((group) => {
    const parts = all(group, SELECTORS.contentPart);
    // An event (assignment, hand-over) is a group with no content part.
    if (parts.length === 0) return readPart(group, { group, index: 0, customerName }, true) ?? [];
    return parts.flatMap((part, index) => readPart(part, { group, index, customerName }, false) ?? []);
  });
}

/** The value of the details row whose label matches, e.g. "Email": the row's other children. */
function detailsValue(details: Element, label: RegExp): string {
  const labelElement = all(details, SELECTORS.attributeLabel).find((element) => label.test(fieldText(element)));
  const row = labelElement?.parentElement;
  if (!row) return '';
  return [...row.children].filter((child) => child !== labelElement).map(fieldText).join(' ').trim();
}

function readCustomer(document: Document): { name: string; email: string | null } {
  const details = first(document, SELECTORS.userDetails);
  if (!details) return { name: '', email: null };
  const mailto = details.querySelector('a[href^="mailto:"]')?.getAttribute('href') ?? null;
  return {
    name: detailsValue(details, /^name$/i),
    email: findEmailAddress(detailsValue(details, /^e-?mail/i)) ?? findEmailAddress(mailto),
  };
}

/** The title Intercom shows, unless it is just the customer's name; else the first line the customer wrote. */
function subjectOf(page: Element, customerName: string, messages: ConversationMessage[]): string {
  const title = fieldText(first(page, SELECTORS.headerTitle));
  if (title !== '' && title !== customerName) return title;
  const opening = messages.find((message) => message.role === 'customer')?.text ?? '';
  return opening.split('\n')[0]?.trim() ?? '';
}

export const intercomAdapter: HelpdeskAdapter = {
  id: 'intercom',
  label: 'Intercom',
  matches: ['https://app.intercom.com/a/inbox/*'],

  readConversation(document, url) {
    const conversation = conversationFrom(url);
    if (!conversation) return { status: 'none' };
    const page = first(document, SELECTORS.page);
    const stream = page ? first(page, SELECTORS.stream) : null;
    if (!page || !stream) return { status: 'unreadable', problem: 'Intercom: no conversation found on the page.' };

    const customer = readCustomer(document);
    const messages = readStream(stream, customer.name);
    if (messages.length === 0) return { status: 'unreadable', problem: 'Intercom: no messages found in this conversation.' };
    return {
      status: 'read',
      conversation: {
        helpdesk: 'intercom',
        id: `intercom:${conversation.workspace}:${conversation.id}`,
        url: url.href,
        subject: subjectOf(page, customer.name, messages),
        customer,
        messages,
      },
    };
  },

  findComposer(document) {
    const page = first(document, SELECTORS.page);
    // Inside the conversation only: the Copilot panel and other popovers have ProseMirror inputs too.
    const editor = page ? first(page, SELECTORS.composer) : null;
    if (!page || !editor) {
      return { status: 'missing', problem: 'Intercom: no reply box found in this conversation. Open the composer, then approve again.' };
    }
    const inNoteMode = SELECTORS.noteModeAncestor.some((selector) => editor.closest(selector)) || first(page, SELECTORS.noteTabSelected);
    if (inNoteMode) {
      return { status: 'missing', problem: 'Intercom: the composer is set to Note. Switch it to Reply, then approve again.' };
    }
    return { status: 'found', editor };
  },

  // No Send selector is confirmed for Intercom's composer (only generated utility classes were
  // seen), so auto-send stops at inserting and the agent sends.
  findSendButton() {
    return null;
  },

  observedRoot(document) {
    // Ember replaces the conversation page itself on navigation: watch the element that holds it.
    return first(document, SELECTORS.page)?.parentElement ?? null;
  },
};
