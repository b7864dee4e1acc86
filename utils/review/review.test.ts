import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reasonLines } from '@/utils/autonomy/reason-text';
import { draftRecord, fakeClockAndIds, freshDatabase, ticket } from '@/test/support/worker-fakes';
import { createAuditLog } from './audit';
import type { ReplyLoopDatabase } from '../storage/db';
import { OK, refused } from '../messaging/messages';
import { createReview, type ReviewDeps } from './review';
import { SAMPLE_CONVERSATION_ID } from '../intake/sample-conversation';

let db: ReplyLoopDatabase;
let sendToTab: ReturnType<typeof vi.fn<ReviewDeps['sendToTab']>>;

const review = () => createReview({ db, sendToTab, reviewerName: async () => 'Sam', audit: createAuditLog({ db, ...fakeClockAndIds() }), ...fakeClockAndIds() });

async function seedPendingDraft() {
  const conversation = ticket();
  await db.tabs.put({ tabId: 7, helpdesk: 'zendesk', conversationId: conversation.id, problem: null, updatedAt: 1 });
  await db.conversations.put({
    id: conversation.id, helpdesk: 'zendesk', url: conversation.url, subject: conversation.subject,
    customerName: 'Jane Doe', customerEmail: null, lastTabId: 7, updatedAt: 1,
  });
  await db.drafts.add(draftRecord({ customerMessage: 'I was charged twice.' }));
}

beforeEach(async () => {
  db = freshDatabase();
  sendToTab = vi.fn<ReviewDeps['sendToTab']>(async () => OK);
  await seedPendingDraft();
});

