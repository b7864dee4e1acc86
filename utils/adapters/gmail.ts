import { i18n } from '@/utils/i18n';
import type { ConversationMessage } from '../intake/conversation';
import { readableText } from '../page/dom-text';
import { all, contentId, fieldText, first, isHidden } from './dom';
import { findEmailAddress } from './email-address';
import { readerPart } from '../page/reader-parts';
import type { GmailPrintView, PrintedMessage } from './gmail-print-view';
import type { ConversationRead, HelpdeskAdapter } from './types';

/**
 * Gmail. Navigation is in the URL hash, and Gmail keeps views it has shown in
 * the DOM, hidden: the open thread is the one whose subject is visible. The
 * customer is anyone writing from an address that is not the agent's own:
 * the signed-in account, and the addresses it sends as (aliases, shared and
 * delegated mailboxes). A collapsed message shows only a snippet: the thread
 * is then read in full from Gmail's print view, or not at all.
 */
export const SELECTORS = {
  /** The subject; carries data-thread-perm-id ("thread-f:…") and data-legacy-thread-id. Several exist, one visible. */
  subject: ['h2.hP'],
  /** A thread view, around its subject, messages and inline reply box. */
  thread: ['.if', '.iY'],
  /** The view area that stays while threads and lists come and go. */
  main: ['[role="main"]'],
  /** One message, collapsed or expanded; Gmail marks the expanded ones aria-expanded. */
  message: [
    '[role="list"] > [role="listitem"]',
    // Without the list roles: the expanded message containers themselves.
    '.adn[data-message-id]',
    '.adn.ads',
  ],
  sender: ['span.gD[email]'],
  /** title = the full date in the agent's locale. */
  time: ['span.g3[title]'],
  body: ['div.a3s'],
  /** What a collapsed message shows instead of its body. */
  snippet: ['.iA.g6'],
  bodyNoise: [
    // Quoted history (Gmail's own markup, and class names prefixed when Gmail re-quotes them).
    '.gmail_quote',
    '.gmail_quote_container',
    '[class$="gmail_quote"]',
    '.gmail_attr',
    'blockquote',
    // Signatures.
    '.gmail_signature',
    '[class$="gmail_signature"]',
    '[data-smartmail="gmail_signature"]',
    '.gmail_signature_prefix',
    // Trimmed content and its "•••" toggle.
    '.HOEnZb',
    '.h5',
    '.adm',
    '.ajR',
  ],
  /** The signed-in user's button: aria-label "Google Account: NAME (ADDRESS)"; the prefix is localised. */
  account: ['a[aria-label^="Google Account:"]', 'a[href^="https://accounts.google.com/SignOutOptions"][aria-label*="@"]'],
  /** The user among a message's recipients (Gmail shows "me" for any of the account's addresses). Source: unconfirmed. */
  meRecipient: ['span.g2[name="me"][email]'],
  /** The address a reply or compose box sends from. Source: gmail.js compose (input[name=from]), FlowCrypt (input_from). */
  fromInput: ['.M9 input[name="from"]', '[data-compose-id] input[name="from"]'],
  /** The From chooser's send-as addresses. Source: upfluence/signr-chrome (emailAliases: .J-N.HX value). */
  fromOption: ['.J-N.HX[value]'],
  composer: [
    'div[contenteditable="true"][role="textbox"][aria-label="Message Body"]',
    // aria-label is localised.
    'div[contenteditable="true"][g_editable="true"]',
    'div.Am.Al.editable[contenteditable="true"]',
  ],
  /** Send in a reply box; data-tooltip is localised ("Send ‪(Ctrl-Enter)‬"), the classes are not. */
  send: ['div.T-I.T-I-atl[role="button"]', 'div[role="button"][data-tooltip^="Send"]'],
  /** A reply or compose box. */
  replyBox: ['.M9', '[data-compose-id]'],
  /** In a reply box: the thread it replies to ("#thread-f:…"); empty in a new message. */
  replyThread: ['input[name="rt"]'],
} as const;

/**
 * "#inbox/TOKEN", "#label/Support/TOKEN", "#search/refund/TOKEN", optionally after a page
 * ("#inbox/p2/TOKEN"). TOKEN is the new URL form (FMfcg…) or a legacy 16-hex thread id.
 */
const THREAD_HASH =
  /^#(?:inbox|starred|snoozed|important|imp|sent|scheduled|drafts|all|spam|trash|(?:label|category|search|advanced-search)\/[^/]+)(?:\/p\d+)?\/([A-Za-z0-9]{16,})$/;
