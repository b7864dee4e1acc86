import { beforeEach, describe, expect, it, vi } from 'vitest';
import { draftRecord, fakeClockAndIds, freshDatabase, TEST_SETTINGS } from '@/test/support/worker-fakes';
import type { ReplyLoopDatabase } from '../storage/db';
import type { DraftingToolsDeps } from './drafting-tools';
import { DEFAULT_REDACTION_KINDS } from '../privacy/redaction';
import { createDraftingTools } from './drafting-tools';

let db: ReplyLoopDatabase;
let complete: ReturnType<typeof vi.fn<DraftingToolsDeps['complete']>>;
let settings = TEST_SETTINGS;

const DRAFT = 'Hi Jane,\n\nYour refund of $49.00 for order #88123 is on its way. Write to jane@example.com if it is late.\n\nBest regards';

function tools() {
  return createDraftingTools({ db, loadSettings: async () => settings, loadRedactionKinds: async () => DEFAULT_REDACTION_KINDS, loadAgentLanguage: async () => 'en', complete, sleep: async () => undefined, ...fakeClockAndIds() });
}

beforeEach(async () => {
  db = freshDatabase();
  settings = TEST_SETTINGS;
  complete = vi.fn<DraftingToolsDeps['complete']>(async () => JSON.stringify({ rewritten: 'Refund sent.' }));
  await db.conversations.put({ id: 'zendesk:acme:12345', helpdesk: 'zendesk', url: 'https://acme.zendesk.com/agent/tickets/12345', subject: 'Refund', customerName: 'Jane Doe', customerEmail: 'jane@example.com', lastTabId: 7, updatedAt: 1 });
  await db.drafts.add(draftRecord({ text: DRAFT }));
});

describe('rewrite', () => {
  it('rewrites the selection, redacted for the model, and keeps the result as a preview', async () => {
    const start = DRAFT.indexOf('Your');
    const end = DRAFT.indexOf('\n\nBest');
    complete.mockImplementation(async (_s, messages) => {
      // The model saw placeholders, and answers with one; the agent gets the real value back.
      expect(messages[1]!.content).not.toContain('jane@example.com');
      const placeholder = /\[EMAIL[^\]]*\]/.exec(messages[1]!.content)![0];
      return JSON.stringify({ rewritten: `Refund of $49.00 sent; write to ${placeholder}.` });
    });
    expect(await tools().rewrite('d1', { style: 'shorter', selection: { start, end } })).toEqual({ ok: true });
    const { rewritePreview, text } = (await db.drafts.get('d1'))!;
    expect(text).toBe(DRAFT);
    expect(rewritePreview).toMatchObject({ label: 'Shorter (selection)', before: DRAFT.slice(start, end), after: 'Refund of $49.00 sent; write to jane@example.com.' });
    // The order number went missing: the preview says so.
    expect(rewritePreview!.factChanges.join(' ')).toContain('#88123');
    expect(complete.mock.calls[0]![1][1]!.content).toContain('<rewrite_instruction>Make it shorter.</rewrite_instruction>');
  });

  it('accepts the preview into the draft, then undoes it; the first draft stays what an approval corrects', async () => {
    const service = tools();
    await service.rewrite('d1', { style: 'friendlier' });
    expect(await service.decideRewrite('d1', 'accept')).toEqual({ ok: true });
    expect(await db.drafts.get('d1')).toMatchObject({ text: 'Refund sent.', firstText: DRAFT, rewritePreview: null, textHistory: [{ text: DRAFT, label: 'Friendlier' }] });
    expect(await service.decideRewrite('d1', 'undo')).toEqual({ ok: true });
    expect(await db.drafts.get('d1')).toMatchObject({ text: DRAFT, textHistory: [] });
    expect((await service.decideRewrite('d1', 'undo')).ok).toBe(false);
  });

  it('discards a preview, leaving the draft as it was', async () => {
    const service = tools();
    await service.rewrite('d1', { style: 'custom', instruction: 'mention the 30-day window' });
    expect(complete.mock.calls[0]![1][1]!.content).toContain('<agent_instruction>mention the 30-day window</agent_instruction>');
    await service.decideRewrite('d1', 'discard');
    expect(await db.drafts.get('d1')).toMatchObject({ text: DRAFT, rewritePreview: null });
  });

  it('refuses a custom rewrite without words, a draft not in review, and a preview of a text since changed', async () => {
    const service = tools();
    expect((await service.rewrite('d1', { style: 'custom', instruction: ' ' })).ok).toBe(false);
    await service.rewrite('d1', { style: 'shorter' });
    await db.drafts.update('d1', { text: 'Edited elsewhere' });
    expect(await service.decideRewrite('d1', 'accept')).toMatchObject({ ok: false, reason: expect.stringContaining('changed') });
    await db.drafts.update('d1', { postAt: 5_000 });
    expect((await service.rewrite('d1', { style: 'shorter' })).ok).toBe(false);
    expect(complete).toHaveBeenCalledTimes(1);
  });

  it('repairs an unusable answer once, then says what failed', async () => {
    complete.mockResolvedValue('not json');
    const result = await tools().rewrite('d1', { style: 'grammar' });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('The rewrite failed') });
    expect(complete).toHaveBeenCalledTimes(2);
    settings = { ...TEST_SETTINGS, apiKey: '' };
    expect(await tools().rewrite('d1', { style: 'grammar' })).toMatchObject({ ok: false, reason: expect.stringContaining('No API key') });
  });
});

describe('translate', () => {
  it('stores the customer’s message and the draft in the agent’s language, for this text', async () => {
    complete.mockImplementation(async (_s, messages) => {
      expect(messages[0]!.content).toContain('into English');
      return JSON.stringify({ customer_message: 'I want a refund.', draft: 'Your refund is on its way.' });
    });
    expect(await tools().translate('d1')).toEqual({ ok: true });
    expect((await db.drafts.get('d1'))!.translation).toEqual({ language: 'en', customerMessage: 'I want a refund.', draft: 'Your refund is on its way.', ofText: DRAFT });
  });
});

describe('giveFeedback', () => {
  it('keeps the latest thumbs and its reason on the draft', async () => {
    await tools().giveFeedback('d1', 'down', '  wrong policy ');
    expect((await db.drafts.get('d1'))!.feedback).toMatchObject({ verdict: 'down', reason: 'wrong policy' });
    await tools().giveFeedback('d1', 'up', '');
    expect((await db.drafts.get('d1'))!.feedback).toMatchObject({ verdict: 'up', reason: null });
    expect((await tools().giveFeedback('nope', 'up', null)).ok).toBe(false);
  });
});
