import { i18n } from '@/utils/i18n';
import { quotedText, type RoutingReason, type StoredReason } from '@/utils/autonomy/reasons';
import { notPostedText } from '@/utils/autonomy/reason-text';

type NotPosted = Extract<RoutingReason, { code: 'not-posted' }>;
import type { DirectAction } from '../autonomy/routing';
import { detectSensitivity } from '../autonomy/sensitivity/sensitivity';
import { auditFor, type AuditEntry } from '../review/audit';
import { latestCustomerMessage } from '../intake/conversation';
import { updateIfStatus, type DraftRecord, type ReplyLoopDatabase } from '../storage/db';
import type { Drafting } from '../draft/drafting';
import { OK, refused, type ActionResult } from '../messaging/messages';
import { usedInLastMinute } from './budget';
import { createQueueApi, ticketSnapshot, type ApiFailure, type QueueApi, type QueueTicketJson } from './queue-api';
import { createAccountBudget, relayFetch, type AccountBudget } from './relay-fetch';
import type { ApiRelayRequest, ApiRelayResponse } from './relay-messages';
import { repliesDue, ticketsToRead } from './scheduler';
import type { DraftAheadSettings, DraftAheadStatus } from './settings-schema';

export interface DraftAheadDeps {
  db: ReplyLoopDatabase;
  drafting: Pick<Drafting, 'recordConversation' | 'runDraft'>;
  loadSettings(): Promise<DraftAheadSettings>;
  /** An open Zendesk tab of the account, whose session the API requests use; null when none is open. */
  findTab(account: string): Promise<number | null>;
  /** Sends one API request through that tab's content script. */
  relay(tabId: number, request: ApiRelayRequest): Promise<ApiRelayResponse>;
  /** Per account, per ticket id: updated_at when last read. */
  loadRead(): Promise<Record<string, Record<string, number>>>;
  saveRead(read: Record<string, Record<string, number>>): Promise<void>;
  setStatus(account: string, status: DraftAheadStatus | null): Promise<void>;
  recordSent(draft: DraftRecord, reasons: StoredReason[]): Promise<void>;
  audit(entry: AuditEntry): Promise<void>;
  agentName(): Promise<string>;
  now(): number;
  sleep(ms: number): Promise<void>;
}

interface AccountState {
  budget: AccountBudget;
  queue: QueueTicketJson[];
  listedAt: number;
  /** Set by a 401: nothing but a sign-in check until the session is back. */
  signedOut: boolean;
  csrfToken: string | null;
}

/** A post reads the comments again, may read the CSRF token, and writes. */
const REQUESTS_PER_POST = 3;

/** Paused states name their reason, in the agent's words. */
const noTab = () => i18n.t('draftAheadWorker.noTab');
const signedOut = () => i18n.t('draftAheadWorker.signedOut');

/**
 * Draft-ahead: lists the agent's Zendesk queue through an open tab's
 * session, reads the tickets that changed (oldest waiting first, within the
 * request budget and the drafts-in-flight limit) and drafts them in the
 * background. Replies that routing lets go out on their own are held for
 * the category's undo delay, then posted as public comments.
 */
