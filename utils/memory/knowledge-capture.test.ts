import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeClockAndIds, freshDatabase } from '@/test/support/worker-fakes';
import type { ReplyLoopDatabase } from '../storage/db';
import { conversationRefusal, createKnowledgeCapture } from './knowledge-capture';
import type { PageContext } from '../intake/page-context';

let db: ReplyLoopDatabase;
const sync = vi.fn(async () => undefined as never);
const article: PageContext = {
  url: 'https://help.acme.com/refunds#top',
  title: 'Refund policy',
  text: 'Refunds go back to the original payment method within 5-10 business days.\n\nDigital goods are not refundable once downloaded.',
};
const capture = (page: PageContext | string) =>
  createKnowledgeCapture({ db, memory: { sync }, readPage: async () => page, isConversationPage: (url) => url.includes('/agent/tickets/'), ...fakeClockAndIds() });

beforeEach(() => {
  db = freshDatabase();
  sync.mockClear();
});

describe('savePage', () => {
  it('stores the article as chunks under its URL and embeds them', async () => {
    const result = await capture(article).savePage(3);
    expect(result).toEqual({ ok: true, detail: 'Saved “Refund policy” to knowledge (1 chunk).' });
    expect(await db.knowledge.toArray()).toMatchObject([{ sourceUrl: 'https://help.acme.com/refunds', title: 'Refund policy', text: expect.stringContaining('5-10 business days') }]);
    expect(sync).toHaveBeenCalled();
  });

  it('replaces the chunks of a page saved again', async () => {
    await capture(article).savePage(3);
    await capture({ ...article, text: 'Refunds take 3 days now.' }).savePage(3);
    expect((await db.knowledge.toArray()).map((chunk) => chunk.text)).toEqual(['Refunds take 3 days now.']);
  });

  it('refuses a helpdesk conversation, saying what to save instead', async () => {
    const ticket = { url: 'https://acme.zendesk.com/agent/tickets/12345', title: 'Charged twice', text: 'Jane Doe: my card 4242 4242 4242 4242 was charged twice.' };
    expect(await capture(ticket).savePage(3)).toEqual({ ok: false, reason: conversationRefusal() });
    expect(await db.knowledge.count()).toBe(0);
  });

  it('removes personal data from what it stores, for good', async () => {
    await capture({ ...article, text: 'Questions? Write to refunds@acme.com and quote your order.' }).savePage(3);
    expect((await db.knowledge.toArray())[0]?.text).toBe('Questions? Write to [email address removed] and quote your order.');
  });

  it('says why a page cannot be saved, and stores nothing', async () => {
    expect(await capture('This page cannot be read.').savePage(3)).toEqual({ ok: false, reason: 'This page cannot be read.' });
    expect(await capture({ ...article, text: '   ' }).savePage(3)).toEqual({ ok: false, reason: 'This page has no article text to save.' });
    expect(await db.knowledge.count()).toBe(0);
  });
});

describe('deletePage', () => {
  it("forgets every chunk of a page, and the index with it", async () => {
    await capture(article).savePage(3);
    sync.mockClear();
    expect(await capture(article).deletePage('https://help.acme.com/refunds')).toMatchObject({ ok: true });
    expect(await db.knowledge.count()).toBe(0);
    expect(sync).toHaveBeenCalled();
  });

  it('says so when the page is not there', async () => {
    expect(await capture(article).deletePage('https://help.acme.com/nope')).toEqual({ ok: false, reason: 'This page is not in knowledge.' });
  });
});
