import { UNCATEGORISED, updateIfStatus, type ReplyLoopDatabase } from './db';
import { classifyEdit } from './memory/edit-classification';
import { OK, refused, type ActionResult, type WorkerToContent } from './messages';

export interface ReviewDeps {
  db: ReplyLoopDatabase;
  /** Asks the content script in a tab to insert text; resolves with its answer. */
  sendToTab(tabId: number, message: WorkerToContent): Promise<ActionResult>;
  /** The agent's name from options ('' when unset). */
  reviewerName(): Promise<string>;
  now(): number;
  newId(): string;
}

/** Approve and reject: the human decisions, and what they teach. */
export function createReview(deps: ReviewDeps) {
  const { db } = deps;
  /** Drafts being inserted now: a double click must not insert twice. */
  const inserting = new Set<string>();

  async function approve(draftId: string, finalText: string): Promise<ActionResult> {
    if (inserting.has(draftId)) return refused('This draft is already being inserted.');
    inserting.add(draftId);
    try {
      const draft = await db.drafts.get(draftId);
      if (!draft) return refused('This draft no longer exists.');
      if (draft.status !== 'pending') return refused(`This draft is ${draft.status}; only a pending draft can be approved.`);
      // A reply to a selection on another page has no composer: the panel copies it instead.
      if (draft.helpdesk !== 'web') {
        const inserted = await insertIntoConversation(draft.conversationId, finalText);
        if (!inserted.ok) {
          await db.drafts.update(draftId, { insertBlockedReason: inserted.reason, updatedAt: deps.now() });
          return inserted;
        }
      }

      const now = deps.now();
      const edit = classifyEdit(draft.text, finalText);
      const reviewer = await deps.reviewerName();
      await db.transaction('rw', db.drafts, db.reviews, db.corrections, async () => {
        await updateIfStatus(db, draftId, 'pending', { status: 'approved', insertBlockedReason: null, updatedAt: now });
        await db.reviews.add({
          id: deps.newId(),
          draftId,
          conversationId: draft.conversationId,
          helpdesk: draft.helpdesk,
          category: UNCATEGORISED,
          decision: edit.kind === 'none' ? 'approved' : 'edited',
          editKind: edit.kind === 'none' ? null : edit.kind,
          level: 1,
          reviewer,
          draftText: draft.text,
          finalText,
          sentText: null,
          rejectReason: null,
          decidedAt: now,
        });
        if (edit.kind !== 'none') {
          await db.corrections.add({
            id: deps.newId(),
            draftId,
            conversationId: draft.conversationId,
            helpdesk: draft.helpdesk,
            category: UNCATEGORISED,
            customerMessage: draft.customerMessage,
            draftText: draft.text,
            approvedText: finalText,
            editKind: edit.kind,
            editReasons: edit.reasons,
            author: reviewer,
            history: [],
            createdAt: now,
            updatedAt: now,
          });
        }
      });
      return OK;
    } finally {
      inserting.delete(draftId);
    }
  }

  async function insertIntoConversation(conversationId: string, text: string): Promise<ActionResult> {
    const showing = await db.tabs.where('conversationId').equals(conversationId).sortBy('updatedAt');
    const tabId = showing.at(-1)?.tabId ?? (await db.conversations.get(conversationId))?.lastTabId;
    if (tabId === undefined) return refused('The conversation is not open in any tab. Open it in the helpdesk, then approve again.');
    // The content script re-reads the page and refuses if it now shows another conversation.
    return deps.sendToTab(tabId, { type: 'composer:insert', conversationId, text });
  }

  async function reject(draftId: string, reason: string | null): Promise<ActionResult> {
    const now = deps.now();
    const reviewer = await deps.reviewerName();
    return db.transaction('rw', db.drafts, db.reviews, async () => {
      const draft = await db.drafts.get(draftId);
      const changed = draft ? await updateIfStatus(db, draftId, 'pending', { status: 'rejected', updatedAt: now }) : 0;
      if (!draft || changed === 0) return refused('Only a pending draft can be rejected.');
      await db.reviews.add({
        id: deps.newId(),
        draftId,
        conversationId: draft.conversationId,
        helpdesk: draft.helpdesk,
        category: UNCATEGORISED,
        decision: 'rejected',
        editKind: null,
        level: 1,
        reviewer,
        draftText: draft.text,
        finalText: null,
        sentText: null,
        rejectReason: reason,
        decidedAt: now,
      });
      return OK;
    });
  }

  return { approve, reject };
}