export function createDraftAhead(deps: DraftAheadDeps) {
  const accounts = new Map<string, AccountState>();
  const ticking = new Set<string>();
  const posting = new Set<string>();

  function stateOf(account: string, settings: DraftAheadSettings): AccountState {
    let state = accounts.get(account);
    if (!state) {
      state = { budget: createAccountBudget(() => settings.requestsPerMinute, deps.now, deps.sleep), queue: [], listedAt: -Infinity, signedOut: false, csrfToken: null };
      accounts.set(account, state);
    }
    return state;
  }

  async function report(account: string, state: AccountState, settings: DraftAheadSettings, reason: string | null): Promise<void> {
    await deps.setStatus(account, {
      state: reason === null ? 'running' : 'paused',
      reason,
      queueSize: state.queue.length,
      usedLastMinute: usedInLastMinute(state.budget.state(), deps.now()),
      requestsPerMinute: settings.requestsPerMinute,
      updatedAt: deps.now(),
    });
  }

  /** One round for every account: called on a timer, and when settings or tabs change. */
  async function tick(): Promise<void> {
    const settings = await deps.loadSettings();
    await Promise.all(
      Object.entries(settings.accounts).map(async ([account, choice]) => {
        if (!choice.enabled) return deps.setStatus(account, null);
        if (ticking.has(account)) return;
        ticking.add(account);
        try {
          await tickAccount(account, choice.source, settings);
        } finally {
          ticking.delete(account);
        }
      }),
    );
  }

  async function tickAccount(account: string, source: DraftAheadSettings['accounts'][string]['source'], settings: DraftAheadSettings): Promise<void> {
    const state = stateOf(account, settings);
    const tabId = await deps.findTab(account);
    if (tabId === null) {
      await failDueReplies(account, noTab());
      return report(account, state, settings, noTab());
    }
    const api = createQueueApi(`https://${account}.zendesk.com`, relayFetch((request) => deps.relay(tabId, request), state.budget, deps.now), deps.now);

    if (state.signedOut) {
      if (deps.now() - state.listedAt < settings.pollSeconds * 1_000) return report(account, state, settings, signedOut());
      state.listedAt = deps.now();
      const me = await api.me();
      if (!me.ok) {
        await failDueReplies(account, signedOut());
        return report(account, state, settings, me.reason === 'unauthorized' ? signedOut() : describe(me));
      }
      state.signedOut = false;
      state.csrfToken = me.value.csrfToken;
      state.listedAt = -Infinity;
    }

    // Each step first checks the budget has room: a round that would wait ends, and the next one carries on.
    for (const draft of await dueReplies(account)) {
      if (!state.budget.hasRoom(REQUESTS_PER_POST)) return report(account, state, settings, null);
      await post(draft, api, state, tabId);
    }

    if (deps.now() - state.listedAt >= settings.pollSeconds * 1_000 && state.budget.hasRoom()) {
      state.listedAt = deps.now();
      const queue = await api.queue(source);
      if (!queue.ok) return pauseOn(queue, account, state, settings);
      state.queue = queue.value;
    }

    const read = await deps.loadRead();
    const lastRead = new Map(Object.entries(read[account] ?? {}).map(([id, at]) => [Number(id), at]));
    const inFlight = await deps.db.drafts.where('status').equals('drafting').filter((draft) => draft.aheadOf?.account === account).count();
    const queue = state.queue.map((ticket) => ({ ticketId: ticket.id, updatedAt: Date.parse(ticket.updated_at) }));
    for (const next of ticketsToRead(queue, lastRead, inFlight, settings)) {
      if (!state.budget.hasRoom()) break;
      const ticket = state.queue.find((candidate) => candidate.id === next.ticketId)!;
      const comments = await api.comments(ticket.id);
      if (!comments.ok) {
        // One ticket the agent may not see must not stop the rest.
        if (comments.reason === 'forbidden' || comments.reason === 'not-found') {
          lastRead.set(ticket.id, next.updatedAt);
          continue;
        }
        return pauseOn(comments, account, state, settings);
      }
      const snapshot = ticketSnapshot(account, ticket, comments.value.comments, comments.value.users);
      const latest = latestCustomerMessage(snapshot.messages);
      const waitingSince = latest?.sentAt ? Date.parse(latest.sentAt) : null;
      const draftId = await deps.drafting.recordConversation(snapshot, tabId, { account, ticketId: ticket.id, waitingSince });
      lastRead.set(ticket.id, next.updatedAt);
      await deps.saveRead({ ...(await deps.loadRead()), [account]: Object.fromEntries(lastRead) });
      if (draftId) void deps.drafting.runDraft(draftId);
    }
    await report(account, state, settings, null);
  }

  async function pauseOn(failure: ApiFailure, account: string, state: AccountState, settings: DraftAheadSettings): Promise<void> {
    if (failure.reason === 'unauthorized') {
      state.signedOut = true;
      state.csrfToken = null;
      await failDueReplies(account, signedOut());
      return report(account, state, settings, signedOut());
    }
    // A 429 already holds the budget back for its Retry-After; the next round resumes.
    return report(account, state, settings, describe(failure));
  }

  function describe(failure: ApiFailure): string {
    if (failure.reason === 'rate-limited') return i18n.t('draftAheadWorker.slowDown', { seconds: Math.ceil(failure.retryAfterMs / 1_000) });
    return i18n.t('draftAheadWorker.apiFailed', { detail: failure.detail });
  }

  async function heldReplies(account: string): Promise<DraftRecord[]> {
    return deps.db.drafts.where('status').equals('pending').filter((draft) => draft.aheadOf?.account === account && typeof draft.postAt === 'number').toArray();
  }

  async function dueReplies(account: string): Promise<DraftRecord[]> {
    return repliesDue(await heldReplies(account), deps.now()).filter((draft) => !posting.has(draft.id));
  }

  async function failDueReplies(account: string, reason: string): Promise<void> {
    for (const draft of await dueReplies(account)) await notPosted(draft, 'zendesk', reason);
  }

  /** The routing let it go out on its own: held for the undo delay, then posted. */
  async function actDirectly(draftId: string, action: DirectAction, undoSeconds: number): Promise<void> {
    const draft = await deps.db.drafts.get(draftId);
    if (draft?.status !== 'pending' || !draft.aheadOf) return;
    if (action === 'insert') return; // Inserting needs the ticket on screen: it waits in the queue, drafted.
    // Sampled once it was sent, not while it may still be cancelled.
    await updateIfStatus(deps.db, draftId, 'pending', { postAt: deps.now() + undoSeconds * 1_000, sampled: false, updatedAt: deps.now() });
  }

  /** The agent pressed Undo on a held reply: it waits for review instead. */
  async function cancelSend(draftId: string): Promise<ActionResult> {
    const draft = await deps.db.drafts.get(draftId);
    if (draft?.status !== 'pending' || typeof draft.postAt !== 'number' || posting.has(draftId)) return refused(i18n.t('draftAheadWorker.notWaiting'));
    const agent = (await deps.agentName()) || 'Agent';
    const reasons: StoredReason[] = [{ code: 'send-cancelled', agent: quotedText(agent) }, ...draft.reasons];
    await deps.db.drafts.update(draftId, { postAt: null, route: 'review', reasons, updatedAt: deps.now() });
    await deps.audit(auditFor(draft, agent, 'send-cancelled', null, reasons));
    return OK;
  }

  async function notPosted(draft: DraftRecord, problem: NotPosted['problem'], detail = ''): Promise<void> {
    const reason: NotPosted = { code: 'not-posted', problem, detail: quotedText(detail) };
    const reasons: StoredReason[] = [reason, ...draft.reasons];
    await updateIfStatus(deps.db, draft.id, 'pending', { postAt: null, route: 'review', reasons, insertBlockedReason: notPostedText(problem, reason.detail), updatedAt: deps.now() });
    await deps.audit(auditFor({ ...draft, route: 'review' }, 'ReplyLoop', 'routed', null, reasons));
  }

  async function post(draft: DraftRecord, api: QueueApi, state: AccountState, tabId: number): Promise<void> {
    posting.add(draft.id);
    try {
      const ticketId = draft.aheadOf!.ticketId;
      // The routing decided; this is the last line: nothing sensitive ever goes out by itself.
      const findings = [...detectSensitivity(draft.customerMessage, 'customer'), ...detectSensitivity(draft.text, 'draft')];
      if (!['send-after-undo', 'sample-later'].includes(draft.route ?? '') || findings.length > 0) {
        return await (findings.length > 0 ? notPosted(draft, 'needs-human', findings[0]!.topic) : notPosted(draft, 'not-routed'));
      }
      // The customer may have written again during the countdown: then this reply is outdated.
      const comments = await api.comments(ticketId);
      if (!comments.ok) return await notPosted(draft, 'zendesk', describe(comments));
      // After a worker restart the queue may not be listed yet: the side-loaded users still tell who is the customer.
      const ticket = state.queue.find((candidate) => candidate.id === ticketId) ?? { id: ticketId, subject: null, requester_id: -1, updated_at: '' };
      const snapshot = ticketSnapshot(draft.aheadOf!.account, ticket, comments.value.comments, comments.value.users);
      const latest = latestCustomerMessage(snapshot.messages);
      if (latest?.id !== draft.customerMessageId) {
        await deps.drafting.recordConversation(snapshot, tabId, { ...draft.aheadOf!, waitingSince: latest?.sentAt ? Date.parse(latest.sentAt) : null });
        return await notPosted(draft, 'customer-wrote-again');
      }
      let posted = await postWithToken(api, state, ticketId, draft.text);
      // A session renewed since the token was read: read it again, once.
      if (!posted.ok && posted.reason === 'forbidden' && /authenticity token/i.test(posted.detail)) {
        state.csrfToken = null;
        posted = await postWithToken(api, state, ticketId, draft.text);
      }
      if (!posted.ok) {
        if (posted.reason === 'unauthorized') state.signedOut = true;
        return await notPosted(draft, 'zendesk', describe(posted));
      }
      const reasons: StoredReason[] = [...draft.reasons, { code: 'posted' }];
      await updateIfStatus(deps.db, draft.id, 'pending', { status: 'auto-sent', postAt: null, sampled: draft.route === 'sample-later', reasons, updatedAt: deps.now() });
      await deps.recordSent(draft, reasons);
    } finally {
      posting.delete(draft.id);
    }
  }

  async function postWithToken(api: QueueApi, state: AccountState, ticketId: number, text: string) {
    if (state.csrfToken === null) {
      const me = await api.me();
      if (!me.ok) return me;
      state.csrfToken = me.value.csrfToken;
    }
    if (state.csrfToken === null) return { ok: false as const, reason: 'forbidden' as const, detail: i18n.t('zendeskRelay.noCsrfToken') };
    return api.postPublicReply(ticketId, text, state.csrfToken);
  }

  return { tick, actDirectly, cancelSend };
}

export type DraftAhead = ReturnType<typeof createDraftAhead>;
