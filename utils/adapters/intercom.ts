import { i18n } from '@/utils/i18n';
import type { ConversationMessage, MessageRole } from '../intake/conversation';
import { readableText } from '../page/dom-text';
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
  /** The composer around the editor: its own controls say whether it is in Reply or Note mode. Source: unconfirmed. */
  composerContainer: ['[data-conversation-reply-composer]', '.inbox-2__composer', '.inbox2__composer__container', '.embercom-prosemirror-composer'],
  /**
   * The composer's mode switch ("Reply ▾" / "Note ▾"), a menu button, and its checked menu item.
   * Source: unconfirmed (Support Copilot for Intercom notes describe a Reply/Note switch, not its markup).
   */
  composerModeControl: ['button[aria-haspopup]', '[role="menuitemradio"][aria-checked="true"]', '[role="tab"][aria-selected="true"]'],
  /** The previous inbox put this modifier on the note pane around the editor. Source: unconfirmed. */
  noteModeAncestor: ['.o__note'],
  /** The previous inbox's Reply/Note tabs, the Note tab selected. Source: unconfirmed. */
  noteTabSelected: ['[data-intercom-target="note-tab"].o__selected'],
  /**
   * Layout hints on a part's row: agents' parts right-aligned, customers' left. Source: Support Copilot for
   * Intercom (public extension, 2026 changelog: justify-end / flex-row-reverse / justify-start, data-author-type).
   */
  agentAligned: ['.justify-end', '.flex-row-reverse', '[data-author-type*="admin" i]', '[data-author-type*="agent" i]'],
  customerAligned: ['.justify-start', '[data-author-type*="user" i]', '[data-author-type*="customer" i]'],
} as const;

/** data-part-group-category: 1 customer, 3 teammate (replies and notes), 5 bot, 20 event. */
const ROLE_BY_CATEGORY: Record<string, MessageRole> = { '1': 'customer', '3': 'agent', '5': 'agent', '20': 'system' };

const CONVERSATION_PATH = /^\/a\/inbox\/([^/]+)\/.*\bconversation\/(\d+)\/?$/;

/** The group selector of the current build, where one `group/content-part` element is one part. */
const TAILWIND_PART = SELECTORS.partGroup[1];
/** How far up from a part its row's alignment classes may sit (part → bubble column → row). */
const ALIGNMENT_DEPTH = 4;

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
  /** Already told (the current build's parts). */
  role?: MessageRole;
}

