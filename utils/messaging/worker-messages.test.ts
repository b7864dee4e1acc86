import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { ticket } from '@/test/support/worker-fakes';
import type { Drafting } from '../draft/drafting';
import { OK } from './messages';
import type { createReview } from '../review/review';
import { createWorkerMessageHandler } from './worker-messages';

const ORIGIN = 'chrome-extension://abcdefghijklmnop/';

function handler() {
  const review = { approve: vi.fn(async () => OK), reject: vi.fn(async () => OK) };
  const drafting = { retryDraft: vi.fn(async () => true), recordUnreadable: vi.fn(async () => undefined), showDraftedAhead: vi.fn(async () => undefined) };
  const takeIn = vi.fn(async (): Promise<string | null> => null);
  const tools = { rewrite: vi.fn(async () => OK), decideRewrite: vi.fn(async () => OK), translate: vi.fn(async () => OK), giveFeedback: vi.fn(async () => OK) };
  const handle = createWorkerMessageHandler({
    drafting: drafting as unknown as Drafting,
    tools,
    review: review as unknown as ReturnType<typeof createReview>,
    takeIn,
    knowledge: { savePage: vi.fn(async () => OK), deletePage: vi.fn(async () => OK) },
    draftAhead: { cancelSend: vi.fn(async () => OK) },
    extensionOrigin: ORIGIN,
    isHelpdeskUrl: (url) => url.startsWith('https://acme.zendesk.com/agent/'),
  });
  return { handle, review, drafting, takeIn, tools };
}

const panel: Browser.runtime.MessageSender = { id: 'abcdefghijklmnop', url: `${ORIGIN}sidepanel.html` };
const zendeskTab: Browser.runtime.MessageSender = {
  id: 'abcdefghijklmnop',
  url: 'https://acme.zendesk.com/agent/tickets/12345',
  frameId: 0,
  tab: { id: 7 } as Browser.tabs.Tab,
};

