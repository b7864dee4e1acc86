import { DEFAULT_AGENT_VOICE } from '../draft/voice';
import { reasonsText } from '@/utils/autonomy/reason-text';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { correctionRecord, freshDatabase, TEST_SETTINGS } from '@/test/support/worker-fakes';
import { seedQueue } from '@/test/zendesk-api-server/data';
import { fetchAsAgent } from '@/test/zendesk-api-server/fetch-as-agent';
import { startZendeskApiServer, type ZendeskApiServer } from '@/test/zendesk-api-server/server';
import { createAuditLog } from '../review/audit';
import { DEFAULT_TAXONOMY, type Taxonomy } from '../autonomy/categories';
import { detectSensitivity } from '../autonomy/sensitivity/sensitivity';
import type { ReplyLoopDatabase } from '../storage/db';
import { createDrafting, type DraftingDeps } from '../draft/drafting';
import { createCorrectionMemory } from '../memory/correction-memory';
import { createOfflineEmbedder } from '../memory/embedding/offline/offline-embedder';
import { DEFAULT_REDACTION_KINDS } from '../privacy/redaction';
import { createReview } from '../review/review';
import { maxPerMinute } from './budget';
import { createDraftAhead } from './draft-ahead';
import { DEFAULT_DRAFT_AHEAD_SETTINGS, type DraftAheadSettings, type DraftAheadStatus } from './settings-schema';

const ORDER = { subject: 'Size change', text: 'Can I change the size of my order #A-20417?' };
const REFUND = { subject: 'Refund please', text: 'Please refund the second charge of $89.00 on my card.' };

/** Level 2 and 3 act only on questions the team has answered before (fail closed, #13): one approved size change. */
const knowOrderQuestion = () => db.corrections.add(correctionRecord('known-order', ORDER.text, { category: 'orders', editKind: 'cosmetic' }));

let db: ReplyLoopDatabase;
let server: ZendeskApiServer;
let time: number;
let taxonomy: Taxonomy;
let settings: DraftAheadSettings;
let tabOpen: boolean;
let statuses: Record<string, DraftAheadStatus | null>;

/** The model: names the category from the message, confident, nothing flagged. */
const complete = vi.fn<DraftingDeps['complete']>(async (_settings, messages) => {
  const refund = JSON.stringify(messages.slice(1)).includes('second charge');
  return JSON.stringify({ reply: refund ? 'We will look at the charge.' : 'Yes, I changed the size for you.', category: refund ? 'refunds' : 'orders', confidence: 0.95, flags: [] });
});

function setup() {
  const now = () => time;
  const newId = (() => {
    let n = 0;
    return () => `id-${(n += 1)}`;
  })();
  const audit = createAuditLog({ db, now, newId });
  const review = createReview({ db, sendToTab: async () => ({ ok: false, reason: 'no tab in this test' }), reviewerName: async () => 'Sam', audit, now, newId });
  let draftAhead: ReturnType<typeof createDraftAhead>;
  const drafting = createDrafting({
    db,
    memory: createCorrectionMemory({ db, currentEmbedder: async () => createOfflineEmbedder() }),
    loadSettings: async () => TEST_SETTINGS,
    loadRedactionKinds: async () => DEFAULT_REDACTION_KINDS,
    loadTaxonomy: async () => taxonomy,
    loadVoice: async () => ({ voice: DEFAULT_AGENT_VOICE, teamTone: '' }),
    complete,
    sampler: { draw: async () => 0.5, countActed: async () => undefined },
    sleep: async () => undefined,
    actDirectly: (...args) => draftAhead.actDirectly(...args),
    audit,
    now,
    newId,
  });
  const running: Promise<void>[] = [];
  let read: Record<string, Record<string, number>> = {};
  const agentFetch = fetchAsAgent(server);
  draftAhead = createDraftAhead({
    db,
    drafting: { recordConversation: drafting.recordConversation, runDraft: (id) => (running.push(drafting.runDraft(id)), running.at(-1)!) },
    loadSettings: async () => settings,
    findTab: async () => (tabOpen ? 7 : null),
    relay: async (_tabId, request) => {
      const response = await agentFetch(`https://acme.zendesk.com${request.path}`, {
        method: request.method,
        headers: request.csrfToken ? { 'X-CSRF-Token': request.csrfToken, 'Content-Type': 'application/json' } : {},
        body: request.body ?? undefined,
      });
      return { status: response.status, retryAfter: response.headers.get('Retry-After'), body: await response.text() };
    },
    loadRead: async () => read,
    saveRead: async (next) => void (read = next),
    setStatus: async (account, status) => void (statuses[account] = status),
    recordSent: review.recordSentByReplyLoop,
    audit,
    agentName: async () => 'Sam',
    now,
    sleep: async (ms) => void (time += ms),
  });
  /** One round, then the drafts it started. */
  const round = async () => {
    await draftAhead.tick();
    await Promise.all(running.splice(0));
  };
  return { draftAhead, round };
}

