import { draftErrorText } from './model-problem-text';
import { reasonText } from '@/utils/autonomy/reason-text';
import OpenAI from 'openai';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { correctionRecord, draftRecord, fakeClockAndIds, freshDatabase, TEST_SETTINGS, ticket } from '@/test/support/worker-fakes';
import { createDrafting, SUMMARY_MIN_MESSAGES, type DraftingDeps } from './drafting';
import { createCorrectionMemory } from '../memory/correction-memory';
import { createOfflineEmbedder } from '../memory/embedding/offline/offline-embedder';
import { DEFAULT_REDACTION_KINDS } from '../privacy/redaction';
import { createAuditLog } from '../review/audit';
import { DEFAULT_TAXONOMY, type Taxonomy } from '../autonomy/categories';
import type { ReplyLoopDatabase } from '../storage/db';
import { DEFAULT_AGENT_VOICE } from './voice';

let db: ReplyLoopDatabase;
let complete: ReturnType<typeof vi.fn<DraftingDeps['complete']>>;
let actDirectly: ReturnType<typeof vi.fn<DraftingDeps['actDirectly']>>;
let settings = TEST_SETTINGS;
let taxonomy: Taxonomy = DEFAULT_TAXONOMY;
let voice = { voice: DEFAULT_AGENT_VOICE, teamTone: '' };

/** The model's structured answer. */
const answer = (reply: string, assessment: Record<string, unknown> = {}) =>
  JSON.stringify({ reply, category: 'refunds', confidence: 0.9, flags: [], ...assessment });

function drafting() {
  const service = createDrafting({ db, memory: createCorrectionMemory({ db, currentEmbedder: async () => createOfflineEmbedder() }), loadSettings: async () => settings, loadRedactionKinds: async () => DEFAULT_REDACTION_KINDS, loadTaxonomy: async () => taxonomy, loadVoice: async () => voice, complete, sampler: { draw: async () => 0.5, countActed: async () => undefined }, sleep: async () => undefined, actDirectly, audit: createAuditLog({ db, ...fakeClockAndIds() }), ...fakeClockAndIds() });
  // As the worker does: record what the tab shows, then write the draft it created.
  const recordAndDraft: typeof service.recordConversation = async (snapshot, tabId) => {
    const draftId = await service.recordConversation(snapshot, tabId);
    if (draftId) await service.runDraft(draftId);
    return draftId;
  };
  return { ...service, recordConversation: recordAndDraft };
}

beforeEach(() => {
  db = freshDatabase();
  settings = TEST_SETTINGS;
  taxonomy = DEFAULT_TAXONOMY;
  voice = { voice: DEFAULT_AGENT_VOICE, teamTone: '' };
  actDirectly = vi.fn<DraftingDeps['actDirectly']>(async () => undefined);
  complete = vi.fn<DraftingDeps['complete']>(async (_settings, _messages, onText) => {
    onText('{"reply":"Hi Jane,');
    return answer('Hi Jane, we refunded the duplicate charge.');
  });
});