describe('createWorkerMessageHandler', () => {
  it('passes the drafting tools’ requests on, checked (#16)', async () => {
    const { handle, tools } = handler();
    await handle({ type: 'draft:rewrite', draftId: 'd1', style: 'shorter', selection: { start: 2, end: 9 } }, panel);
    expect(tools.rewrite).toHaveBeenCalledWith('d1', { style: 'shorter', selection: { start: 2, end: 9 } });
    await handle({ type: 'draft:rewrite-decision', draftId: 'd1', decision: 'undo' }, panel);
    expect(tools.decideRewrite).toHaveBeenCalledWith('d1', 'undo');
    await handle({ type: 'draft:feedback', draftId: 'd1', verdict: 'down', reason: 'wrong policy' }, panel);
    expect(tools.giveFeedback).toHaveBeenCalledWith('d1', 'down', 'wrong policy');
    await handle({ type: 'draft:rewrite', draftId: 'd1', style: 'louder' }, panel);
    await handle({ type: 'draft:translate', draftId: 'd1' }, zendeskTab);
    expect(tools.rewrite).toHaveBeenCalledTimes(1);
    expect(tools.translate).not.toHaveBeenCalled();
  });

  it('drafts the sample conversation for the welcome tab that asks, and for no page outside a tab (#15)', async () => {
    const { handle, takeIn } = handler();
    const welcome: Browser.runtime.MessageSender = { id: 'abcdefghijklmnop', url: `${ORIGIN}welcome.html`, tab: { id: 4, url: `${ORIGIN}welcome.html` } as Browser.tabs.Tab };
    expect(await handle({ type: 'sample:draft' }, welcome)).toEqual(OK);
    expect(takeIn).toHaveBeenCalledWith(expect.objectContaining({ id: 'web:replyloop:sample', helpdesk: 'web', url: `${ORIGIN}welcome.html` }), 4);
    expect(await handle({ type: 'sample:draft' }, panel)).toMatchObject({ ok: false });
    await handle({ type: 'sample:draft' }, zendeskTab);
    expect(takeIn).toHaveBeenCalledTimes(1);
  });

  it('takes decisions from the extension’s own pages', async () => {
    const { handle, review } = handler();
    expect(await handle({ type: 'draft:approve', draftId: 'd1', text: 'Hello' }, panel)).toEqual(OK);
    expect(review.approve).toHaveBeenCalledWith('d1', 'Hello', undefined);
    // Replace selection (#11) travels with the approval.
    await handle({ type: 'draft:approve', draftId: 'd1', text: 'Hello', placement: 'replace-selection' }, panel);
    expect(review.approve).toHaveBeenLastCalledWith('d1', 'Hello', 'replace-selection');
  });

  it('takes conversations from content scripts on helpdesk pages', async () => {
    const { handle, takeIn } = handler();
    expect(await handle({ type: 'conversation:seen', conversation: ticket() }, zendeskTab)).toEqual(OK);
    expect(takeIn).toHaveBeenCalledWith(ticket(), 7);
  });

  it('shows a reply drafted ahead for the ticket the tab’s own URL names, before the page is read (#18)', async () => {
    const { handle, drafting } = handler();
    expect(await handle({ type: 'conversation:opened' }, zendeskTab)).toEqual(OK);
    expect(drafting.showDraftedAhead).toHaveBeenCalledWith(7, 'zendesk:acme:12345');
    // A dashboard names no ticket: nothing to show.
    expect(await handle({ type: 'conversation:opened' }, { ...zendeskTab, url: 'https://acme.zendesk.com/agent/dashboard', tab: { id: 7, url: 'https://acme.zendesk.com/agent/dashboard' } as Browser.tabs.Tab })).toBeUndefined();
    expect(drafting.showDraftedAhead).toHaveBeenCalledTimes(1);
  });

  it('tells the tab when storage refused its conversation, so it sends it again', async () => {
    const { handle, takeIn } = handler();
    takeIn.mockResolvedValueOnce('ReplyLoop’s storage is full');
    expect(await handle({ type: 'conversation:seen', conversation: ticket() }, zendeskTab)).toEqual({ ok: false, reason: 'ReplyLoop’s storage is full' });
  });

  it.each([
    ['a decision from a helpdesk page (a page script cannot approve)', { type: 'draft:approve', draftId: 'd1', text: 'x' }, zendeskTab],
    ['a conversation from an extension page', { type: 'conversation:seen', conversation: ticket() }, panel],
    ['a conversation from a page no adapter covers', { type: 'conversation:seen', conversation: ticket() }, { ...zendeskTab, url: 'https://evil.example/agent/tickets/1' }],
    ['a conversation of another Zendesk account than the tab’s', { type: 'conversation:seen', conversation: ticket({ id: 'zendesk:globex:12345' }) }, zendeskTab],
    ['a conversation of another helpdesk than the tab’s', { type: 'conversation:seen', conversation: ticket({ helpdesk: 'intercom', id: 'intercom:acme:12345' }) }, zendeskTab],
    ['an unreadable page of another helpdesk', { type: 'conversation:unreadable', helpdesk: 'gmail', reason: 'x' }, zendeskTab],
    ['a send finished in another helpdesk', { type: 'composer:send-finished', conversationId: 'gmail:a@b.c:1', outcome: 'sent' }, zendeskTab],
    ['a conversation from a subframe', { type: 'conversation:seen', conversation: ticket() }, { ...zendeskTab, frameId: 3 }],
    ['an unknown message type', { type: 'settings:export' }, panel],
    ['a malformed conversation', { type: 'conversation:seen', conversation: { ...ticket(), messages: 'nope' } }, zendeskTab],
    ['an approval of empty text', { type: 'draft:approve', draftId: 'd1', text: '   ' }, panel],
    ['a non-object', 'approve everything', panel],
  ])('drops %s', async (_name, message, sender) => {
    const { handle, review, takeIn } = handler();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(handle(message, sender as Browser.runtime.MessageSender)).toBeUndefined();
    expect(review.approve).not.toHaveBeenCalled();
    expect(takeIn).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[ReplyLoop] dropped'));
    warn.mockRestore();
  });
});