async function startServer(messages: { subject: string; text: string }[], count = messages.length) {
  server = await startZendeskApiServer({ seed: seedQueue({ count, messages, now: time }), now: () => time });
}

// The first check compiles the word lists and embeds the labelled examples (over a second on a loaded machine):
// paid once here, so each flow's own timeout measures the flow.
beforeAll(() => void detectSensitivity('Where is my order?', 'customer'), 30_000);

beforeEach(() => {
  db = freshDatabase();
  time = Date.UTC(2026, 11, 1, 9, 0);
  taxonomy = DEFAULT_TAXONOMY;
  settings = { ...DEFAULT_DRAFT_AHEAD_SETTINGS, accounts: { acme: { enabled: true, source: { kind: 'assigned' } } }, maxInFlight: 2 };
  tabOpen = true;
  statuses = {};
  complete.mockClear();
});
afterEach(() => server.close());

describe('draft-ahead', () => {
  it('drafts the queue oldest waiting first, two at a time, and never reads or drafts an unchanged ticket again', async () => {
    await startServer([ORDER], 5);
    const { round } = setup();
    await round();
    let drafts = await db.drafts.orderBy('createdAt').toArray();
    expect(drafts.map((draft) => draft.aheadOf?.ticketId)).toEqual([5001, 5002]);
    expect(drafts[0]).toMatchObject({ status: 'pending', text: 'Yes, I changed the size for you.', aheadOf: { account: 'acme', waitingSince: expect.any(Number) } });
    for (let i = 0; i < 3; i++) await round();
    drafts = await db.drafts.toArray();
    expect(drafts).toHaveLength(5);
    const commentReads = server.requests.filter((request) => request.path.endsWith('/comments.json')).length;
    await round();
    expect(server.requests.filter((request) => request.path.endsWith('/comments.json')).length).toBe(commentReads);
    expect(complete).toHaveBeenCalledTimes(5);
    expect(statuses.acme).toMatchObject({ state: 'running', queueSize: 5 });
  });

  it('marks a draft stale and drafts again when the customer writes again', async () => {
    await startServer([ORDER]);
    const { round } = setup();
    await round();
    time += 61_000;
    server.addComment(5001, 10_000, 'Actually, make it a large please.');
    await round();
    const drafts = await db.drafts.orderBy('createdAt').toArray();
    expect(drafts.map((draft) => [draft.status, draft.customerMessage])).toEqual([
      ['stale', ORDER.text],
      ['pending', 'Actually, make it a large please.'],
    ]);
  });

  it('keeps within the request budget, however long the queue', async () => {
    settings = { ...settings, requestsPerMinute: 5, maxInFlight: 10 };
    await startServer([ORDER], 30);
    const { round } = setup();
    for (let i = 0; i < 40 && (await db.drafts.count()) < 30; i++) {
      await round();
      time += 15_000;
    }
    expect(await db.drafts.count()).toBe(30);
    expect(maxPerMinute(server.requests.map((request) => request.at))).toBe(5);
    expect(server.requests.every((request) => request.status === 200)).toBe(true);
  }, 30_000);

  it('holds a level-3 reply for the undo delay, then posts it with the CSRF token and records it', async () => {
    taxonomy = DEFAULT_TAXONOMY.map((category) => (category.id === 'orders' ? { ...category, level: 3, autoSend: true, undoSeconds: 10, sampleRate: 1 } : category));
    await knowOrderQuestion();
    await startServer([ORDER]);
    const { round } = setup();
    await round();
    const held = (await db.drafts.toArray())[0]!;
    expect(held).toMatchObject({ status: 'pending', route: 'sample-later', postAt: time + 10_000, sampled: false });
    await round();
    expect(server.posted(5001)).toEqual([]);
    time += 10_000;
    await round();
    expect(server.posted(5001).map((posted) => posted.plain_body)).toEqual(['Yes, I changed the size for you.']);
    expect(await db.drafts.get(held.id)).toMatchObject({ status: 'auto-sent', postAt: null, sampled: true });
    expect(await db.reviews.toArray()).toEqual([expect.objectContaining({ reviewer: 'sent by ReplyLoop', decision: 'approved', level: 3 })]);
    expect((await db.audit.toArray()).map((entry) => entry.action)).toEqual(['routed', 'sent']);
    // Its own reply changed the ticket: read again, but nothing new to draft.
    time += 61_000;
    await round();
    expect(await db.drafts.count()).toBe(1);
  });

  it('an undo cancels the post; a refund request is never held at all', async () => {
    taxonomy = DEFAULT_TAXONOMY.map((category) => (['orders', 'refunds'].includes(category.id) ? { ...category, level: 3, autoSend: true, undoSeconds: 10 } : category));
    await knowOrderQuestion();
    await startServer([ORDER, REFUND]);
    const { round, draftAhead } = setup();
    await round();
    const [order, refund] = await db.drafts.orderBy('createdAt').toArray();
    expect(refund).toMatchObject({ route: 'review', postAt: null });
    expect(reasonsText(refund!.reasons)).toContain('Money: refund');
    expect(await draftAhead.cancelSend(order!.id)).toEqual({ ok: true });
    time += 20_000;
    await round();
    expect(server.posted(5001)).toEqual([]);
    expect(server.posted(5002)).toEqual([]);
    expect(await db.drafts.get(order!.id)).toMatchObject({ status: 'pending', route: 'review', reasons: expect.arrayContaining([{ code: 'send-cancelled', agent: 'Sam' }]) });
    expect(reasonsText((await db.drafts.get(order!.id))!.reasons)).toMatch(/^Sending cancelled by Sam: waits for review; /);
  });

  it('a failed post stays in the queue with the reason', async () => {
    taxonomy = DEFAULT_TAXONOMY.map((category) => (category.id === 'orders' ? { ...category, level: 3, autoSend: true, undoSeconds: 5 } : category));
    await knowOrderQuestion();
    await startServer([ORDER]);
    const { round } = setup();
    await round();
    server.forbid(5001);
    time += 5_000;
    await round();
    const draft = (await db.drafts.toArray())[0]!;
    expect(draft).toMatchObject({ status: 'pending', route: 'review', postAt: null });
    expect(draft.reasons[0]).toMatchObject({ code: 'not-posted', problem: 'zendesk' });
    expect(reasonsText(draft.reasons)).toMatch(/^Could not post: Zendesk API: 403/);
  });

  it('pauses when the Zendesk tab closes or the agent signs out, and resumes', async () => {
    await startServer([ORDER], 3);
    const { round } = setup();
    tabOpen = false;
    await round();
    expect(statuses.acme).toMatchObject({ state: 'paused', reason: expect.stringContaining('No Zendesk tab') });
    expect(server.requests).toEqual([]);
    tabOpen = true;
    server.signOut();
    await round();
    expect(statuses.acme).toMatchObject({ state: 'paused', reason: expect.stringContaining('Signed out') });
    server.signIn();
    time += 61_000;
    await round();
    await round();
    expect(statuses.acme).toMatchObject({ state: 'running' });
    expect(await db.drafts.count()).toBeGreaterThan(0);
  });
});
