import { beforeEach, describe, expect, it, vi } from 'vitest';
import { correctionRecord, draftRecord, freshDatabase } from '@/test/support/worker-fakes';
import type { ReplyLoopDatabase } from '../db';
import { createCorrectionMemory, type IndexingProgress } from './correction-memory';
import type { Embedder } from './embedder';
import { createOfflineEmbedder } from './offline-embedder';

let db: ReplyLoopDatabase;

/** The offline embedder, counting the texts it is asked to embed. */
function countingEmbedder(dimensions = 256) {
  const inner = createOfflineEmbedder(dimensions);
  const embedded: string[] = [];
  const embedder: Embedder = { ...inner, embed: async (texts) => (embedded.push(...texts), inner.embed(texts)) };
  return { embedder, embedded };
}


beforeEach(async () => {
  db = freshDatabase();
  await db.corrections.bulkAdd([
    correctionRecord('refund', 'I was charged twice for my order, please refund the duplicate payment'),
    correctionRecord('password', 'I cannot log in, the password reset email never arrives'),
    correctionRecord('shipping', 'Where is my parcel? The tracking has not moved for a week'),
  ]);
});

describe('correction memory', () => {
  it('recalls the correction for a paraphrased message first', async () => {
    const memory = createCorrectionMemory({ db, currentEmbedder: async () => countingEmbedder().embedder });
    const [best] = await memory.recall('you billed me two times, I want my money back for the double charge', { k: 3 });
    expect(best).toMatchObject({ kind: 'correction', id: 'refund' });
  });

  it('embeds what was written since the last recall and drops what was deleted', async () => {
    const memory = createCorrectionMemory({ db, currentEmbedder: async () => countingEmbedder().embedder });
    await memory.recall('anything', { k: 3 });
    await db.corrections.add(correctionRecord('invoice', 'Please send me an invoice for my last purchase with our VAT number'));
    await db.corrections.delete('shipping');
    const matches = await memory.recall('can I get an invoice with the VAT number', { k: 5 });
    expect(matches[0]).toMatchObject({ id: 'invoice' });
    expect(matches.map((match) => match.id)).not.toContain('shipping');
    expect((await db.vectorBlocks.toArray()).flatMap((block) => block.keys).sort()).toEqual(['correction:invoice', 'correction:password', 'correction:refund']);
  });

  it('finds approved-as-drafted replies and knowledge, and filters by kind', async () => {
    await db.drafts.add(draftRecord({ id: 'd9', customerMessage: 'Do you ship to Canada?', status: 'approved', text: 'Yes' }));
    await db.reviews.add({
      id: 'r9', draftId: 'd9', conversationId: 'c', helpdesk: 'zendesk', category: 'shipping', decision: 'approved', editKind: null, level: 1,
      reviewer: 'Sam', draftText: 'Yes', finalText: 'Yes', sentText: null, rejectReason: null, decidedAt: 1,
    });
    await db.knowledge.add({ id: 'k1', sourceUrl: 'https://help.acme.com/shipping', title: 'Shipping', text: 'We ship to Canada and the US within 5 days.', createdAt: 1, updatedAt: 1 });
    const memory = createCorrectionMemory({ db, currentEmbedder: async () => countingEmbedder().embedder });
    expect((await memory.recall('do you deliver to canada', { k: 1, kinds: ['approved'] }))[0]).toMatchObject({ kind: 'approved', id: 'r9' });
    expect((await memory.recall('do you deliver to canada', { k: 1, kinds: ['knowledge'] }))[0]).toMatchObject({ kind: 'knowledge', id: 'k1' });
  });

  it('starts cold from the stored blocks without embedding stored rows again', async () => {
    await createCorrectionMemory({ db, currentEmbedder: async () => countingEmbedder().embedder }).recall('x', { k: 1 });
    const { embedder, embedded } = countingEmbedder();
    const restarted = createCorrectionMemory({ db, currentEmbedder: async () => embedder });
    expect((await restarted.recall('the password reset email never comes', { k: 1 }))[0]).toMatchObject({ id: 'password' });
    expect(embedded).toEqual(['the password reset email never comes']);
  });

  it('re-embeds everything for a new embedder, with progress, keeping the old vectors apart', async () => {
    let current = countingEmbedder(256).embedder;
    const progress: (IndexingProgress | null)[] = [];
    const memory = createCorrectionMemory({ db, currentEmbedder: async () => current, onProgress: (p) => progress.push(p) });
    await memory.recall('x', { k: 1 });
    current = countingEmbedder(384).embedder;
    const [best] = await memory.recall('charged twice, refund the duplicate', { k: 1 });
    expect(best).toMatchObject({ id: 'refund' });
    const embedderIds = new Set((await db.vectorBlocks.toArray()).map((block) => block.embedderId));
    expect(embedderIds).toEqual(new Set(['offline-hash-v2:256', 'offline-hash-v2:384']));
    expect(progress).toContainEqual({ embedderId: 'offline-hash-v2:384', done: 0, total: 3 });
    expect(progress.at(-1)).toBeNull();
  });

  it('skips entries with no text to embed instead of failing', async () => {
    await db.reviews.add({
      id: 'orphan', draftId: 'gone', conversationId: 'c', helpdesk: 'zendesk', category: 'orders', decision: 'approved', editKind: null, level: 1,
      reviewer: 'Sam', draftText: 'x', finalText: 'x', sentText: null, rejectReason: null, decidedAt: 1,
    });
    const memory = createCorrectionMemory({ db, currentEmbedder: async () => countingEmbedder().embedder });
    expect((await memory.recall('charged twice refund', { k: 1 }))[0]).toMatchObject({ id: 'refund' });
  });

  it('recalls nothing from an empty memory', async () => {
    await db.corrections.clear();
    const embed = vi.fn();
    const memory = createCorrectionMemory({ db, currentEmbedder: async () => ({ id: 'e:8', dimensions: 8, embed }) });
    expect(await memory.recall('hello', { k: 3 })).toEqual([]);
    expect(embed).not.toHaveBeenCalled();
  });
});
