import { i18n } from '@/utils/i18n';
import type { ConversationMessage, ConversationSnapshot, HelpdeskId } from '../intake/conversation';
import { latestCustomerMessage } from '../intake/conversation';
import { OPEN_DRAFT_STATUSES, UNROUTED, updateIfStatus, type AheadOf, type AuditRecord, type DraftRecord, type MessageRecord, type ReplyLoopDatabase } from '../storage/db';
import { findCategory, type Taxonomy } from '../autonomy/categories';
import { routeDraft, type DirectAction, type RoutingDecision, type RoutingInput } from '../autonomy/routing';
import type { StoredReason } from '../autonomy/reasons';
import { shadowDecisions } from '../autonomy/shadow';
import { askModelForDraft, type Complete } from './draft-model';
import { describeModelFailure, missingKeyError } from './llm';
import { OK, refused, type ActionResult } from '../messaging/messages';
import type { Sampler } from '../review/sampler';
import { structuredDraftInstructions, SUMMARY_INSTRUCTIONS } from './structured-draft';
import { detectLanguage } from '../drafting-tools/language';
import type { CorrectionMemory } from '../memory/correction-memory';
import { gatherDraftContext, type DraftContext } from '../memory/draft-context';
import { redactConversation, withQuotedRedacted } from '../privacy/redact-prompt';
import { restore, type RedactionKinds, type RedactionMapping } from '../privacy/redaction';
import { buildDraftPrompt, type ChatMessage } from './prompt';
import type { ModelSettings } from '../settings/settings';
import { applyVoice, voiceInstructions, type AgentVoice } from './voice';
import { markPipeline, pipelineMarker, type PipelineMarker } from '../metrics/pipeline-trace';
import Dexie from 'dexie';

/**
 * Whether a draft answers the customer's latest message. The API and the page
 * give the same message different ids, so a draft from the other source
 * answers it when the text is the same: opening a ticket drafted ahead shows
 * that draft, and reading ahead a ticket already open drafts nothing new.
 */
function answersMessage(draft: DraftRecord, latest: ConversationMessage, fromApi: boolean): boolean {
  if (draft.customerMessageId === latest.id) return true;
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return Boolean(draft.aheadOf) !== fromApi && normalise(draft.customerMessage) === normalise(latest.text);
}
import { storageProblemCode } from '../storage/storage-problem';
import type { DraftError, StorageProblemCode } from './model-problem';

