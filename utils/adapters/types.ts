import type { ConversationSnapshot, HelpdeskId } from '../intake/conversation';

/** What reading the page gave: a conversation, nothing to read here, or a miss worth reporting. */
export type ConversationRead =
  | {
      status: 'read';
      conversation: ConversationSnapshot;
      /** The channel the helpdesk's API names for it (Zendesk's via.channel): which Send a reply goes out with. */
      channel?: string | number;
    }
  /** The page is not a conversation (a dashboard, a list view). */
  | { status: 'none' }
  /** The page should show a conversation but the selectors missed: the words for the agent. */
  | { status: 'unreadable'; problem: string };

export type ComposerLookup = { status: 'found'; editor: HTMLElement } | { status: 'missing'; problem: string };

/** Where an approved reply goes; used only by the composer actions (utils/composer-actions/), right before inserting. */
export interface ReplyBoxLookups {
  /** The public-reply editor of the open conversation, if it is there and in reply mode. */
  findComposer(document: Document): ComposerLookup;
  /**
   * The helpdesk's own Send for the open conversation's reply, clicked only
   * when a category opted in to auto-send and its undo countdown ran out;
   * null where it is not known, and auto-send then stops at inserting.
   * `read` is the read of the open conversation just before.
   */
  findSendButton(document: Document, read: Extract<ConversationRead, { status: 'read' }>): HTMLElement | null;
}

/**
 * One helpdesk: where it runs, how its open conversation reads, and where
 * replies go. Readers take the document and URL so vitest can run them on
 * fixture HTML; they never throw into the host page.
 */
export interface HelpdeskAdapter {
  id: HelpdeskId;
  /** Product name, for messages to the agent. */
  label: string;
  /** Manifest match patterns for the content script. */
  matches: string[];
  /** Async where the helpdesk is read through its own API (Zendesk) or a second page (Gmail's print view). */
  readConversation(document: Document, url: URL): ConversationRead | Promise<ConversationRead>;
  /**
   * Absent where the composer actions bring the lookups themselves (Zendesk's: ./zendesk-reply-box.ts),
   * which keeps them out of the content script every helpdesk page loads (#14: ≤ 10 KB).
   */
  replyBox?: ReplyBoxLookups;
  /** The element whose changes mean the conversation may have changed: observers stay inside it. */
  observedRoot(document: Document): Element | null;
  /**
   * Whether the page shows the conversation its URL names, known before it is read (Zendesk:
   * the ticket's column is rendered). The worker then shows a reply drafted ahead for it at
   * once; the read that follows confirms or sets it aside (#18). Absent where no URL names one.
   */
  showsConversationOfUrl?(document: Document, url: URL): boolean;
}
