import { beforeEach, describe, expect, it, vi } from 'vitest';
import { draftRecord, fakeClockAndIds, freshDatabase, TEST_SETTINGS, ticket } from '@/test/support/worker-fakes';
import { createDrafting, type DraftingDeps } from './drafting';
import { createCorrectionMemory } from './memory/correction-memory';
import { createOfflineEmbedder } from './memory/offline-embedder';
import { DEFAULT_REDACTION_KINDS } from './privacy/redaction';
import type { ReplyLoopDatabase } from './db';

let db: ReplyLoopDatabase;
let complete: ReturnType<typeof vi.fn<DraftingDeps['complete']>>;
let settings = TEST_SETTINGS;

function drafting() {
  const service = createDrafting({ db, memory: createCorrectionMemory({ db, currentEmbedder: async () => createOfflineEmbedder() }), loadSettings: async () => settings, loadRedactionKinds: async () => DEFAULT_REDACTION_KINDS, complete, ...fakeClockAndIds() });
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
  complete = vi.fn<DraftingDeps['complete']>(async (_settings, _messages, onText) => {
    onText('Hi Jane,');
    return 'Hi Jane, we refunded the duplicate charge.';
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

describe('privacy', () => {
  it('hides personal data from the model and restores it in the draft the agent sees', async () => {
    const withEmail = ticket({
      messages: [{ id: 'm1', role: 'customer', author: 'Jane Doe', sentAt: null, text: 'Please send the invoice to jane.doe@example.com' }],
    });
    complete.mockImplementationOnce(async (_settings, prompt) => {
      const email = prompt[1]!.content.match(/\[EMAIL_\d+\]/)?.[0];
      return `We sent it to ${email}.`;
    });
    const draftId = await drafting().recordConversation(withEmail, 7);
    expect(JSON.stringify(complete.mock.calls[0]![1])).not.toContain('jane.doe@example.com');
    expect(await db.drafts.get(draftId!)).toMatchObject({ text: 'We sent it to jane.doe@example.com.', redactions: expect.stringContaining('email address') });
  });
});

describe('failures', () => {
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

  it('only retries failed drafts', async () => {
    const service = drafting();
    const draftId = await service.recordConversation(ticket(), 7);
    expect(await service.retryDraft(draftId!)).toBe(false);
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