describe('approve', () => {
  it('inserts the draft into the tab showing its conversation and records the review', async () => {
    expect(await review().approve('d1', 'We will refund you in 5 days.')).toEqual(OK);
    expect(sendToTab).toHaveBeenCalledWith(7, { type: 'composer:insert', conversationId: 'zendesk:acme:12345', text: 'We will refund you in 5 days.' });
    expect((await db.drafts.get('d1'))?.status).toBe('approved');
    expect(await db.reviews.toArray()).toMatchObject([{ decision: 'approved', finalText: 'We will refund you in 5 days.' }]);
    expect(await db.corrections.count()).toBe(0);
  });

  it('stores a correction when the human edited the draft', async () => {
    await review().approve('d1', 'We refunded you today.');
    expect(await db.reviews.toArray()).toMatchObject([{ decision: 'edited' }]);
    expect(await db.corrections.toArray()).toMatchObject([
      {
        customerMessage: 'I was charged twice.',
        draftText: 'We will refund you in 5 days.',
        approvedText: 'We refunded you today.',
        category: 'uncategorised',
        conversationId: 'zendesk:acme:12345',
        editKind: 'substantive',
        author: 'Sam',
      },
    ]);
  });

  it('keeps the draft pending and says why when the tab refuses (another conversation is open)', async () => {
    sendToTab.mockResolvedValueOnce(refused('This tab now shows “Password reset”'));
    const result = await review().approve('d1', 'We refunded you today.');
    expect(result).toEqual(refused('This tab now shows “Password reset”'));
    expect(await db.drafts.get('d1')).toMatchObject({ status: 'pending', insertBlockedReason: 'This tab now shows “Password reset”' });
    expect(await db.reviews.count()).toBe(0);
    expect(await db.corrections.count()).toBe(0);
  });

  it('asks the tab that last showed the conversation, whose content script has the final word', async () => {
    await db.tabs.update(7, { conversationId: 'zendesk:acme:99' });
    sendToTab.mockResolvedValueOnce(refused('This tab now shows “Other”'));
    expect(await review().approve('d1', 'x')).toEqual(refused('This tab now shows “Other”'));
    expect(sendToTab).toHaveBeenCalledWith(7, expect.objectContaining({ conversationId: 'zendesk:acme:12345' }));
  });

  it('prefers a tab that shows the conversation now', async () => {
    await db.tabs.update(7, { conversationId: 'zendesk:acme:99' });
    await db.tabs.put({ tabId: 8, helpdesk: 'zendesk', conversationId: 'zendesk:acme:12345', problem: null, updatedAt: 2 });
    await review().approve('d1', 'x');
    expect(sendToTab).toHaveBeenCalledWith(8, expect.anything());
  });

  it('inserts only once when approve is clicked twice', async () => {
    const service = review();
    const results = await Promise.all([service.approve('d1', 'a'), service.approve('d1', 'a')]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(sendToTab).toHaveBeenCalledTimes(1);
  });
});

describe('approve after "Draft again"', () => {
  it('counts the approved reply as the correction of the first draft, with the instructions on the review', async () => {
    await db.drafts.update('d1', { text: 'We will refund you within 30 days.', firstText: 'We will refund you in 5 days.', instructions: ['mention the 30-day window'] });
    await review().approve('d1', 'We will refund you within 30 days.');
    expect(await db.reviews.toArray()).toMatchObject([
      { decision: 'edited', draftText: 'We will refund you in 5 days.', finalText: 'We will refund you within 30 days.', instructions: ['mention the 30-day window'] },
    ]);
    expect(await db.corrections.toArray()).toMatchObject([{ draftText: 'We will refund you in 5 days.', approvedText: 'We will refund you within 30 days.' }]);
  });
});

describe('shadow mode (#18)', () => {
  it('copies the draft’s shadow decisions onto its review, where the verdict scores them', async () => {
    const shadow = [
      { level: 2 as const, route: 'insert' as const, action: 'insert' as const, reasons: ['Level 2: confidence 0.92 ≥ 0.80'] },
      { level: 3 as const, route: 'insert' as const, action: 'insert' as const, reasons: ['Level 3: confidence 0.92 ≥ 0.80'] },
    ];
    await db.drafts.update('d1', { shadow });
    await review().approve('d1', 'We refunded you today.');
    expect(await db.reviews.toArray()).toMatchObject([{ decision: 'edited', editKind: 'substantive', shadow }]);
  });

  it('adds nothing to a review of a draft without one', async () => {
    await review().reject('d1', null);
    expect((await db.reviews.toArray())[0]).not.toHaveProperty('shadow');
  });
});

describe('concerns (#13)', () => {
  it('stores the concerns the draft was routed with on its review and correction, so it is no evidence of routine', async () => {
    const money = { code: 'concern' as const, kind: 'financial' as const, terms: [{ topic: 'refund', word: 'refund' }], sides: ['message' as const] };
    await db.drafts.update('d1', { route: 'review', reasons: [money, { code: 'every-draft-reviewed' }] });
    await review().approve('d1', 'We refunded you today.');
    expect(await db.reviews.toArray()).toMatchObject([{ concerns: ['financial'] }]);
    expect(await db.corrections.toArray()).toMatchObject([{ concerns: ['financial'] }]);
  });

  it('stores none for a draft reviewed for no concern, and leaves them unknown for one never routed', async () => {
    const reviewing = review();
    await db.drafts.update('d1', { route: 'review', reasons: [{ code: 'every-draft-reviewed' }] });
    await reviewing.approve('d1', 'We will refund you in 5 days.');
    await db.drafts.update('d1', { status: 'pending', route: null, reasons: [] });
    await reviewing.approve('d1', 'We will refund you in 5 days.');
    const [reviewed, unrouted] = await db.reviews.orderBy('decidedAt').toArray();
    expect(reviewed).toMatchObject({ concerns: [] });
    expect(unrouted).not.toHaveProperty('concerns');
  });
});

describe('reject', () => {
  it('records the rejection and inserts nothing', async () => {
    expect(await review().reject('d1', 'Wrong policy')).toEqual(OK);
    expect((await db.drafts.get('d1'))?.status).toBe('rejected');
    expect(await db.reviews.toArray()).toMatchObject([{ decision: 'rejected', finalText: null, rejectReason: 'Wrong policy' }]);
    expect(sendToTab).not.toHaveBeenCalled();
  });

  it('refuses a draft that is no longer pending', async () => {
    await review().reject('d1', null);
    expect((await review().reject('d1', null)).ok).toBe(false);
    expect(await db.reviews.count()).toBe(1);
  });
});

describe('a reply to a selection on another page', () => {
  it('is approved without any insertion (the panel copies it)', async () => {
    await db.drafts.update('d1', { helpdesk: 'web' });
    expect(await review().approve('d1', 'Copied reply')).toEqual(OK);
    expect(sendToTab).not.toHaveBeenCalled();
    expect((await db.drafts.get('d1'))?.status).toBe('approved');
  });

  it('is no customer when it is the welcome page’s sample: logged, but no review to count and nothing to learn', async () => {
    await db.drafts.update('d1', { helpdesk: 'web', conversationId: SAMPLE_CONVERSATION_ID });
    expect(await review().approve('d1', 'An edited sample reply')).toEqual(OK);
    expect(await db.reviews.count()).toBe(0);
    expect(await db.corrections.count()).toBe(0);
    expect(await db.audit.toArray()).toMatchObject([{ draftId: 'd1', action: 'edited' }]);
  });
});

describe('acting without review', () => {
  it('inserts a routed draft and logs it as ReplyLoop’s decision', async () => {
    await db.drafts.update('d1', { category: 'orders', level: 2, route: 'insert', reasons: ['Level 2: confident'] });
    await review().actDirectly('d1', 'insert', 10);
    expect(sendToTab).toHaveBeenCalledWith(7, { type: 'composer:insert', conversationId: 'zendesk:acme:12345', text: 'We will refund you in 5 days.' });
    expect((await db.drafts.get('d1'))?.status).toBe('auto-inserted');
    expect(await db.audit.toArray()).toMatchObject([{ action: 'inserted', actor: 'ReplyLoop', category: 'orders', level: 2 }]);
    expect(await db.reviews.count()).toBe(0);
  });

  it('asks for the undo countdown when the category sends', async () => {
    await review().actDirectly('d1', 'send-after-undo', 12);
    expect(sendToTab).toHaveBeenCalledWith(7, expect.objectContaining({ type: 'composer:send-after-undo', undoSeconds: 12 }));
  });

  it('puts the draft in the queue with the reason when the tab refuses', async () => {
    sendToTab.mockResolvedValueOnce(refused('This tab now shows “Other”'));
    await db.drafts.update('d1', { route: 'insert', reasons: ['Level 2: confident'] });
    await review().actDirectly('d1', 'insert', 10);
    expect(await db.drafts.get('d1')).toMatchObject({ status: 'pending', route: 'review', reasons: [{ code: 'could-not-act', detail: 'This tab now shows “Other”' }, 'Level 2: confident'] });
    expect(reasonLines((await db.drafts.get('d1'))!.reasons)).toEqual(['Could not act directly: This tab now shows “Other”', 'Level 2: confident']);
  });

  it('records how the countdown ended', async () => {
    const service = review();
    await db.drafts.update('d1', { status: 'auto-inserted', route: 'send-after-undo' });
    await service.sendFinished('zendesk:acme:12345', 'sent');
    expect((await db.drafts.get('d1'))?.status).toBe('auto-sent');
    await db.drafts.update('d1', { status: 'auto-inserted' });
    await service.sendFinished('zendesk:acme:12345', 'cancelled');
    expect((await db.drafts.get('d1'))?.status).toBe('auto-inserted');
    expect((await db.audit.toArray()).map((entry) => entry.action).sort()).toEqual(['send-cancelled', 'sent']);
  });
});

describe('after-the-fact review of a level-3 sample', () => {
  beforeEach(async () => {
    await db.drafts.update('d1', { status: 'auto-sent', level: 3, category: 'orders', route: 'sample-later', sampled: true });
  });

  it('marks it fine: an approved review, nothing to learn', async () => {
    expect(await review().reviewSample('d1', null)).toEqual(OK);
    expect(await db.reviews.toArray()).toMatchObject([{ decision: 'approved', level: 3, category: 'orders' }]);
    expect((await db.drafts.get('d1'))?.sampleReviewed).toBe(true);
    expect((await db.audit.toArray()).map((entry) => entry.action)).toContain('sample-fine');
  });

  it('corrects it: the correction enters memory', async () => {
    const service = review();
    await service.reviewSample('d1', 'We refunded you today.');
    expect(await db.corrections.toArray()).toMatchObject([{ approvedText: 'We refunded you today.', category: 'orders' }]);
    expect((await service.reviewSample('d1', null)).ok).toBe(false);
  });
});
