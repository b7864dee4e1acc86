import { i18n } from '@/utils/i18n';
import type { ConversationRead, HelpdeskAdapter, ReplyBoxLookups } from '../adapters/types';
import type { HelpdeskId } from '../intake/conversation';
import { refused, type ActionResult } from '../messaging/action-result';
import type { ContentToWorker } from '../messaging/messages';
import type { insertReply } from '../insertion/insert-reply';
import type { showUndoCountdown } from '../insertion/undo-countdown';
import { composerRequestSchema } from './requests';

type SendOutcome = Extract<ContentToWorker, { type: 'composer:send-finished' }>['outcome'];

/** What the tab's content script lends the composer actions for one request: its adapter and its reads. */
export interface ComposerTab {
  adapter: Pick<HelpdeskAdapter, 'id' | 'label' | 'replyBox'>;
  document: Document;
  /** The adapter's read of the open conversation, never throwing. */
  readOpenConversation(): Promise<ConversationRead>;
  /** Tells the worker how a send after the undo countdown ended. */
  sendFinished(conversationId: string, outcome: SendOutcome, reason?: string): void;
}

/** What the composer actions bring to the tab. */
export interface ComposerTools {
  /** insertReply, its outcome in the agent's words (explain.ts). */
  insertReply: (...request: Parameters<typeof insertReply>) => Promise<ActionResult>;
  showUndoCountdown: typeof showUndoCountdown;
  /** The reply-box lookups of adapters that leave them out of their content script (HelpdeskAdapter.replyBox). */
  replyBoxes: Partial<Record<HelpdeskId, ReplyBoxLookups>>;
}

/**
 * A composer request from the worker, validated here; then inserted, but only into the
 * conversation it was drafted for. Undefined for a message that is not a valid request (no answer,
 * as for any message a receiver drops).
 */
export async function handleComposerRequest(message: unknown, tab: ComposerTab, tools: ComposerTools): Promise<ActionResult | undefined> {
  const parsed = composerRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  const { adapter, document } = tab;
  const read = await tab.readOpenConversation();
  if (read.status !== 'read') {
    return refused(i18n.t('workerRefusals.nothingReadable', { helpdesk: adapter.label }));
  }
  if (read.conversation.id !== request.conversationId) {
    return refused(i18n.t('workerRefusals.otherConversation', { subject: read.conversation.subject || read.conversation.id }));
  }
  try {
    const replyBox = adapter.replyBox ?? tools.replyBoxes[adapter.id];
    if (!replyBox) throw new Error(`no reply-box lookups for ${adapter.id}`);
    const composer = replyBox.findComposer(document);
    if (composer.status === 'missing') return refused(composer.problem);
    const inserted = await tools.insertReply(composer.editor, request.text, request.type === 'composer:insert' ? request.placement : 'after-text');
    if (inserted.ok && request.type === 'composer:send-after-undo') sendAfterUndo(tab, tools, replyBox, request.conversationId, request.undoSeconds);
    return inserted;
  } catch (error) {
    console.warn(`[ReplyLoop] ${adapter.label} insertion failed`, error);
    return refused(i18n.t('workerRefusals.composerFailed', { helpdesk: adapter.label }));
  }
}

/** The agent can cancel until the countdown ends; then the helpdesk's own Send is clicked, if the agent could see the countdown all along. */
function sendAfterUndo(tab: ComposerTab, tools: ComposerTools, replyBox: ReplyBoxLookups, conversationId: string, undoSeconds: number): void {
  const finished = (outcome: SendOutcome, reason?: string) => tab.sendFinished(conversationId, outcome, reason);
  tools.showUndoCountdown(tab.document, undoSeconds, {
    onCancel: () => finished('cancelled'),
    onHidden: (reason) => finished('withheld', reason),
    onSend: async () => {
      // Only if the same conversation is still open: the interlock holds for sending too.
      const read = await tab.readOpenConversation();
      const send = read.status === 'read' && read.conversation.id === conversationId ? replyBox.findSendButton(tab.document, read) : null;
      send?.click();
      finished(send ? 'sent' : 'cancelled');
    },
  });
}
