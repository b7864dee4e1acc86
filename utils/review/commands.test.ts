import { beforeEach, describe, expect, it, vi } from 'vitest';
import { draftRecord, freshDatabase } from '@/test/support/worker-fakes';
import { createCommands } from './commands';
import type { ReplyLoopDatabase } from '../storage/db';
import { OK } from '../messaging/messages';

describe('browser-wide commands', () => {
  let db: ReplyLoopDatabase;
  const approve = vi.fn(async () => OK);
  const showConversation = vi.fn(async () => undefined);

  beforeEach(async () => {
    db = freshDatabase();
    approve.mockClear();
    showConversation.mockClear();
    await db.tabs.put({ tabId: 7, helpdesk: 'zendesk', conversationId: 'zendesk:acme:1', problem: null, updatedAt: 1 });
    await db.conversations.bulkPut(
      ['1', '2'].map((id) => ({
        id: `zendesk:acme:${id}`, helpdesk: 'zendesk' as const, url: `https://acme.zendesk.com/agent/tickets/${id}`, subject: id, customerName: 'Jane',
        customerEmail: null, lastTabId: Number(id) * 10, updatedAt: 1,
      })),
    );
  });

  it('approves the waiting draft of the conversation on screen, as drafted', async () => {
    await db.drafts.bulkPut([
      draftRecord({ id: 'old', conversationId: 'zendesk:acme:1', status: 'stale', text: 'old' }),
      draftRecord({ id: 'now', conversationId: 'zendesk:acme:1', text: 'Current draft' }),
    ]);
    await expect(createCommands({ db, approve, showConversation }).approveOnScreen(7)).resolves.toEqual(OK);
    expect(approve).toHaveBeenCalledWith('now', 'Current draft');
  });

  it('refuses, saying why, when nothing waits or the tab shows no conversation', async () => {
    const commands = createCommands({ db, approve, showConversation });
    await expect(commands.approveOnScreen(7)).resolves.toMatchObject({ ok: false, reason: 'No draft is waiting for this conversation.' });
    await expect(commands.approveOnScreen(99)).resolves.toMatchObject({ ok: false });
    expect(approve).not.toHaveBeenCalled();
  });

  it('goes to the oldest draft waiting in another conversation', async () => {
    await db.drafts.bulkPut([
      draftRecord({ id: 'here', conversationId: 'zendesk:acme:1', createdAt: 1 }),
      draftRecord({ id: 'there', conversationId: 'zendesk:acme:2', createdAt: 2 }),
    ]);
    await expect(createCommands({ db, approve, showConversation }).nextFrom(7)).resolves.toEqual(OK);
    expect(showConversation).toHaveBeenCalledWith(20, 'https://acme.zendesk.com/agent/tickets/2');
  });
});