const LEGACY_THREAD_ID = /^[0-9a-f]{16}$/;
/** Gmail's tab title ends "… - ADDRESS - Gmail". */
const TITLE_ADDRESS = /\s[-–]\s(\S+@\S+)\s[-–]\s\S+$/;

export function threadTokenFrom(url: URL): string | null {
  // Raw, not decoded: a nested label's slash stays %2F inside its segment.
  return THREAD_HASH.exec(url.hash)?.[1] ?? null;
}

/** Gmail's displayed date as ISO 8601 (it is local time, as the browser parses it), when it has a year and parses. */
export function isoFromGmailDate(title: string): string | null {
  if (!/\b\d{4}\b/.test(title)) return null;
  const time = Date.parse(title.replace(/\s*\(.*\)\s*$/, '').replace(/\s+/g, ' '));
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function openThread(document: Document): { subject: Element; root: Element } | null {
  const subject = all(document, SELECTORS.subject).find((element) => !isHidden(element));
  if (!subject) return null;
  const root = SELECTORS.thread.map((selector) => subject.closest(selector)).find((element) => element) ?? subject.closest(SELECTORS.main[0]);
  return root ? { subject, root } : null;
}

function threadKey(subject: Element, token: string): string {
  return subject.getAttribute('data-thread-perm-id') || subject.getAttribute('data-legacy-thread-id') || token;
}

/** The account's address from its button and from the tab title (a delegated mailbox shows its own there). */
function accountAddresses(document: Document): (string | null)[] {
  return [findEmailAddress(first(document, SELECTORS.account)?.getAttribute('aria-label')), findEmailAddress(TITLE_ADDRESS.exec(document.title)?.[1])];
}

function signedInAddress(document: Document, thread: Element): string | null {
  return accountAddresses(document).find((address) => address !== null) ?? first(thread, SELECTORS.meRecipient)?.getAttribute('email') ?? null;
}

/**
 * Every address that is the agent's own, lower-cased: the signed-in account, the mailbox in the
 * tab title (a delegated mailbox shows its own), "me" among recipients, what reply boxes send
 * from and the From chooser's send-as addresses, and the list from options.
 */
export function ownAddresses(document: Document, thread: Element, extra: readonly string[]): Set<string> {
  const found = [
    ...accountAddresses(document),
    ...all(thread, SELECTORS.meRecipient).map((element) => element.getAttribute('email')),
    ...SELECTORS.fromInput.flatMap((selector) => [...document.querySelectorAll<HTMLInputElement>(selector)].map((input) => findEmailAddress(input.value))),
    ...SELECTORS.fromOption.flatMap((selector) => [...document.querySelectorAll(selector)].map((option) => findEmailAddress(option.getAttribute('value')))),
    ...extra.map((address) => findEmailAddress(address)),
  ];
  return new Set(found.flatMap((address) => (address ? [address.toLowerCase()] : [])));
}

interface GmailMessage extends ConversationMessage {
  email: string | null;
  /** Only its snippet is on the page. */
  collapsed: boolean;
}

function readMessages(thread: Element, own: Set<string>): GmailMessage[] {
  const seen = new Map<string, number>();
  return all(thread, SELECTORS.message)
    .filter((item) => !isHidden(item))
    .flatMap((item): GmailMessage[] => {
      const sender = first(item, SELECTORS.sender);
      const email = sender?.getAttribute('email') ?? null;
      const author = sender?.getAttribute('name') || fieldText(sender);
      const dateTitle = first(item, SELECTORS.time)?.getAttribute('title') ?? '';
      const body = first(item, SELECTORS.body);
      const snippet = body ? null : first(item, SELECTORS.snippet);
      const text = body ? readableText(body, { remove: SELECTORS.bodyNoise }) : snippet ? readableText(snippet) : '';
      if (!sender && text === '') return [];
      // Keyed by who and when, not by Gmail's message id: collapsed messages carry none, and
      // an id that changed on expanding would make an old message look new.
      const key = contentId(email ?? author, dateTitle);
      const repeat = seen.get(key) ?? 0;
      seen.set(key, repeat + 1);
      return [
        {
          id: repeat === 0 ? key : `${key}-${repeat}`,
          role: email !== null && own.has(email.toLowerCase()) ? 'agent' : 'customer',
          author,
          email,
          sentAt: isoFromGmailDate(dateTitle),
          text,
          collapsed: body === null,
        },
      ];
    });
}

/** The reply box's editor, if it is open in this thread (inline, or popped out but replying to it). */
function replyEditorOf(document: Document, thread: { subject: Element; root: Element }): HTMLElement | null {
  const threadId = thread.subject.getAttribute('data-thread-perm-id');
  const repliesHere = (editor: HTMLElement) => {
    const box = SELECTORS.replyBox.map((selector) => editor.closest(selector)).find((element) => element);
    const repliesTo = box ? first<HTMLInputElement>(box, SELECTORS.replyThread)?.value ?? null : null;
    // Inline boxes belong to their thread; anything else must name it.
    if (thread.root.contains(editor)) return repliesTo === null || threadId === null || repliesTo === `#${threadId}`;
    return threadId !== null && repliesTo === `#${threadId}`;
  };
  const editors = SELECTORS.composer.flatMap((selector) => [...document.querySelectorAll<HTMLElement>(selector)]);
  return editors.find((editor) => !isHidden(editor) && repliesHere(editor)) ?? null;
}

export interface GmailAdapterOptions {
  fetch?: typeof fetch;
  /** The agent's other addresses from options (send-as, shared mailboxes); a read waits for them. */
  extraOwnAddresses?: () => readonly string[] | Promise<readonly string[]>;
  /** The print-view reader: injected by the worker the first time a thread needs it; tests give it directly. */
  printView?: () => Promise<GmailPrintView | undefined>;
}

export function createGmailAdapter({
  fetch: fetchFn = (...args) => globalThis.fetch(...args),
  extraOwnAddresses = () => [],
  printView = () => readerPart('gmail-print-view'),
}: GmailAdapterOptions = {}) {
  /** One print view per thread and message count: a thread that grew is fetched again. */
  const printViews = new Map<string, Promise<PrintedMessage[] | null>>();

  function printViewOf(reader: GmailPrintView, url: string, count: number, document: Document) {
    const key = `${url}|${count}`;
    let printed = printViews.get(key);
    if (!printed) {
      printed = reader.fetchPrintView(url, document, fetchFn);
      printViews.set(key, printed);
      // A failure is not kept: the next read (the page changed) tries again.
      void printed.then((result) => result ?? printViews.delete(key));
    }
    return printed;
  }

  return {
    id: 'gmail',
    label: 'Gmail',
    matches: ['https://mail.google.com/mail/*'],

    async readConversation(document, url): Promise<ConversationRead> {
      const token = threadTokenFrom(url);
      if (!token) return { status: 'none' };
      const thread = openThread(document);
      if (!thread) return { status: 'unreadable', problem: i18n.t('pageReading.gmail.noThread') };
      const legacyId = thread.subject.getAttribute('data-legacy-thread-id');
      if (LEGACY_THREAD_ID.test(token) && legacyId && legacyId !== token) {
        return { status: 'unreadable', problem: i18n.t('pageReading.gmail.notShownYet') };
      }
      const ownAddress = signedInAddress(document, thread.root);
      if (!ownAddress) {
        return { status: 'unreadable', problem: i18n.t('pageReading.gmail.whichAddress') };
      }
      let messages = readMessages(thread.root, ownAddresses(document, thread.root, await extraOwnAddresses()));
      if (messages.length === 0) return { status: 'unreadable', problem: i18n.t('pageReading.gmail.noMessages') };

      const collapsed = messages.filter((message) => message.collapsed).length;
      if (collapsed > 0) {
        const reader = await printView();
        const printUrl = reader?.printViewUrl(url, thread.subject);
        const full = reader && printUrl ? reader.withFullText(messages, await printViewOf(reader, printUrl, messages.length, document)) : null;
        if (!full) {
          return {
            status: 'unreadable',
            problem: i18n.t('pageReading.gmail.collapsed', collapsed),
          };
        }
        messages = full;
      }

      const customer = messages.findLast((message) => message.role === 'customer');
      return {
        status: 'read',
        conversation: {
          helpdesk: 'gmail',
          id: `gmail:${ownAddress.toLowerCase()}:${threadKey(thread.subject, token)}`,
          url: url.href,
          subject: fieldText(thread.subject),
          customer: { name: customer?.author ?? '', email: customer?.email ?? null },
          messages: messages.map(({ email: _email, collapsed: _collapsed, ...message }) => message),
        },
      };
    },

    replyBox: {
      findComposer(document) {
        const thread = openThread(document);
        const editor = thread ? replyEditorOf(document, thread) : null;
        if (!editor) return { status: 'missing', problem: i18n.t('pageReading.gmail.noReplyBox') };
        return { status: 'found', editor };
      },

      findSendButton(document) {
        const thread = openThread(document);
        const editor = thread ? replyEditorOf(document, thread) : null;
        const box = editor?.closest(SELECTORS.replyBox.join(', '));
        return box ? first(box, SELECTORS.send) : null;
      },
    },

    observedRoot(document) {
      return first(document, SELECTORS.main);
    },
  } satisfies HelpdeskAdapter;
}

export const gmailAdapter = createGmailAdapter();
