import type { ConversationSnapshot, HelpdeskId } from './conversation';
import { latestCustomerMessage } from './conversation';
import { OPEN_DRAFT_STATUSES, UNROUTED, updateIfStatus, type AuditRecord, type DraftRecord, type MessageRecord, type ReplyLoopDatabase } from './db';
import { findCategory, type Taxonomy } from './autonomy/categories';
import { routeDraft, type DirectAction } from './autonomy/routing';
import { askModelForDraft, type Complete } from './draft-model';
import { describeModelFailure, missingKeyError } from './llm';
import type { Sampler } from './sampler';
import { structuredDraftInstructions } from './structured-draft';
import type { CorrectionMemory } from './memory/correction-memory';
import { gatherDraftContext, type DraftContext } from './memory/draft-context';
import { redactPromptInput } from './privacy/redact-prompt';
import { restore, type RedactionKinds, type RedactionMapping } from './privacy/redaction';
import { buildDraftPrompt, type ChatMessage } from './prompt';
import type { ModelSettings } from './settings';

/** What the drafting logic needs from the outside world, so tests can supply fakes. */
export interface DraftingDeps {
  db: ReplyLoopDatabase;
  memory: Pick<CorrectionMemory, 'recall'>;
  loadSettings(): Promise<ModelSettings>;
  loadRedactionKinds(): Promise<RedactionKinds>;
  loadTaxonomy(): Promise<Taxonomy>;
  complete: Complete;
  /** Waits between retries (tests pass one that does not wait). */
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
  sampler: Pick<Sampler, 'draw' | 'countActed'>;
  /** Acts on a routed draft without review (insert, or send after the undo countdown). */
  actDirectly(draftId: string, action: DirectAction, undoSeconds: number): Promise<void>;
  audit(entry: Omit<AuditRecord, 'id' | 'at'>): Promise<void>;
  now(): number;
  newId(): string;
}

/** How often streamed text is written to IndexedDB (and so reaches the panel). */
const STREAM_WRITE_INTERVAL_MS = 150;

