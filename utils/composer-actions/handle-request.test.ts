import { describe, expect, it, vi } from 'vitest';
import type { ConversationRead, ReplyBoxLookups } from '../adapters/types';
import type { UndoCountdownHandlers } from '../insertion/undo-countdown';
import { handleComposerRequest, type ComposerTab, type ComposerTools } from './handle-request';

const editor = { id: 'editor' } as unknown as HTMLElement;
const document = {} as Document;
const showing = (id: string): ConversationRead => ({
  status: 'read',
  conversation: { helpdesk: 'zendesk', id, url: 'https://acme.zendesk.com/agent/tickets/1', subject: 'Refund', customer: { name: '', email: null }, messages: [] },
});

function setUp(reads: ConversationRead[]) {
  const send = { click: vi.fn() } as unknown as HTMLElement & { click: ReturnType<typeof vi.fn> };
  const finished: unknown[] = [];
  let countdown: UndoCountdownHandlers | undefined;
  const replyBox: ReplyBoxLookups = { findComposer: () => ({ status: 'found', editor }), findSendButton: () => send };
  const tab: ComposerTab = {
    // Zendesk's content script leaves its reply box to the composer actions (tools.replyBoxes).
    adapter: { id: 'zendesk', label: 'Zendesk' },
    document,
    readOpenConversation: vi.fn(async () => (reads.length > 1 ? reads.shift()! : reads[0]!)),
    sendFinished: (...outcome) => void finished.push(outcome),
  };
  const box: ComposerTools = {
    insertReply: vi.fn(async () => ({ ok: true as const })),
    showUndoCountdown: vi.fn((_document, _seconds, handlers) => void (countdown = handlers)),
    replyBoxes: { zendesk: replyBox },
  };
  return { tab, box, replyBox, send, finished, countdown: () => countdown! };
}

const insert = { type: 'composer:insert', conversationId: 'zendesk:acme:1', text: 'Hello' };
const sendLater = { type: 'composer:send-after-undo', conversationId: 'zendesk:acme:1', text: 'Hello', undoSeconds: 5 };

describe('handleComposerRequest', () => {
  it('answers nothing to a request that does not validate, and touches nothing', async () => {
    const { tab, box } = setUp([showing('zendesk:acme:1')]);
    expect(await handleComposerRequest({ ...insert, text: '' }, tab, box)).toBeUndefined();
    expect(await handleComposerRequest({ ...sendLater, undoSeconds: 1.5 }, tab, box)).toBeUndefined();
    expect(tab.readOpenConversation).not.toHaveBeenCalled();
    expect(box.insertReply).not.toHaveBeenCalled();
  });

  it('inserts into the conversation the draft was written for, at the placement asked', async () => {
    const { tab, box } = setUp([showing('zendesk:acme:1')]);
    expect(await handleComposerRequest({ ...insert, placement: 'replace-selection' }, tab, box)).toEqual({ ok: true });
    expect(box.insertReply).toHaveBeenCalledWith(editor, 'Hello', 'replace-selection');
  });

  it('refuses when the tab now shows another conversation, or none', async () => {
    const other = setUp([showing('zendesk:acme:2')]);
    expect(await handleComposerRequest(insert, other.tab, other.box)).toEqual({ ok: false, reason: expect.stringContaining('“Refund”') });
    const none = setUp([{ status: 'none' }]);
    expect(await handleComposerRequest(insert, none.tab, none.box)).toEqual({ ok: false, reason: expect.stringContaining('no conversation is readable') });
    expect(other.box.insertReply).not.toHaveBeenCalled();
    expect(none.box.insertReply).not.toHaveBeenCalled();
  });

  it('says why when the reply box is missing or throws', async () => {
    const missing = setUp([showing('zendesk:acme:1')]);
    missing.replyBox.findComposer = () => ({ status: 'missing', problem: 'An internal note is open.' });
    expect(await handleComposerRequest(insert, missing.tab, missing.box)).toEqual({ ok: false, reason: 'An internal note is open.' });
    const broken = setUp([showing('zendesk:acme:1')]);
    broken.box.insertReply = () => Promise.reject(new Error('boom'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await handleComposerRequest(insert, broken.tab, broken.box)).toEqual({ ok: false, reason: expect.stringContaining('paste the reply by hand') });
  });

  it('uses the adapter\'s own reply box where it has one, and refuses where there is none', async () => {
    const own = setUp([showing('zendesk:acme:1')]);
    const ownEditor = { id: 'own' } as unknown as HTMLElement;
    own.tab.adapter.replyBox = { findComposer: () => ({ status: 'found', editor: ownEditor }), findSendButton: () => null };
    expect(await handleComposerRequest(insert, own.tab, own.box)).toEqual({ ok: true });
    expect(own.box.insertReply).toHaveBeenCalledWith(ownEditor, 'Hello', undefined);
    const none = setUp([showing('zendesk:acme:1')]);
    none.box.replyBoxes = {};
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await handleComposerRequest(insert, none.tab, none.box)).toEqual({ ok: false, reason: expect.stringContaining('paste the reply by hand') });
    expect(none.box.insertReply).not.toHaveBeenCalled();
  });

  it('finds the Send with the read just before it, which names the channel', async () => {
    const read = { ...showing('zendesk:acme:1'), channel: 'native_messaging' } as ConversationRead;
    const { tab, box, replyBox, countdown } = setUp([read]);
    const findSendButton = vi.spyOn(replyBox, 'findSendButton');
    await handleComposerRequest(sendLater, tab, box);
    countdown().onSend();
    await vi.waitFor(() => expect(findSendButton).toHaveBeenCalledWith(document, read));
  });

  it('sends after the countdown only while the same conversation is open', async () => {
    const same = setUp([showing('zendesk:acme:1')]);
    await handleComposerRequest(sendLater, same.tab, same.box);
    expect(same.box.insertReply).toHaveBeenCalledWith(editor, 'Hello', 'after-text');
    expect(same.box.showUndoCountdown).toHaveBeenCalledWith(document, 5, expect.anything());
    same.countdown().onSend();
    await vi.waitFor(() => expect(same.finished).toEqual([['zendesk:acme:1', 'sent', undefined]]));
    expect(same.send.click).toHaveBeenCalledOnce();

    const moved = setUp([showing('zendesk:acme:1'), showing('zendesk:acme:2')]);
    await handleComposerRequest(sendLater, moved.tab, moved.box);
    moved.countdown().onSend();
    await vi.waitFor(() => expect(moved.finished).toEqual([['zendesk:acme:1', 'cancelled', undefined]]));
    expect(moved.send.click).not.toHaveBeenCalled();
  });

  it('reports a cancel and a hidden countdown', async () => {
    const { tab, box, countdown, finished } = setUp([showing('zendesk:acme:1')]);
    await handleComposerRequest(sendLater, tab, box);
    countdown().onCancel();
    countdown().onHidden('covered by the page');
    expect(finished).toEqual([
      ['zendesk:acme:1', 'cancelled', undefined],
      ['zendesk:acme:1', 'withheld', 'covered by the page'],
    ]);
  });
});
