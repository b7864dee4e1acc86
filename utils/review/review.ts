import { i18n } from '@/utils/i18n';
import { quotedText, type StoredReason } from '@/utils/autonomy/reasons';
import type { DirectAction } from '../autonomy/routing';
import { concernsField } from '../autonomy/routine-evidence';
import { auditFor, type AuditEntry } from './audit';
import { SAMPLE_CONVERSATION_ID } from '../intake/sample-conversation';
import { UNCATEGORISED, updateIfStatus, type DraftRecord, type ReplyLoopDatabase, type ReviewDecision } from '../storage/db';
import { classifyEdit } from '../memory/edits/edit-classification';
import { OK, refused, type ActionResult, type Placement, type WorkerToContent } from '../messaging/messages';

export interface ReviewDeps {
  db: ReplyLoopDatabase;
  /** Asks the content script in a tab to insert text; resolves with its answer. */
  sendToTab(tabId: number, message: WorkerToContent): Promise<ActionResult>;
  /** The agent's name from options ('' when unset). */
  reviewerName(): Promise<string>;
  audit(entry: AuditEntry): Promise<void>;
  now(): number;
  newId(): string;
}

/** The reviewer of a reply ReplyLoop posted by itself. */
export const SENT_BY_REPLYLOOP = 'sent by ReplyLoop';

/**
 * What happens to a drafted reply: a human approves (as is or edited),
 * rejects, or reviews a level-3 sample after the fact; or the routing acts
 * directly. Every outcome is a review or an audit entry, and every edit a
 * correction that memory learns from.
 */
