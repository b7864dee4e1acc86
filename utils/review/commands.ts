import { i18n } from '@/utils/i18n';
import type { ReplyLoopDatabase } from '../storage/db';
import { OK, refused, type ActionResult } from '../messaging/messages';

interface CommandDeps {
  db: ReplyLoopDatabase;
  approve(draftId: string, text: string): Promise<ActionResult>;
  /** Shows a conversation: its tab if still open, else its URL in a new tab. */
  showConversation(tabId: number | null, url: string): Promise<void>;
}

/** Approve and next act on the active helpdesk tab's conversation, exactly as the panel would. */
export function createCommands(deps: CommandDeps) {
  const pendingFor = (conversationId: string) => deps.db.drafts.where('conversationId').equals(conversationId).and((draft) => draft.status === 'pending').first();

  async function approveOnScreen(tabId: number): Promise<ActionResult> {
    const conversationId = (await deps.db.tabs.get(tabId))?.conversationId;
    if (!conversationId) return refused(i18n.t('workerRefusals.noConversationInTab'));
    const draft = await pendingFor(conversationId);
    if (!draft) return refused(i18n.t('workerRefusals.noDraftWaiting'));
    return deps.approve(draft.id, draft.text);
  }

  /** The oldest waiting draft of another conversation than the one on screen. */
  async function nextFrom(tabId: number | null): Promise<ActionResult> {
    const current = tabId === null ? null : ((await deps.db.tabs.get(tabId))?.conversationId ?? null);
    const waiting = await deps.db.drafts.where('status').equals('pending').sortBy('createdAt');
    const next = waiting.find((draft) => draft.conversationId !== current);
    if (!next) return refused(i18n.t('workerRefusals.noOtherDraft'));
    const conversation = await deps.db.conversations.get(next.conversationId);
    if (!conversation) return refused(i18n.t('workerRefusals.nextConversationUnknown'));
    await deps.showConversation(conversation.lastTabId ?? null, conversation.url);
    return OK;
  }

  return { approveOnScreen, nextFrom };
}