describe('recordConversation', () => {
  it('stores the conversation and drafts a reply to the latest customer message', async () => {
    const draftId = await drafting().recordConversation(ticket(), 7);
    const draft = await db.drafts.get(draftId!);
    expect(draft).toMatchObject({ status: 'pending', customerMessageId: 'm1', text: 'Hi Jane, we refunded the duplicate charge.', model: 'replyloop-mock' });
    expect(await db.tabs.get(7)).toMatchObject({ conversationId: 'zendesk:acme:12345', problem: null });
    expect((await db.messages.where('conversationId').equals('zendesk:acme:12345').sortBy('position')).map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('sends the model the conversation with the latest customer message marked', async () => {
    await drafting().recordConversation(ticket(), 7);
    const prompt = complete.mock.calls[0]![1];
    expect(prompt[1]!.content).toContain('<latest_customer_message>\nI was charged twice for my order.\n</latest_customer_message>');
  });

  it('does not draft the same customer message twice', async () => {
    const service = drafting();
    await service.recordConversation(ticket(), 7);
    expect(await service.recordConversation(ticket(), 7)).toBeNull();
    expect(await db.drafts.count()).toBe(1);
  });

  it('marks an unreviewed draft stale when the customer writes again, and drafts anew', async () => {
    const service = drafting();
    const first = await service.recordConversation(ticket(), 7);
    const newer = ticket({
      messages: [...ticket().messages, { id: 'm3', role: 'customer', author: 'Jane Doe', sentAt: null, text: 'Any news?' }],
    });
    const second = await service.recordConversation(newer, 7);
    expect((await db.drafts.get(first!))?.status).toBe('stale');
    expect(await db.drafts.get(second!)).toMatchObject({ status: 'pending', customerMessage: 'Any news?' });
  });

  it('drafts nothing when only the agent has written', async () => {
    const agentOnly = ticket({ messages: [{ id: 'a', role: 'agent', author: 'Sam', sentAt: null, text: 'Hello' }] });
    expect(await drafting().recordConversation(agentOnly, 7)).toBeNull();
    expect(complete).not.toHaveBeenCalled();
  });
});

describe('recordAndDraft: the model is asked while the snapshot is stored (#14)', () => {
  const settled = async (draftId: string) => {
    await vi.waitFor(async () => expect((await db.drafts.get(draftId))?.status).not.toBe('drafting'), { timeout: 5_000 });
    return (await db.drafts.get(draftId))!;
  };

  it('drafts from the snapshot in hand and settles the draft once its row is stored, with the model noted', async () => {
    // The model answers at once: its answer must still land on the stored row, not before it.
    complete.mockImplementation(async () => answer('Hi Jane, we refunded the duplicate charge.'));
    const draftId = await drafting().recordAndDraft(ticket(), 7);
    expect(await settled(draftId!)).toMatchObject({ status: 'pending', text: 'Hi Jane, we refunded the duplicate charge.', model: 'replyloop-mock' });
    expect(complete.mock.calls[0]![1][1]!.content).toContain('I was charged twice for my order.');
    expect((await db.messages.where('conversationId').equals('zendesk:acme:12345').sortBy('position')).map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('loses nothing when the snapshot cannot be stored: no row, the request is cancelled, and the next report drafts', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const signals: AbortSignal[] = [];
    complete.mockImplementation(
      (_settings, _messages, _onText, options) =>
        new Promise((_resolve, reject) => {
          signals.push(options.signal!);
          if (options.signal!.aborted) reject(options.signal!.reason);
          options.signal!.addEventListener('abort', () => reject(options.signal!.reason));
        }),
    );
    vi.spyOn(db.messages, 'bulkPut').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const service = drafting();
    await expect(service.recordAndDraft(ticket(), 7)).rejects.toThrow(/quota/);
    await vi.waitFor(() => expect(signals.length > 0 && signals.every((signal) => signal.aborted)).toBe(true), { timeout: 5_000 });
    expect(await db.drafts.count()).toBe(0);

    complete.mockImplementation(async () => answer('Hi Jane, refunded.'));
    const draftId = await service.recordAndDraft(ticket(), 7);
    expect(await settled(draftId!)).toMatchObject({ status: 'pending', text: 'Hi Jane, refunded.' });
  });
});

describe('privacy', () => {
  it('hides personal data from the model and restores it in the draft the agent sees', async () => {
    const withEmail = ticket({
      messages: [{ id: 'm1', role: 'customer', author: 'Jane Doe', sentAt: null, text: 'Please send the invoice to jane.doe@example.com' }],
    });
    complete.mockImplementationOnce(async (_settings, prompt) => {
      const email = prompt[1]!.content.match(/\[EMAIL_\d+\]/)?.[0];
      return answer(`We sent it to ${email}.`);
    });
    const draftId = await drafting().recordConversation(withEmail, 7);
    expect(JSON.stringify(complete.mock.calls[0]![1])).not.toContain('jane.doe@example.com');
    expect(await db.drafts.get(draftId!)).toMatchObject({ text: 'We sent it to jane.doe@example.com.', redactions: { email: 1 } });
  });
});

describe('structured output and routing', () => {
  it('stores the model’s category and confidence, and at level 1 routes to review with the reason', async () => {
    const draftId = await drafting().recordConversation(ticket(), 7);
    expect(await db.drafts.get(draftId!)).toMatchObject({
      status: 'pending', category: 'refunds', confidence: 0.9, level: 1, route: 'review', reasons: expect.arrayContaining([{ code: 'every-draft-reviewed' }]),
    });
    expect(actDirectly).not.toHaveBeenCalled();
    expect(await db.audit.toArray()).toMatchObject([{ draftId, action: 'routed', actor: 'ReplyLoop', route: 'review' }]);
  });

  it('records at level 1 what levels 2 and 3 would have done, and does nothing of it (shadow mode, #18)', async () => {
    taxonomy = DEFAULT_TAXONOMY.map((category) => (category.id === 'orders' ? { ...category, noveltyThreshold: 0 } : category));
    complete.mockResolvedValueOnce(answer('Hi Jane, you can follow your order from the link in your confirmation email.', { category: 'orders', confidence: 0.95 }));
    await db.corrections.add(correctionRecord('track', 'Where can I follow my order?', { category: 'orders' }));
    const trackingQuestion = ticket({ messages: [{ id: 'm1', role: 'customer', author: 'Jane Doe', sentAt: null, text: 'Where can I follow my order?' }] });
    const draftId = await drafting().recordConversation(trackingQuestion, 7);
    expect(await db.drafts.get(draftId!)).toMatchObject({
      level: 1,
      route: 'review',
      shadow: [
        { level: 2, route: 'insert', action: 'insert', reasons: [expect.objectContaining({ code: 'acted', level: 2 })] },
        { level: 3, route: 'insert', action: 'insert', reasons: [expect.objectContaining({ code: 'acted', level: 3 })] },
      ],
    });
    expect(actDirectly).not.toHaveBeenCalled();
  });

  it('keeps the shadow of the first draft through "Draft again", and records none above level 1', async () => {
    const service = drafting();
    const draftId = (await service.recordConversation(ticket(), 7))!;
    const { shadow } = (await db.drafts.get(draftId))!;
    expect(shadow?.map((decision) => decision.action)).toEqual([null, null]);
    await service.redraft(draftId, 'shorter');
    await vi.waitFor(async () => expect((await db.drafts.get(draftId))?.status).toBe('pending'));
    expect((await db.drafts.get(draftId))?.shadow).toEqual(shadow);

    taxonomy = DEFAULT_TAXONOMY.map((category) => ({ ...category, level: 2 as const }));
    const other = await service.recordConversation(ticket({ id: 'zendesk:acme:2', messages: [{ id: 'm9', role: 'customer', author: 'Jane Doe', sentAt: null, text: 'Where is my parcel?' }] }), 8);
    expect((await db.drafts.get(other!))?.shadow).toBeNull();
  });

  it('acts directly on a confident, known, unflagged draft at level 2', async () => {
    taxonomy = DEFAULT_TAXONOMY.map((category) => (category.id === 'orders' ? { ...category, level: 2, noveltyThreshold: 0 } : category));
    complete.mockResolvedValueOnce(answer('Hi Jane, you can follow your order from the link in your confirmation email.', { category: 'orders', confidence: 0.95 }));
    await db.corrections.add(correctionRecord('track', 'Where can I follow my order?', { category: 'orders' }));
    const trackingQuestion = ticket({ messages: [{ id: 'm1', role: 'customer', author: 'Jane Doe', sentAt: null, text: 'Where can I follow my order?' }] });
    const draftId = await drafting().recordConversation(trackingQuestion, 7);
    expect(await db.drafts.get(draftId!)).toMatchObject({ category: 'orders', level: 2, route: 'insert', reasons: [expect.objectContaining({ code: 'acted', level: 2 })] });
    expect(actDirectly).toHaveBeenCalledWith(draftId, 'insert', 10);
  });

  it('asks once more when the answer is not the JSON asked for, then uses the repaired answer', async () => {
    complete.mockResolvedValueOnce('Sure! Here is a reply.').mockResolvedValueOnce(answer('Hi Jane, repaired.'));
    const draftId = await drafting().recordConversation(ticket(), 7);
    expect(await db.drafts.get(draftId!)).toMatchObject({ status: 'pending', text: 'Hi Jane, repaired.' });
    const repair = complete.mock.calls[1]![1];
    expect(repair.at(-2)).toEqual({ role: 'assistant', content: 'Sure! Here is a reply.' });
    expect(repair.at(-1)?.content).toContain('not valid JSON');
  });

  it('fails clearly when the repaired answer is still unusable', async () => {
    complete.mockResolvedValue('not json');
    const draftId = await drafting().recordConversation(ticket(), 7);
    const failed = await db.drafts.get(draftId!);
    expect(failed).toMatchObject({ status: 'failed', error: { kind: 'bad-response', problem: { code: 'unusable-answer', answer: 'not-json', detail: 'not json' } } });
    expect(draftErrorText(failed!.error)).toContain('even after asking again');
    expect(complete).toHaveBeenCalledTimes(2);
  });
});

describe('failures', () => {
  it('retries a rate-limited request, saying so on the draft, and then drafts', async () => {
    const notes: (string | null | undefined)[] = [];
    db.drafts.hook('updating', (changes) => void notes.push((changes as { progressNote?: string | null }).progressNote));
    complete.mockRejectedValueOnce(new OpenAI.RateLimitError(429, {}, 'slow down', new Headers({ 'retry-after': '2' })));
    const draftId = await drafting().recordConversation(ticket(), 7);
    expect(notes).toContain('Rate limited by the model endpoint (429): retrying in 2 s (attempt 2)');
    expect(await db.drafts.get(draftId!)).toMatchObject({ status: 'pending', progressNote: null });
  });

  it('cancels a draft being written; Retry writes it again', async () => {
    const service = drafting();
    const draftId = (await service.recordConversation(ticket(), 7))!;
    // Write it again, with a model that answers only when cancelled.
    complete.mockImplementationOnce((_settings, _messages, _onText, options) => new Promise((_resolve, reject) => options.signal?.addEventListener('abort', () => reject(options.signal?.reason))));
    await db.drafts.update(draftId, { status: 'drafting' });
    const writing = service.runDraft(draftId);
    // Cancelled while the request is open (a loaded machine takes a while to get there).
    await vi.waitFor(() => expect(complete).toHaveBeenCalledTimes(2));
    expect(await service.cancelDraft(draftId)).toBe(true);
    await writing;
    expect(await db.drafts.get(draftId)).toMatchObject({ status: 'failed', error: { kind: 'cancelled' } });
    expect(await service.retryDraft(draftId)).toBe(true);
    expect((await db.drafts.get(draftId))?.status).toBe('pending');
  });

  it('fails with a clear message and no model call when no API key is set', async () => {
    settings = { ...TEST_SETTINGS, apiKey: '' };
    const draftId = await drafting().recordConversation(ticket(), 7);
    expect(await db.drafts.get(draftId!)).toMatchObject({ status: 'failed', error: { kind: 'no-api-key' } });
    expect(complete).not.toHaveBeenCalled();
  });

  it('keeps a failed draft, and Retry drafts it again', async () => {
    complete.mockRejectedValueOnce(new TypeError('fetch failed'));
    const service = drafting();
    const draftId = await service.recordConversation(ticket(), 7);
    expect(await db.drafts.get(draftId!)).toMatchObject({ status: 'failed', error: { kind: 'bad-response' } });
    expect(await service.retryDraft(draftId!)).toBe(true);
    expect((await db.drafts.get(draftId!))?.status).toBe('pending');
  });

  it('ends a draft as failed, with the text so far, when storage fills up mid-stream; Retry drafts it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let full = false;
    // Storage fills up while the answer streams: the streaming writes fail, the small final one still fits.
    db.drafts.hook('updating', (changes) => {
      if (full && 'text' in changes && !('status' in changes)) throw new DOMException('full', 'QuotaExceededError');
    });
    complete.mockImplementationOnce(async (_settings, _messages, onText, options) => {
      onText('{"reply":"Hi Jane, we');
      await new Promise((resolve) => setTimeout(resolve, 200));
      full = true;
      onText('{"reply":"Hi Jane, we refunded');
      // A model that goes on until stopped.
      return new Promise((_resolve, reject) => options.signal?.addEventListener('abort', () => reject(options.signal?.reason)));
    });
    const service = drafting();
    const draftId = (await service.recordConversation(ticket(), 7))!;
    const draft = await db.drafts.get(draftId);
    expect(draft).toMatchObject({ status: 'failed', error: { kind: 'storage' }, text: 'Hi Jane, we refunded' });
    expect(draft?.error).toEqual({ kind: 'storage', problem: { code: 'storage', storage: 'full' } });
    expect(draftErrorText(draft!.error)).toMatch(/storage is full.*Retry writes it again/);
    full = false;
    expect(await service.retryDraft(draftId)).toBe(true);
    expect((await db.drafts.get(draftId))?.status).toBe('pending');
  });

  it('never leaves runDraft hanging or throwing when no write fits at all', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const service = drafting();
    const draftId = (await service.recordConversation(ticket(), 7))!;
    await db.drafts.update(draftId, { status: 'drafting' });
    db.drafts.hook('updating', () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(service.runDraft(draftId)).resolves.toBeUndefined();
  });

  it('only retries failed drafts', async () => {
    const service = drafting();
    const draftId = await service.recordConversation(ticket(), 7);
    expect(await service.retryDraft(draftId!)).toBe(false);
  });
});

describe("the agent's voice", () => {
  it('signs every draft with the agent signature and tells the model the team tone', async () => {
    voice = { voice: { greeting: 'Hey {name}!', signature: 'Cheers,\nSam' }, teamTone: 'Plain words, no jargon.' };
    complete.mockImplementation(async () => answer('Hi Jane,\n\nWe refunded the duplicate charge.\n\nBest regards'));
    const draftId = await drafting().recordConversation(ticket(), 7);
    expect((await db.drafts.get(draftId!))?.text).toBe('Hey Jane!\n\nWe refunded the duplicate charge.\n\nCheers,\nSam');
    expect(complete.mock.calls[0]![1][0]!.content).toContain('<team_tone>Plain words, no jargon.</team_tone>');
  });
});

describe('redraft: "Draft again" with an instruction', () => {
  it('rewrites the same draft in place, showing the model the text it replaces and the instruction', async () => {
    const service = drafting();
    const draftId = (await service.recordConversation(ticket(), 7))!;
    complete.mockImplementationOnce(async () => answer('Hi Jane, the duplicate charge is refunded within 30 days.'));
    expect(await service.redraft(draftId, 'mention the 30-day window')).toEqual({ ok: true });
    await vi.waitFor(async () => expect((await db.drafts.get(draftId))?.status).toBe('pending'));

    const prompt = complete.mock.calls[1]![1][1]!.content;
    expect(prompt).toMatch(/<previous_draft>\nHi \[NAME_\d\], we refunded the duplicate charge.\n<\/previous_draft>/);
    expect(prompt).toContain('<instruction>mention the 30-day window</instruction>');
    expect(await db.drafts.get(draftId)).toMatchObject({
      text: 'Hi Jane, the duplicate charge is refunded within 30 days.',
      firstText: 'Hi Jane, we refunded the duplicate charge.',
      instructions: ['mention the 30-day window'],
    });
    expect(await db.drafts.count()).toBe(1);
  });

  it('keeps every instruction and the first text through a second redraft', async () => {
    const service = drafting();
    const draftId = (await service.recordConversation(ticket(), 7))!;
    await service.redraft(draftId, 'shorter');
    await vi.waitFor(async () => expect((await db.drafts.get(draftId))?.status).toBe('pending'));
    await service.redraft(draftId, 'ask for the order number');
    await vi.waitFor(async () => expect((await db.drafts.get(draftId))?.status).toBe('pending'));
    expect(complete.mock.calls[2]![1][1]!.content).toContain('<instruction>shorter</instruction>\n<instruction>ask for the order number</instruction>');
    expect(await db.drafts.get(draftId)).toMatchObject({ firstText: 'Hi Jane, we refunded the duplicate charge.', instructions: ['shorter', 'ask for the order number'] });
  });

  it('never acts directly on a version the agent asked for, even where the level would', async () => {
    taxonomy = DEFAULT_TAXONOMY.map((category) => ({ ...category, level: 3 as const }));
    const service = drafting();
    const draftId = (await service.recordConversation(ticket({ messages: [{ id: 'm1', role: 'customer', author: 'Jane Doe', sentAt: null, text: 'Where is my parcel?' }] }), 7))!;
    actDirectly.mockClear();
    await db.drafts.update(draftId, { status: 'pending' });
    await service.redraft(draftId, 'friendlier');
    await vi.waitFor(async () => expect((await db.drafts.get(draftId))?.status).toBe('pending'));
    expect(actDirectly).not.toHaveBeenCalled();
    expect((await db.drafts.get(draftId))?.reasons.at(-1)).toEqual({ code: 'drafted-again' });
    expect(reasonText({ code: 'drafted-again' })).toBe('Drafted again at your request: you decide');
  });

  it('refuses a draft that is no longer waiting for review', async () => {
    const service = drafting();
    const draftId = (await service.recordConversation(ticket(), 7))!;
    await db.drafts.update(draftId, { status: 'approved' });
    expect(await service.redraft(draftId, 'shorter')).toEqual({ ok: false, reason: 'Only a draft waiting for review can be drafted again.' });
  });
});

describe('language and summary (#16)', () => {
  it('detects the customer’s language, tells the model, and keeps it on the draft', async () => {
    const spanish = ticket({ messages: [{ id: 'm1', role: 'customer', author: 'Jane Doe', sentAt: null, text: 'Hola, me cobraron dos veces por mi pedido y quiero un reembolso.' }] });
    const draftId = await drafting().recordConversation(spanish, 7);
    expect(complete.mock.calls[0]![1][1]!.content).toContain("Customer's language: Spanish");
    expect((await db.drafts.get(draftId!))!.customerLanguage).toBe('es');
  });

  it('asks for a summary only of a conversation over the threshold, and keeps it restored with the draft', async () => {
    const service = drafting();
    await service.recordConversation(ticket(), 7);
    expect(complete.mock.calls[0]![3].responseFormat?.json_schema.schema).not.toHaveProperty('properties.summary');
    const long = Array.from({ length: SUMMARY_MIN_MESSAGES + 1 }, (_, at) => ({ id: `x${at}`, role: 'customer' as const, author: 'Jane Doe', sentAt: null, text: `Message ${at} from jane.doe@example.com` }));
    complete.mockImplementation(async (_settings, messages) => {
      const email = /\[EMAIL[^\]]*\]/.exec(messages[1]!.content)![0];
      return JSON.stringify({ reply: 'Hi Jane', summary: `Jane at ${email} wrote seven times.`, category: 'refunds', confidence: 0.9, flags: [] });
    });
    const draftId = await service.recordConversation(ticket({ id: 'zendesk:acme:9', messages: long }), 7);
    expect(complete.mock.calls[1]![3].responseFormat?.json_schema.schema).toHaveProperty('properties.summary');
    expect((await db.drafts.get(draftId!))!.summary).toBe("Jane at jane.doe@example.com wrote seven times.");
  });
});

describe('resumeInterruptedDrafts', () => {
  it('finishes drafts a killed worker left half-written', async () => {
    await db.drafts.add(draftRecord({ id: 'orphan', status: 'drafting', text: 'Hi Ja' }));
    await drafting().resumeInterruptedDrafts();
    expect(await db.drafts.get('orphan')).toMatchObject({ status: 'pending', text: 'Hi Jane, we refunded the duplicate charge.' });
  });
});

describe('recordUnreadable', () => {
  it('remembers why a tab could not be read', async () => {
    await drafting().recordUnreadable(9, 'intercom', 'Intercom: no conversation found');
    expect(await db.tabs.get(9)).toMatchObject({ conversationId: null, problem: 'Intercom: no conversation found' });
  });
});

describe('showDraftedAhead', () => {
  it('points the tab at a ticket drafted ahead before it is read, and at nothing else', async () => {
    const aheadOf = { account: 'acme', ticketId: 12345, waitingSince: null };
    await db.drafts.add(draftRecord({ id: 'ahead', aheadOf }));
    await db.drafts.add(draftRecord({ id: 'seen', conversationId: 'zendesk:acme:777', aheadOf: null }));
    await db.drafts.add(draftRecord({ id: 'done', conversationId: 'zendesk:acme:888', aheadOf: { ...aheadOf, ticketId: 888 }, status: 'approved' }));
    await drafting().showDraftedAhead(4, 'zendesk:acme:12345');
    expect(await db.tabs.get(4)).toMatchObject({ conversationId: 'zendesk:acme:12345', problem: null });
    // Only a reply drafted ahead and still open skips the read: others wait for it as before.
    await drafting().showDraftedAhead(5, 'zendesk:acme:777');
    await drafting().showDraftedAhead(6, 'zendesk:acme:888');
    expect(await db.tabs.bulkGet([5, 6])).toEqual([undefined, undefined]);
  });
});