export function createReview(deps: ReviewDeps) {
  const { db } = deps;
  /** Drafts being inserted now: a double click (or a human racing the routing) must not insert twice. */
  const inserting = new Set<string>();

  async function exclusively(draftId: string, work: () => Promise<ActionResult>): Promise<ActionResult> {
    if (inserting.has(draftId)) return refused(i18n.t('review.alreadyInserting'));
    inserting.add(draftId);
    try {
      return await work();
    } finally {
      inserting.delete(draftId);
    }
  }


  /** Stores the human's decision, and the correction when the text changed. */
  async function recordDecision(draft: DraftRecord, finalText: string | null, rejectReason: string | null = null): Promise<ReviewDecision> {
    const now = deps.now();
    const reviewer = await deps.reviewerName();
    // After "Draft again", what the model first offered is what the human corrected.
    const firstDraft = draft.firstText ?? draft.text;
    const edit = finalText === null ? null : classifyEdit(firstDraft, finalText);
    const decision: ReviewDecision = edit === null ? 'rejected' : edit.kind === 'none' ? 'approved' : 'edited';
    const category = draft.category ?? UNCATEGORISED;
    // Whether this reply may later count as evidence of routine (#13); unknown is left out, so it does not.
    const known = concernsField(draft);
    // The welcome page's sample is no customer: its approval is logged, but it must not count in the
    // metrics, readiness or shadow scoring (all read reviews), nor teach correction memory.
    if (draft.conversationId === SAMPLE_CONVERSATION_ID) {
      await deps.audit(auditFor(draft, reviewer || 'Agent', decision, finalText));
      return decision;
    }
    await db.transaction('rw', db.reviews, db.corrections, async () => {
      await db.reviews.add({
        id: deps.newId(),
        draftId: draft.id,
        conversationId: draft.conversationId,
        helpdesk: draft.helpdesk,
        category,
        decision,
        editKind: edit && edit.kind !== 'none' ? edit.kind : null,
        level: draft.level ?? 1,
        reviewer,
        draftText: firstDraft,
        finalText,
        sentText: null,
        rejectReason,
        ...(draft.instructions?.length ? { instructions: draft.instructions } : {}),
        // Shadow mode (#18): this verdict scores what levels 2 and 3 would have done with the draft.
        ...(draft.shadow ? { shadow: draft.shadow } : {}),
        ...known,
        decidedAt: now,
      });
      if (edit && edit.kind !== 'none' && finalText !== null) {
        await db.corrections.add({
          id: deps.newId(),
          draftId: draft.id,
          conversationId: draft.conversationId,
          helpdesk: draft.helpdesk,
          category,
          customerMessage: draft.customerMessage,
          draftText: firstDraft,
          approvedText: finalText,
          editKind: edit.kind,
          editReasons: edit.reasons,
          author: reviewer,
          history: [],
          ...known,
          createdAt: now,
          updatedAt: now,
        });
      }
    });
    await deps.audit(auditFor(draft, reviewer || 'Agent', decision, finalText));
    return decision;
  }

  /** Delivers a request to the tab that shows (or last showed) the conversation. */
  async function deliver(draft: DraftRecord, message: WorkerToContent): Promise<ActionResult> {
    const showing = await db.tabs.where('conversationId').equals(draft.conversationId).sortBy('updatedAt');
    const tabId = showing.at(-1)?.tabId ?? (await db.conversations.get(draft.conversationId))?.lastTabId;
    if (tabId === undefined) return refused(i18n.t('review.noTab'));
    // The content script re-reads the page and refuses if it now shows another conversation.
    const result = await deps.sendToTab(tabId, message);
    if (!result.ok) await db.drafts.update(draft.id, { insertBlockedReason: result.reason, updatedAt: deps.now() });
    return result;
  }

  function approve(draftId: string, finalText: string, placement?: Placement): Promise<ActionResult> {
    return exclusively(draftId, async () => {
      const draft = await db.drafts.get(draftId);
      if (!draft) return refused(i18n.t('review.gone'));
      if (draft.status !== 'pending') return refused(i18n.t('review.notPending', { status: draft.status }));
      // A reply to a selection on another page has no composer: the panel copies it instead.
      if (draft.helpdesk !== 'web') {
        const inserted = await deliver(draft, { type: 'composer:insert', conversationId: draft.conversationId, text: finalText, ...(placement && { placement }) });
        if (!inserted.ok) return inserted;
      }
      if (!(await updateIfStatus(db, draftId, 'pending', { status: 'approved', insertBlockedReason: null, updatedAt: deps.now() }))) {
        return refused(i18n.t('review.decidedElsewhere'));
      }
      await recordDecision(draft, finalText);
      return OK;
    });
  }

  async function reject(draftId: string, reason: string | null): Promise<ActionResult> {
    const draft = await db.drafts.get(draftId);
    if (!draft || !(await updateIfStatus(db, draftId, 'pending', { status: 'rejected', updatedAt: deps.now() }))) {
      return refused(i18n.t('review.rejectNotPending'));
    }
    await recordDecision(draft, null, reason);
    return OK;
  }

  /**
   * Acts on a routed draft without review. If the helpdesk refuses (another
   * conversation open, no reply box), the draft goes to the queue instead,
   * with the reason.
   */
  async function actDirectly(draftId: string, action: DirectAction, undoSeconds: number): Promise<void> {
    await exclusively(draftId, async () => {
      const draft = await db.drafts.get(draftId);
      if (draft?.status !== 'pending') return OK;
      const message: WorkerToContent =
        action === 'insert'
          ? { type: 'composer:insert', conversationId: draft.conversationId, text: draft.text }
          : { type: 'composer:send-after-undo', conversationId: draft.conversationId, text: draft.text, undoSeconds };
      const result = await deliver(draft, message);
      if (!result.ok) {
        const reasons: StoredReason[] = [{ code: 'could-not-act', detail: quotedText(result.reason) }, ...draft.reasons];
        await db.drafts.update(draftId, { route: 'review', reasons });
        await deps.audit(auditFor({ ...draft, route: 'review' }, 'ReplyLoop', 'routed', null, reasons));
        return result;
      }
      await updateIfStatus(db, draftId, 'pending', { status: 'auto-inserted', insertBlockedReason: null, updatedAt: deps.now() });
      await deps.audit(auditFor(draft, 'ReplyLoop', 'inserted', draft.text));
      return OK;
    });
  }

  /** The helpdesk tab reports how an undo countdown ended. */
  async function sendFinished(conversationId: string, outcome: 'sent' | 'cancelled' | 'withheld', reason?: string): Promise<void> {
    const counting = (await db.drafts.where('conversationId').equals(conversationId).sortBy('updatedAt')).findLast(
      (draft) => draft.status === 'auto-inserted' && draft.route !== null && ['send-after-undo', 'sample-later'].includes(draft.route),
    );
    if (!counting) return;
    if (outcome === 'sent') await updateIfStatus(db, counting.id, 'auto-inserted', { status: 'auto-sent', updatedAt: deps.now() });
    if (outcome === 'withheld') {
      // The page hid the countdown: the reply waits in the composer, and the draft says why it was not sent (#19).
      const reasons = [reason ?? i18n.t('countdown.withheld.notVisible'), ...counting.reasons];
      await db.drafts.update(counting.id, { reasons, updatedAt: deps.now() });
      await deps.audit(auditFor(counting, 'ReplyLoop', 'send-withheld', counting.text, reasons));
      return;
    }
    await deps.audit(auditFor(counting, outcome === 'sent' ? 'ReplyLoop' : (await deps.reviewerName()) || 'Agent', outcome === 'sent' ? 'sent' : 'send-cancelled', counting.text));
  }

  /** A human looks at a level-3 sample after the fact: fine as it was, or corrected (memory learns it). */
  async function reviewSample(draftId: string, correctedText: string | null): Promise<ActionResult> {
    const draft = await db.drafts.get(draftId);
    if (!draft?.sampled || draft.sampleReviewed) return refused(i18n.t('review.notSampled'));
    await db.drafts.update(draftId, { sampleReviewed: true, updatedAt: deps.now() });
    const decision = await recordDecision(draft, correctedText ?? draft.text);
    await deps.audit(auditFor(draft, (await deps.reviewerName()) || 'Agent', decision === 'approved' ? 'sample-fine' : 'sample-corrected', correctedText ?? draft.text));
    return OK;
  }

  /**
   * A reply ReplyLoop posted itself (draft-ahead's auto-send): recorded as a
   * review "sent by ReplyLoop", with the audit entry. Level changes never
   * count these: a category must not promote itself on its own sends.
   */
  async function recordSentByReplyLoop(draft: DraftRecord, reasons: StoredReason[]): Promise<void> {
    await db.reviews.add({
      id: deps.newId(),
      draftId: draft.id,
      conversationId: draft.conversationId,
      helpdesk: draft.helpdesk,
      category: draft.category ?? UNCATEGORISED,
      decision: 'approved',
      editKind: null,
      level: draft.level ?? 1,
      reviewer: SENT_BY_REPLYLOOP,
      draftText: draft.text,
      finalText: draft.text,
      sentText: draft.text,
      rejectReason: null,
      ...concernsField(draft),
      decidedAt: deps.now(),
    });
    await deps.audit(auditFor(draft, 'ReplyLoop', 'sent', draft.text, reasons));
  }

  return { approve, reject, actDirectly, sendFinished, reviewSample, recordSentByReplyLoop };
}

export type Review = ReturnType<typeof createReview>;
