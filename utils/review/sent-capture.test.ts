import { beforeEach, describe, expect, it } from 'vitest';
import { draftRecord, fakeClockAndIds, freshDatabase, ticket } from '@/test/support/worker-fakes';
import type { ConversationMessage } from '../intake/conversation';
import type { ReplyLoopDatabase, ReviewRecord } from '../storage/db';
import { createSentCapture } from './sent-capture';

let db: ReplyLoopDatabase;
const capture = () => createSentCapture({ db, ...fakeClockAndIds() });

const APPROVED = 'Hi Jane,\n\nWe refunded the duplicate charge today.\n\nBest regards';
const agentReply = (text: string): ConversationMessage => ({ id: 'sent', role: 'agent', author: 'Marco', sentAt: null, text });

async function seed(review: Partial<ReviewRecord> = {}) {
  const conversation = ticket();
  await db.messages.bulkPut(conversation.messages.map((message, position) => ({ ...message, conversationId: conversation.id, position })));
  await db.drafts.add(draftRecord({ status: 'approved', text: APPROVED }));
  await db.reviews.add({
    id: 'r1', draftId: 'd1', conversationId: conversation.id, helpdesk: 'zendesk', category: 'refunds', decision: 'approved',
    editKind: null, level: 1, reviewer: 'Marco', draftText: APPROVED, finalText: APPROVED, sentText: null, rejectReason: null, decidedAt: 5,
    ...review,
  });
}

const withSent = (text: string) => ticket({ messages: [...ticket().messages, agentReply(text)] });

beforeEach(async () => {
  db = freshDatabase();
  await seed();
});

describe('captureSentReply', () => {
  it('records the sent text when the agent sent what was approved', async () => {
    await capture().captureSentReply(withSent(APPROVED.replaceAll('\n\n', '\n')));
    expect(await db.reviews.get('r1')).toMatchObject({ sentText: expect.stringContaining('refunded'), decision: 'approved' });
    expect(await db.corrections.count()).toBe(0);
  });

  it('turns a change made in the composer into the final version and a correction', async () => {
    const sent = APPROVED.replace('today', 'today; it shows on your card in 5-10 business days');
    await capture().captureSentReply(withSent(sent));
    expect(await db.reviews.get('r1')).toMatchObject({ finalText: sent, sentText: sent, decision: 'edited', editKind: 'substantive' });
    expect(await db.corrections.toArray()).toMatchObject([{ draftId: 'd1', draftText: APPROVED, approvedText: sent, author: 'Marco', category: 'refunds' }]);
  });

  it('updates the existing correction of an edited approval', async () => {
    await db.reviews.update('r1', { decision: 'edited', editKind: 'cosmetic', finalText: `${APPROVED}!` });
    await db.corrections.add({
      id: 'c1', draftId: 'd1', conversationId: ticket().id, helpdesk: 'zendesk', category: 'refunds', customerMessage: 'x',
      draftText: APPROVED, approvedText: `${APPROVED}!`, editKind: 'cosmetic', editReasons: [], author: 'Marco', history: [], createdAt: 1, updatedAt: 1,
    });
    await capture().captureSentReply(withSent('We cannot refund this charge.'));
    expect(await db.corrections.toArray()).toMatchObject([
      {
        id: 'c1',
        approvedText: 'We cannot refund this charge.',
        editKind: 'substantive',
        history: [{ approvedText: `${APPROVED}!`, author: 'Marco', updatedAt: 1 }],
      },
    ]);
  });

  it('ignores a conversation seen for the first time (its history was not sent through ReplyLoop)', async () => {
    await db.messages.clear();
    await capture().captureSentReply(withSent('Something else entirely'));
    expect((await db.reviews.get('r1'))?.sentText).toBeNull();
  });

  it('ignores new customer messages and notes', async () => {
    await capture().captureSentReply(
      ticket({ messages: [...ticket().messages, { id: 'n', role: 'internal-note', author: 'Sam', sentAt: null, text: 'note' }] }),
    );
    expect((await db.reviews.get('r1'))?.sentText).toBeNull();
  });

  it('ignores an older agent reply that appears above known messages (a thread expanding)', async () => {
    const [first, ...rest] = ticket().messages;
    await capture().captureSentReply(ticket({ messages: [agentReply('An old reply, just revealed'), first!, ...rest] }));
    expect((await db.reviews.get('r1'))?.sentText).toBeNull();
  });

  it('does not touch rejected reviews', async () => {
    await db.reviews.update('r1', { decision: 'rejected', finalText: null });
    await capture().captureSentReply(withSent('A reply the agent wrote alone'));
    expect((await db.reviews.get('r1'))?.sentText).toBeNull();
  });
});