function readPart(part: Element, { group, index, customerName, role: knownRole }: PartContext, isEvent: boolean): ConversationMessage | null {
  const role = knownRole ?? roleOf(part, group, isEvent);
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

type Side = 'left' | 'right';

/**
 * Who wrote a part of the current build, from what the part itself shows: its kind of part, the
 * teammate name tag, its row's alignment; else which side of the stream its bubble sits on
 * (needs layout, so only in a browser), or null when nothing tells.
 */
function tailwindRoleOf(part: Element, stream: Element): MessageRole | Side | null {
  if (first(part, SELECTORS.notePart)) return 'internal-note';
  if (first(part, SELECTORS.userPart)) return 'customer';
  if (first(part, SELECTORS.adminPart) || first(part, SELECTORS.teammateName)) return 'agent';
  for (let node: Element | null = part, depth = 0; node && node !== stream && depth < ALIGNMENT_DEPTH; node = node.parentElement, depth++) {
    const row = node;
    if (SELECTORS.agentAligned.some((selector) => row.matches(selector))) return 'agent';
    if (SELECTORS.customerAligned.some((selector) => row.matches(selector))) return 'customer';
  }
  const bubble = (first(part, SELECTORS.body) ?? part).getBoundingClientRect();
  const area = stream.getBoundingClientRect();
  if (bubble.width === 0 || area.width === 0) return null;
  return bubble.left + bubble.width / 2 > area.left + area.width / 2 ? 'right' : 'left';
}

/**
 * The stream's messages, and how many parts showed no author at all (current build only). Sides
 * tell roles only when the stream has bubbles on both: customers' on the left, the team's on the
 * right; an email thread laid out in one column says nothing.
 */
function readStream(stream: Element, customerName: string): { messages: ConversationMessage[]; authorless: number } {
  const read = all(stream, SELECTORS.partGroup).map((group) => {
    const parts = all(group, SELECTORS.contentPart);
    if (parts.length === 0 && group.matches(TAILWIND_PART) && first(group, SELECTORS.body)) {
      // The current build: the group is the part itself, with no per-part marker.
      return { group, told: tailwindRoleOf(group, stream) };
    }
    return { group, parts };
  });
  const sides = new Set(read.flatMap((entry) => ('told' in entry && (entry.told === 'left' || entry.told === 'right') ? [entry.told] : [])));
  const bySide: Record<Side, MessageRole | null> = sides.size === 2 ? { left: 'customer', right: 'agent' } : { left: null, right: null };
  let authorless = 0;
  const messages = read.flatMap((entry) => {
    const { group } = entry;
    if ('told' in entry) {
      const role = entry.told === 'left' || entry.told === 'right' ? bySide[entry.told] : entry.told;
      if (!role) {
        authorless++;
        return [];
      }
      return readPart(group, { group, index: 0, customerName, role }, false) ?? [];
    }
    // An event (assignment, hand-over) is a group with no content part.
    if (entry.parts.length === 0) return readPart(group, { group, index: 0, customerName }, true) ?? [];
    return entry.parts.flatMap((part, index) => readPart(part, { group, index, customerName }, false) ?? []);
  });
  return { messages, authorless };
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

/**
 * Whether the composer holding this editor is in Note mode, from the composer's own state: its
 * mode switch reads "Note" (the current build), or the previous build's note modifier or tab.
 */
function inNoteMode(editor: HTMLElement, page: Element): boolean {
  const composer = SELECTORS.composerContainer.map((selector) => editor.closest(selector)).find((element) => element);
  const modeControls = composer ? SELECTORS.composerModeControl.flatMap((selector) => [...composer.querySelectorAll(selector)]) : [];
  if (modeControls.some((control) => /^\s*note\b/i.test(control.textContent ?? '') || /^note\b/i.test(control.getAttribute('aria-label') ?? ''))) return true;
  return SELECTORS.noteModeAncestor.some((selector) => editor.closest(selector)) || first(page, SELECTORS.noteTabSelected) !== null;
}

export const intercomAdapter = {
  id: 'intercom',
  label: 'Intercom',
  // Every region's workspace host: US, EU and Australia (Intercom's data hosting regions).
  matches: ['https://app.intercom.com/a/inbox/*', 'https://app.eu.intercom.com/a/inbox/*', 'https://app.au.intercom.com/a/inbox/*'],

  readConversation(document, url) {
    const conversation = conversationFrom(url);
    if (!conversation) return { status: 'none' };
    const page = first(document, SELECTORS.page);
    const stream = page ? first(page, SELECTORS.stream) : null;
    if (!page || !stream) return { status: 'unreadable', problem: i18n.t('pageReading.intercom.noConversation') };

    const customer = readCustomer(document);
    const { messages, authorless } = readStream(stream, customer.name);
    if (authorless > 0) {
      // Guessing would put the team's words in the customer's mouth: say so instead.
      return {
        status: 'unreadable',
        problem: i18n.t('pageReading.intercom.authorless', authorless, { total: authorless + messages.length }),
      };
    }
    if (messages.length === 0) return { status: 'unreadable', problem: i18n.t('pageReading.intercom.noMessages') };
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

  replyBox: {
    findComposer(document) {
      const page = first(document, SELECTORS.page);
      // Inside the conversation only: the Copilot panel and other popovers have ProseMirror inputs too.
      const editor = page ? first(page, SELECTORS.composer) : null;
      if (!page || !editor) {
        return { status: 'missing', problem: i18n.t('pageReading.intercom.noReplyBox') };
      }
      if (inNoteMode(editor, page)) {
        return { status: 'missing', problem: i18n.t('pageReading.intercom.note') };
      }
      return { status: 'found', editor };
    },

    // No Send selector is confirmed for Intercom's composer (only generated utility classes were
    // seen), so auto-send stops at inserting and the agent sends.
    findSendButton() {
      return null;
    },
  },

  observedRoot(document) {
    // Ember replaces the conversation page itself on navigation: watch the element that holds it.
    return first(document, SELECTORS.page)?.parentElement ?? null;
  },
} satisfies HelpdeskAdapter;