/** What the drafting logic needs from the outside world, so tests can supply fakes. */
export interface DraftingDeps {
  db: ReplyLoopDatabase;
  memory: Pick<CorrectionMemory, 'recall'>;
  loadSettings(): Promise<ModelSettings>;
  loadRedactionKinds(): Promise<RedactionKinds>;
  loadTaxonomy(): Promise<Taxonomy>;
  /** The agent's greeting and signature, and the team's tone guidance. */
  loadVoice(): Promise<{ voice: AgentVoice; teamTone: string }>;
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

/** Conversations longer than this many messages get a summary at the top of the review (#16). */
export const SUMMARY_MIN_MESSAGES = 6;

/** How often streamed text is written to IndexedDB (and so reaches the panel). */
const STREAM_WRITE_INTERVAL_MS = 150;
/**
 * Memory context gathered ahead (while the conversation is being stored) is
 * used for a draft begun within this long; older, it may miss a correction
 * saved meanwhile, so it is gathered again.
 */
const PREPARED_CONTEXT_MS = 10_000;

export function createDrafting(deps: DraftingDeps) {
  const { db } = deps;
  /** Drafts this worker is writing now, with the switch that cancels each; a restarted worker starts empty and resumes from the database. */
  const running = new Map<string, AbortController>();
  /** Memory context gathered ahead for a customer message, by its text (see `prepare`). */
  const prepared = new Map<string, { context: Promise<DraftContext>; at: number }>();

  /**
   * Starts gathering memory context for the customer's latest message as the
   * report arrives, so the recall (an embedding request and a search) runs
   * while the snapshot is stored and the draft set up, not after (#14). Not
   * first asking whether a draft answers the message already: that read would
   * delay every recall, and memory embeds each query text once. Only a hint:
   * the draft gathers its own context when none was prepared.
   */
  function prepare(snapshot: ConversationSnapshot): void {
    const latest = latestCustomerMessage(snapshot.messages);
    if (!latest || prepared.has(latest.text)) return;
    const mark = pipelineMarker(snapshot.id);
    mark('recall-start');
    const context = contextFor(latest.text, mark);
    void context.then(() => mark('recall-done'));
    prepared.set(latest.text, { context, at: deps.now() });
    setTimeout(() => prepared.delete(latest.text), PREPARED_CONTEXT_MS);
  }

  /** What memory knows about a customer message; a memory fault must not stop the draft. */
  function contextFor(customerMessage: string, mark?: PipelineMarker): Promise<DraftContext> {
    return gatherDraftContext(db, deps.memory, customerMessage, mark).catch((error: unknown): DraftContext => {
      console.error('[ReplyLoop] correction memory unavailable for this draft', error);
      return { examples: [], knowledge: [], provenance: [], nearestKnownSimilarity: null, nearestKnownByCategory: {} };
    });
  }

  /** The context prepared for this message if fresh (used once), else a new one. */
  function takeContext(customerMessage: string): Promise<DraftContext> {
    const ahead = prepared.get(customerMessage);
    prepared.delete(customerMessage);
    return ahead && deps.now() - ahead.at <= PREPARED_CONTEXT_MS ? ahead.context : contextFor(customerMessage);
  }

  /**
   * Stores what the helpdesk tab shows and, when the customer has written
   * something not yet drafted, creates the draft row (the caller then runs
   * it). Returns the new draft's id. `onDraft` hears of the new draft as
   * soon as it is decided, before the transaction commits: `stored` settles
   * with the commit.
   */
  async function recordConversation(
    snapshot: ConversationSnapshot,
    tabId: number,
    ahead?: AheadOf,
    onDraft?: (draft: DraftRecord, stored: Promise<unknown>) => void,
  ): Promise<string | null> {
    const now = deps.now();
    const latest = latestCustomerMessage(snapshot.messages);
    // The commit, as the listener sees it (the transaction's own promise exists only once the call returns).
    let committed: (outcome: Promise<unknown>) => void = () => undefined;
    const commit = new Promise<unknown>((resolve) => (committed = resolve));
    // The caller hears of a failed commit from the returned promise; the listener from this one.
    commit.catch(() => undefined);
    const stored = db.transaction('rw', [db.conversations, db.messages, db.drafts, db.tabs], async () => {
      // The draft is decided first, so it can start while the snapshot is written.
      const draft = latest ? await newDraftFor(snapshot, latest, now, ahead) : null;
      // Told outside the transaction: what the listener starts must not join (and outlive) it.
      if (draft && onDraft) Dexie.ignoreTransaction(() => onDraft(draft, commit));
      // Read ahead through the API, the ticket is not on screen in that tab.
      if (!ahead) await db.tabs.put({ tabId, helpdesk: snapshot.helpdesk, conversationId: snapshot.id, problem: null, updatedAt: now });
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
      return draft?.id ?? null;
    });
    committed(stored);
    return stored;
  }

  /** Inside recordConversation's transaction: the draft row for `latest`, unless a draft answers it already. */
  async function newDraftFor(snapshot: ConversationSnapshot, latest: ConversationMessage, now: number, ahead?: AheadOf): Promise<DraftRecord | null> {
    const existing = await db.drafts.where('conversationId').equals(snapshot.id).toArray();
    if (existing.some((draft) => answersMessage(draft, latest, ahead !== undefined))) return null;
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
      aheadOf: ahead ?? null,
      postAt: null,
      createdAt: now,
      updatedAt: now,
    };
    await db.drafts.add(draft);
    return draft;
  }

  /**
   * Stores a snapshot and writes the draft it calls for, asking the model
   * before the snapshot's transaction has committed: the prompt is built
   * from the snapshot in hand. Nothing is lost if the commit fails: no
   * draft row exists, the request is cancelled, and the tab's next report
   * (the intake refuses this one) drafts again. The draft's own writes wait
   * for the commit. Resolves once the snapshot is stored.
   */
  function recordAndDraft(snapshot: ConversationSnapshot, tabId: number): Promise<string | null> {
    return recordConversation(snapshot, tabId, undefined, (draft, stored) => void runDraft(draft.id, { draft, snapshot, stored }));
  }