export function createDrafting(deps: DraftingDeps) {
  const { db } = deps;
  /** Drafts this worker is writing now, with the switch that cancels each; a restarted worker starts empty and resumes from the database. */
  const running = new Map<string, AbortController>();

  /**
   * Stores what the helpdesk tab shows and, when the customer has written
   * something not yet drafted, creates the draft row (the caller then runs
   * it). Returns the new draft's id.
   */
  async function recordConversation(snapshot: ConversationSnapshot, tabId: number): Promise<string | null> {
    const now = deps.now();
    const latest = latestCustomerMessage(snapshot.messages);
    const draftId = await db.transaction('rw', [db.conversations, db.messages, db.drafts, db.tabs], async () => {
      await db.tabs.put({ tabId, helpdesk: snapshot.helpdesk, conversationId: snapshot.id, problem: null, updatedAt: now });
      await db.conversations.put({
        id: snapshot.id,
        helpdesk: snapshot.helpdesk,
        url: snapshot.url,
        subject: snapshot.subject,
        customerName: snapshot.customer.name,
        customerEmail: snapshot.customer.email,
        lastTabId: tabId,
        updatedAt: now,
      });
      await db.messages.where('conversationId').equals(snapshot.id).delete();
      await db.messages.bulkPut(
        snapshot.messages.map((message, position): MessageRecord => ({ ...message, conversationId: snapshot.id, position })),
      );
      if (!latest) return null;

      const existing = await db.drafts.where('conversationId').equals(snapshot.id).toArray();
      if (existing.some((draft) => draft.customerMessageId === latest.id)) return null;
      // The customer wrote again: an unreviewed draft answers a question that is no longer the last word.
      const outdated = existing.filter((draft) => OPEN_DRAFT_STATUSES.includes(draft.status));
      await Promise.all(outdated.map((draft) => db.drafts.update(draft.id, { status: 'stale', updatedAt: now })));

      const draft: DraftRecord = {
        id: deps.newId(),
        conversationId: snapshot.id,
        helpdesk: snapshot.helpdesk,
        customerMessageId: latest.id,
        customerMessage: latest.text,
        status: 'drafting',
        text: '',
        error: null,
        insertBlockedReason: null,
        model: '',
        provenance: [],
        nearestKnownSimilarity: null,
        redactions: null,
        ...UNROUTED,
        createdAt: now,
        updatedAt: now,
      };
      await db.drafts.add(draft);
      return draft.id;
    });
    return draftId;
  }

  /** A helpdesk tab whose page could not be read: the panel says so instead of showing nothing. */
  async function recordUnreadable(tabId: number, helpdesk: HelpdeskId, problem: string): Promise<void> {
    await db.tabs.put({ tabId, helpdesk, conversationId: null, problem, updatedAt: deps.now() });
  }

  /** Writes (or rewrites) a draft that is in the 'drafting' state. */
  async function runDraft(draftId: string): Promise<void> {
    if (running.has(draftId)) return;
    const cancel = new AbortController();
    running.set(draftId, cancel);
    try {
      const draft = await db.drafts.get(draftId);
      if (!draft || draft.status !== 'drafting') return;
      const settings = await deps.loadSettings();
      await db.drafts.update(draftId, { model: settings.model, text: '', error: null });
      try {
        if (settings.apiKey === '') throw missingKeyError();
        const taxonomy = await deps.loadTaxonomy();
        const { prompt, mapping, contextTexts, nearestKnownByCategory } = await promptFor(draft, taxonomy);
        let lastWrite = 0;
        const parsed = await askModelForDraft({
          complete: deps.complete,
          settings,
          prompt,
          taxonomy,
          signal: cancel.signal,
          sleep: deps.sleep,
          onReply: (replySoFar) => {
            const now = deps.now();
            if (now - lastWrite < STREAM_WRITE_INTERVAL_MS) return;
            lastWrite = now;
            void updateIfStatus(db, draftId, 'drafting', { text: restore(replySoFar, mapping), progressNote: null, updatedAt: now });
          },
          onWait: (note) => void updateIfStatus(db, draftId, 'drafting', { progressNote: note, updatedAt: deps.now() }),
        });
        // The agent sees the real values again; the model never did.
        const text = restore(parsed.reply, mapping);
        const category = findCategory(taxonomy, parsed.assessment.category);
        const decision = routeDraft({
          draft: { text, category: category.id, confidence: parsed.assessment.confidence, modelFlags: parsed.assessment.flags },
          customerText: draft.customerMessage,
          contextTexts,
          settings: category,
          // Only approved replies of the draft's own category say its question is a known one.
          memory: { nearestKnownSimilarity: nearestKnownByCategory[category.id] ?? null },
          sampleDraw: await deps.sampler.draw(category.id, category.sampleRate),
        });
        const routed = {
          category: category.id,
          confidence: parsed.assessment.confidence,
          flags: parsed.assessment.flags,
          level: category.level,
          route: decision.route,
          reasons: decision.reasons,
          sampled: decision.route === 'sample-later',
        };
        if (!(await finish(draftId, { status: 'pending', text, error: null, progressNote: null, ...routed }))) return;
        await deps.audit({ draftId, conversationId: draft.conversationId, helpdesk: draft.helpdesk, category: category.id, level: category.level, route: decision.route, reasons: decision.reasons, actor: 'ReplyLoop', action: 'routed', finalText: null });
        if (decision.action) {
          // Level 3 samples a share of what it acts on, counted per category.
          if (category.level === 3) await deps.sampler.countActed(category.id);
          await deps.actDirectly(draftId, decision.action, category.undoSeconds);
        }
      } catch (error) {
        await finish(draftId, { status: 'failed', error: describeModelFailure(error), progressNote: null });
      }
    } finally {
      running.delete(draftId);
    }
  }

  /** Stops a draft being written; it stays, failed as cancelled, for Retry. */
  async function cancelDraft(draftId: string): Promise<boolean> {
    const drafting = running.get(draftId);
    if (drafting) {
      drafting.abort(new DOMException('Cancelled by the agent', 'AbortError'));
      return true;
    }
    // Not being written here (the worker restarted): settle the row itself.
    return (await finish(draftId, { status: 'failed', error: describeModelFailure(new DOMException('Cancelled', 'AbortError')), progressNote: null })) === true;
  }

  /** Settles a draft unless something else (a newer customer message) already did; says whether it did. */
  async function finish(draftId: string, changes: Partial<DraftRecord>): Promise<boolean> {
    return (await updateIfStatus(db, draftId, 'drafting', { ...changes, updatedAt: deps.now() })) === 1;
  }

  /**
   * The prompt, with what memory knows about similar messages, and personal
   * data hidden; records on the draft where its context came from and what
   * was hidden. The mapping that restores the values stays in this worker.
   */
  async function promptFor(
    draft: DraftRecord,
    taxonomy: Taxonomy,
  ): Promise<{ prompt: ChatMessage[]; mapping: RedactionMapping; contextTexts: string[]; nearestKnownByCategory: Record<string, number> }> {
    const conversation = await db.conversations.get(draft.conversationId);
    const messages = await db.messages.where('conversationId').equals(draft.conversationId).sortBy('position');
    // Memory makes drafts better; a memory fault must not stop the draft.
    const context = await gatherDraftContext(db, deps.memory, draft.customerMessage).catch((error: unknown): DraftContext => {
      console.error('[ReplyLoop] correction memory unavailable for this draft', error);
      return { examples: [], knowledge: [], provenance: [], nearestKnownSimilarity: null, nearestKnownByCategory: {} };
    });
    const redacted = redactPromptInput(
      {
        subject: conversation?.subject ?? '',
        customerName: conversation?.customerName ?? '',
        messages,
        latestCustomerMessage: draft.customerMessage,
        examples: context.examples,
        knowledge: context.knowledge,
      },
      await deps.loadRedactionKinds(),
    );
    await db.drafts.update(draft.id, {
      provenance: context.provenance,
      nearestKnownSimilarity: context.nearestKnownSimilarity,
      redactions: redacted.summary,
    });
    const prompt = buildDraftPrompt(redacted.input);
    prompt[0]!.content += `\n\n${structuredDraftInstructions(taxonomy)}`;
    // What may back the draft's facts, for the risky-claim check.
    const contextTexts = [
      ...messages.map((message) => message.text),
      ...context.examples.map((example) => example.approvedReply),
      ...context.knowledge.map((chunk) => chunk.text),
    ];
    return { prompt, mapping: redacted.mapping, contextTexts, nearestKnownByCategory: context.nearestKnownByCategory };
  }

  /** Called when the worker starts: a worker killed mid-draft loses no request. */
  async function resumeInterruptedDrafts(): Promise<void> {
    const interrupted = await db.drafts.where('status').equals('drafting').primaryKeys();
    await Promise.all(interrupted.map((id) => runDraft(id)));
  }

  /** Drafts a failed draft again, e.g. after the key was fixed. */
  async function retryDraft(draftId: string): Promise<boolean> {
    const restarted = await updateIfStatus(db, draftId, 'failed', {
      status: 'drafting',
      error: null,
      text: '',
      updatedAt: deps.now(),
    });
    if (restarted === 0) return false;
    await runDraft(draftId);
    return true;
  }

  return { recordConversation, recordUnreadable, runDraft, resumeInterruptedDrafts, retryDraft, cancelDraft };
}

export type Drafting = ReturnType<typeof createDrafting>;
