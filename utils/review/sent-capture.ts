import type { ConversationSnapshot } from '../intake/conversation';
import type { ReplyLoopDatabase, ReviewRecord } from '../storage/db';
import { classifyEdit } from '../memory/edits/edit-classification';

export interface SentCaptureDeps {
  db: ReplyLoopDatabase;
  now(): number;
  newId(): string;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reads back what the agent actually sent. An agent who fixes the reply in
 * the helpdesk's composer after approving has still corrected the draft:
 * the sent text becomes the final version, and the correction says so.
 */
export function createSentCapture(deps: SentCaptureDeps) {
  const { db } = deps;

  /** Call with each new snapshot, before it replaces the stored messages. */
  async function captureSentReply(snapshot: ConversationSnapshot): Promise<void> {
    const known = new Set(
      (await db.messages.where('conversationId').equals(snapshot.id).toArray()).map((message) => message.id),
    );
    // The first sight of a conversation shows its history, not something sent through us.
    if (known.size === 0) return;
    // Only what follows the last message already known: an older reply revealed later ("N older messages") was not just sent.
    const lastKnown = snapshot.messages.findLastIndex((message) => known.has(message.id));
    const sent = snapshot.messages.slice(lastKnown + 1).findLast((message) => message.role === 'agent');
    if (!sent) return;
    const awaiting = (await db.reviews.where('conversationId').equals(snapshot.id).sortBy('decidedAt')).findLast(
      (review) => review.finalText !== null && review.sentText === null,
    );
    if (awaiting) await recordSent(awaiting, sent.text);
  }

  async function recordSent(review: ReviewRecord, sentText: string): Promise<void> {
    if (squeeze(sentText) === squeeze(review.finalText ?? '')) {
      await db.reviews.update(review.id, { sentText });
      return;
    }
    const now = deps.now();
    const edit = classifyEdit(review.draftText, sentText);
    await db.transaction('rw', db.reviews, db.corrections, db.drafts, async () => {
      await db.reviews.update(review.id, {
        sentText,
        finalText: sentText,
        decision: edit.kind === 'none' ? 'approved' : 'edited',
        editKind: edit.kind === 'none' ? null : edit.kind,
      });
      const existing = await db.corrections.where('draftId').equals(review.draftId).first();
      if (edit.kind === 'none') {
        if (existing) await db.corrections.delete(existing.id);
        return;
      }
      const changes = { approvedText: sentText, editKind: edit.kind, editReasons: edit.reasons, updatedAt: now };
      if (existing) {
        const replaced = { approvedText: existing.approvedText, author: existing.author, updatedAt: existing.updatedAt };
        await db.corrections.update(existing.id, { ...changes, history: [...existing.history, replaced] });
        return;
      }
      const draft = await db.drafts.get(review.draftId);
      await db.corrections.add({
        id: deps.newId(),
        draftId: review.draftId,
        conversationId: review.conversationId,
        helpdesk: review.helpdesk,
        category: review.category,
        customerMessage: draft?.customerMessage ?? '',
        draftText: review.draftText,
        author: review.reviewer,
        history: [],
        createdAt: now,
        ...changes,
      });
    });
  }

  return { captureSentReply };
}