  /**
   * A tab opened a ticket drafted ahead, not read yet: the panel shows that
   * draft at once instead of after the read (#18's open-to-draft). The read
   * that follows confirms it, or sets it aside if the customer wrote since.
   */
  async function showDraftedAhead(tabId: number, conversationId: string): Promise<void> {
    await db.transaction('rw', [db.drafts, db.tabs], async () => {
      const ready = await db.drafts.where('conversationId').equals(conversationId).filter((draft) => Boolean(draft.aheadOf) && OPEN_DRAFT_STATUSES.includes(draft.status)).first();
      if (ready) await db.tabs.put({ tabId, helpdesk: ready.helpdesk, conversationId, problem: null, updatedAt: deps.now() });
    });
  }

  /** A helpdesk tab whose page could not be read: the panel says so instead of showing nothing. */
  async function recordUnreadable(tabId: number, helpdesk: HelpdeskId, problem: string): Promise<void> {
    await db.tabs.put({ tabId, helpdesk, conversationId: null, problem, updatedAt: deps.now() });
  }

  /**
   * Writes (or rewrites) a draft that is in the 'drafting' state. `early`:
   * the draft was just decided from this snapshot and its row is still being
   * stored (`stored`); the model is asked meanwhile, and every write to the
   * row waits for it.
   */
  async function runDraft(draftId: string, early?: { draft: DraftRecord; snapshot: ConversationSnapshot; stored: Promise<unknown> }): Promise<void> {
    if (running.has(draftId)) return;
    const cancel = new AbortController();
    running.set(draftId, cancel);
    try {
      const draft = early?.draft ?? (await db.drafts.get(draftId));
      if (!draft || draft.status !== 'drafting') return;
      markPipeline('draft-start', draft.conversationId);
      const settings = await deps.loadSettings();
      /** What the agent had seen stream in, and the storage problem that stopped it (#13). */
      let partialText = '';
      let storageProblem: StorageProblemCode | null = null;
      // The row is in storage and notes the model: writes to it wait for this, the model request does not.
      let rowWritten = false;
      const rowReady = (early?.stored ?? Promise.resolve())
        .then(() => db.drafts.update(draftId, { model: settings.model, text: '', error: null }))
        .then(() => void (rowWritten = true));
      rowReady.catch((error: unknown) => {
        storageProblem = storageProblemCode(error) ?? 'not-saved';
        cancel.abort(new DOMException(storageProblem, 'AbortError'));
      });
      try {
        if (settings.apiKey === '') {
          await rowReady;
          throw missingKeyError();
        }
        // Independent reads, at once: each is a storage round trip, and they add up on a busy machine.
        const [taxonomy, { voice, teamTone }, { prompt, mapping, contextTexts, nearestKnownByCategory, customerName, provenanceWritten, messageCount }] = await Promise.all([
          deps.loadTaxonomy(),
          deps.loadVoice(),
          promptFor(draft, rowReady, early?.snapshot),
        ]);
        prompt[0]!.content += `\n\n${structuredDraftInstructions(taxonomy)}`;
        const voiceRules = voiceInstructions(voice, teamTone);
        if (voiceRules) prompt[0]!.content += `\n\n${voiceRules}`;
        // A long conversation is summarised in the same answer: same redaction, cached with the draft (#16).
        const withSummary = messageCount > SUMMARY_MIN_MESSAGES;
        if (withSummary) prompt[0]!.content += `\n\n${SUMMARY_INSTRUCTIONS}`;
        let lastWrite = 0;
        const parsed = await askModelForDraft({
          complete: (...request) => (markPipeline('request', draft.conversationId), deps.complete(...request)),
          settings,
          prompt,
          taxonomy,
          signal: cancel.signal,
          sleep: deps.sleep,
          withSummary,
          onReply: (replySoFar) => {
            const now = deps.now();
            partialText = restore(replySoFar, mapping);
            if (now - lastWrite < STREAM_WRITE_INTERVAL_MS || storageProblem || !rowWritten) return;
            lastWrite = now;
            updateIfStatus(db, draftId, 'drafting', { text: partialText, progressNote: null, updatedAt: now }).catch((error: unknown) => {
              // Storage full mid-stream: stop asking the model for text that cannot be kept.
              storageProblem = storageProblemCode(error) ?? 'not-saved-streaming';
              cancel.abort(new DOMException(storageProblem, 'AbortError'));
            });
          },
          onWait: (note) => void rowReady.then(() => updateIfStatus(db, draftId, 'drafting', { progressNote: note, updatedAt: deps.now() })),
        });
        await rowReady;
        await provenanceWritten;
        // The agent sees the real values again (the model never did), in their own voice.
        const text = applyVoice(restore(parsed.reply, mapping), voice, customerName);
        const category = findCategory(taxonomy, parsed.assessment.category);
        const routing: RoutingInput = {
          draft: { text, category: category.id, confidence: parsed.assessment.confidence, modelFlags: parsed.assessment.flags },
          customerText: draft.customerMessage,
          contextTexts,
          settings: category,
          // Only approved replies of the draft's own category say its question is a known one.
          memory: { nearestKnownSimilarity: nearestKnownByCategory[category.id] ?? null },
          sampleDraw: await deps.sampler.draw(category.id, category.sampleRate),
        };
        let decision: Omit<RoutingDecision, 'reasons'> & { reasons: StoredReason[] } = routeDraft(routing);
        // Shadow mode (#18): what levels 2 and 3 would have done with the first draft; a redraft the agent asked for keeps it.
        const shadow = draft.instructions?.length ? (draft.shadow ?? null) : shadowDecisions(routing);
        // The agent asked for this version and is looking at it: it is theirs to decide, never acted on.
        if (draft.instructions?.length) {
          decision = { ...decision, route: 'review', action: null, reasons: [...decision.reasons, { code: 'drafted-again' }] };
        }
        const routed = {
          category: category.id,
          confidence: parsed.assessment.confidence,
          flags: parsed.assessment.flags,
          level: category.level,
          route: decision.route,
          reasons: decision.reasons,
          sampled: decision.route === 'sample-later',
          shadow,
        };
        const summary = parsed.summary === null ? null : restore(parsed.summary, mapping);
        if (!(await finish(draftId, { status: 'pending', text, error: null, progressNote: null, summary, ...routed }))) return;
        await deps.audit({ draftId, conversationId: draft.conversationId, helpdesk: draft.helpdesk, category: category.id, level: category.level, route: decision.route, reasons: decision.reasons, actor: 'ReplyLoop', action: 'routed', finalText: null });
        if (decision.action) {
          // Level 3 samples a share of what it acts on, counted per category.
          if (category.level === 3) await deps.sampler.countActed(category.id);
          await deps.actDirectly(draftId, decision.action, category.undoSeconds);
        }
      } catch (error) {
        // Storage may also fail on the final write, not only while streaming.
        const problem = storageProblem ?? storageProblemCode(error);
        if (problem) await failForStorage(draftId, problem, partialText);
        else await finish(draftId, { status: 'failed', error: describeModelFailure(error), progressNote: null });
      }
    } catch (error) {
      // Storage refused even the first write: the row stays 'drafting' and the next worker start resumes it.
      console.error('[ReplyLoop] could not write a draft', error);
    } finally {
      running.delete(draftId);
    }
  }

  /**
   * A draft storage stopped mid-stream ends failed, with the text written so
   * far for the agent and for Retry. If even that cannot be stored, the text
   * is dropped but the failure is recorded; if nothing can be, the row stays
   * 'drafting' and the next worker start resumes it.
   */
  async function failForStorage(draftId: string, storage: StorageProblemCode, partialText: string): Promise<void> {
    const error: DraftError = { kind: 'storage', problem: { code: 'storage', storage } };
    for (const text of [partialText, '']) {
      try {
        await finish(draftId, { status: 'failed', error, text, progressNote: null });
        return;
      } catch (failure) {
        console.error('[ReplyLoop] could not record a draft stopped by storage', failure);
      }
    }
  }

  /** Stops a draft being written; it stays, failed as cancelled, for Retry. */
  async function cancelDraft(draftId: string): Promise<boolean> {
    const drafting = running.get(draftId);
    if (drafting) {
      drafting.abort(new DOMException('cancelled by the agent', 'AbortError'));
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
    rowReady: Promise<unknown>,
    snapshot?: ConversationSnapshot,
  ): Promise<{
    prompt: ChatMessage[];
    mapping: RedactionMapping;
    contextTexts: string[];
    nearestKnownByCategory: Record<string, number>;
    customerName: string;
    messageCount: number;
    /** The draft's provenance and redactions being written; await it before settling the draft. */
    provenanceWritten: Promise<unknown>;
  }> {
    // Memory's recall (an embedding request and a search) is the slowest part: what does not need it is done while it runs (#14).
    const recalled = takeContext(draft.customerMessage);
    const [conversation, messages, redactionKinds] = await Promise.all([
      // The snapshot just taken in is what storage is about to hold: no need to read it back.
      snapshot ? { subject: snapshot.subject, customerName: snapshot.customer.name } : db.conversations.get(draft.conversationId),
      snapshot ? snapshot.messages : db.messages.where('conversationId').equals(draft.conversationId).sortBy('position'),
      deps.loadRedactionKinds(),
    ]);
    // The reply is in the customer's language; the panel offers the agent a translation (#16).
    const customerLanguage = detectLanguage(draft.customerMessage);
    const ownPart = redactConversation(
      {
        subject: conversation?.subject ?? '',
        customerName: conversation?.customerName ?? '',
        messages,
        latestCustomerMessage: draft.customerMessage,
        customerLanguage: customerLanguage?.name ?? null,
        ...(draft.instructions?.length ? { revision: { previousDraft: draft.previousText ?? '', instructions: draft.instructions } } : {}),
      },
      redactionKinds,
    );
    const context = await recalled;
    const redacted = withQuotedRedacted(ownPart, { examples: context.examples, knowledge: context.knowledge }, redactionKinds);
    // Written while the model is asked: the panel shows it with the draft, and the draft waits for it before settling.
    const provenanceWritten = rowReady.then(() => db.drafts.update(draft.id, {
      customerLanguage: customerLanguage?.code ?? null,
      provenance: context.provenance,
      nearestKnownSimilarity: context.nearestKnownSimilarity,
      redactions: redacted.summary,
    }));
    provenanceWritten.catch(() => undefined);
    const prompt = buildDraftPrompt(redacted.input);
    markPipeline('prompt-built', draft.conversationId);
    // What may back the draft's facts, for the risky-claim check.
    const contextTexts = [
      ...messages.map((message) => message.text),
      ...context.examples.map((example) => example.approvedReply),
      ...context.knowledge.map((chunk) => chunk.text),
    ];
    return { prompt, mapping: redacted.mapping, contextTexts, nearestKnownByCategory: context.nearestKnownByCategory, customerName: conversation?.customerName ?? '', provenanceWritten, messageCount: messages.length };
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

  /**
   * "Draft again" with the agent's instruction: the same draft is rewritten in place, the model
   * seeing the text it replaces and every instruction so far. The first text the agent saw is
   * kept: the approved reply counts as the correction of that one.
   */
  async function redraft(draftId: string, instruction: string): Promise<ActionResult> {
    const draft = await db.drafts.get(draftId);
    if (!draft || (draft.status !== 'pending' && draft.status !== 'failed')) return refused(i18n.t('review.redraftNotWaiting'));
    const restarted = await updateIfStatus(db, draftId, draft.status, {
      status: 'drafting',
      firstText: draft.firstText ?? draft.text,
      previousText: draft.text,
      instructions: [...(draft.instructions ?? []), instruction],
      text: '',
      error: null,
      insertBlockedReason: null,
      updatedAt: deps.now(),
    });
    if (restarted === 0) return refused(i18n.t('review.decidedElsewhere'));
    // The panel needs only the acknowledgement; the new text streams into the same row.
    void runDraft(draftId);
    return OK;
  }

  return { prepare, recordConversation, recordAndDraft, showDraftedAhead, recordUnreadable, runDraft, resumeInterruptedDrafts, retryDraft, cancelDraft, redraft };
}

export type Drafting = ReturnType<typeof createDrafting>;
