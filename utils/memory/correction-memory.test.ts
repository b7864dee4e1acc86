import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { correctionRecord, draftRecord, freshDatabase } from '@/test/support/worker-fakes';
import { ReplyLoopDatabase } from '../storage/db';
import { createCorrectionMemory, type IndexingProgress } from './correction-memory';
import type { Embedder } from './embedding/embedder';
import { createOfflineEmbedder } from './embedding/offline/offline-embedder';

let db: ReplyLoopDatabase;

/** The offline embedder, counting the texts it is asked to embed. */
function countingEmbedder(dimensions = 256) {
  const inner = createOfflineEmbedder(dimensions);
  const embedded: string[] = [];
  const embedder: Embedder = { ...inner, embed: async (texts) => (embedded.push(...texts), inner.embed(texts)) };
  return { embedder, embedded };
}


afterEach(() => vi.restoreAllMocks());

beforeEach(async () => {
  db = freshDatabase();
  await db.corrections.bulkAdd([
    correctionRecord('refund', 'I was charged twice for my order, please refund the duplicate payment'),
    correctionRecord('password', 'I cannot log in, the password reset email never arrives'),
    correctionRecord('shipping', 'Where is my parcel? The tracking has not moved for a week'),
  ]);
});

describe('correction memory', () => {
  it('watches writes without changing them: an update stores exactly what was asked', async () => {
    createCorrectionMemory({ db, currentEmbedder: async () => countingEmbedder().embedder });
    await db.corrections.update('refund', { approvedText: 'Refunded today.' });
    const id = await db.corrections.add(correctionRecord('added', 'Where is my parcel?'));
    expect(id).toBe('added');
    expect(await db.corrections.get('refund')).toMatchObject({ id: 'refund', approvedText: 'Refunded today.' });
  });

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

  it('stores the prepared form of blocks an import wrote as plain vectors, so the next start copies it in', async () => {
    await createCorrectionMemory({ db, currentEmbedder: async () => countingEmbedder().embedder }).sync();
    const [block] = await db.vectorBlocks.toArray();
    await db.vectorBlocks.put({ ...block!, codes: undefined, meta: undefined });
    const { embedder, embedded } = countingEmbedder();
    const restarted = createCorrectionMemory({ db, currentEmbedder: async () => embedder });
    await restarted.sync();
    const [rewritten] = await db.vectorBlocks.toArray();
    expect([rewritten!.codes?.byteLength, rewritten!.meta?.byteLength]).toEqual([3 * 256, 3 * 8]);
    expect((await restarted.recall('the password reset email never comes', { k: 1 }))[0]).toMatchObject({ id: 'password' });
    expect(embedded).toEqual(['the password reset email never comes']);
  });

  it('re-embeds everything for a new embedder, keeping the old vectors apart', async () => {
    let current = countingEmbedder(256).embedder;
    const progress: (IndexingProgress | null)[] = [];
    const memory = createCorrectionMemory({ db, currentEmbedder: async () => current, onProgress: (p) => progress.push(p) });
    await memory.recall('x', { k: 1 });
    current = countingEmbedder(384).embedder;
    const [best] = await memory.recall('charged twice, refund the duplicate', { k: 1 });
    expect(best).toMatchObject({ id: 'refund' });
    const embedderIds = new Set((await db.vectorBlocks.toArray()).map((block) => block.embedderId));
    expect(embedderIds).toEqual(new Set(['offline-hash-v2:256', 'offline-hash-v2:384']));
    // Three entries are one batch: done at once, no notice for the panel.
    expect(progress).toEqual([]);
  });

  it('skips entries with no text to embed instead of failing', async () => {
    await db.reviews.add({
      id: 'orphan', draftId: 'gone', conversationId: 'c', helpdesk: 'zendesk', category: 'orders', decision: 'approved', editKind: null, level: 1,
      reviewer: 'Sam', draftText: 'x', finalText: 'x', sentText: null, rejectReason: null, decidedAt: 1,
    });
    const memory = createCorrectionMemory({ db, currentEmbedder: async () => countingEmbedder().embedder });
    expect((await memory.recall('charged twice refund', { k: 1 }))[0]).toMatchObject({ id: 'refund' });
  });

  it('embeds a query text once: the same message reported again, redrafted or retried is not sent to the embedder again (#14)', async () => {
    const { embedder, embedded } = countingEmbedder();
    const memory = createCorrectionMemory({ db, currentEmbedder: async () => embedder });
    await memory.sync();
    embedded.length = 0;
    const first = await memory.recall('the password reset email never comes', { k: 1 });
    expect(await memory.recall('the password reset email never comes', { k: 1 })).toEqual(first);
    expect(embedded).toEqual(['the password reset email never comes']);
  });

  it('recalls nothing from an empty memory', async () => {
    await db.corrections.clear();
    const embed = vi.fn();
    const memory = createCorrectionMemory({ db, currentEmbedder: async () => ({ id: 'e:8', dimensions: 8, embed }) });
    expect(await memory.recall('hello', { k: 3 })).toEqual([]);
    expect(embed).not.toHaveBeenCalled();
  });
});

/** An embedder whose batches after the first `free` wait until `release()`: a slow re-embedding, held open. */
function heldEmbedder(free: number) {
  const inner = createOfflineEmbedder(256);
  let calls = 0;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const embedder: Embedder = { ...inner, embed: async (texts) => ((calls += 1) > free && texts.length > 1 && (await released), inner.embed(texts)) };
  return { embedder, release };
}

const manyCorrections = (count: number) =>
  Array.from({ length: count }, (_, at) => correctionRecord(`bulk${at}`, `order ${at} arrived damaged, item number ${at * 7} is broken`));

describe('correction memory kept current as writes happen', () => {
  it('searches what is indexed while a large backlog embeds in the background, reporting how much is indexed (#19)', async () => {
    await db.corrections.bulkAdd(manyCorrections(300));
    const { embedder, release } = heldEmbedder(1);
    const progress: (IndexingProgress | null)[] = [];
    const memory = createCorrectionMemory({ db, currentEmbedder: async () => embedder, onProgress: (p) => progress.push(p) });
    // The start-up check finds 303 to embed: recall does not wait for them, it answers from what is indexed.
    expect(await memory.recall('order 3 arrived damaged', { k: 3 })).toEqual([]);
    await vi.waitFor(() => expect(progress.at(-1)).toEqual({ embedderId: embedder.id, done: 64, total: 303 }));
    // The first batch of 64 is in, the rest is held: recall answers from those without waiting.
    expect((await memory.recall('order 3 arrived damaged', { k: 3 })).length).toBe(3);
    release();
    await memory.sync();
    expect(progress.at(-1)).toBeNull();
    expect((await memory.recall('I cannot log in, the password reset email never arrives', { k: 1 }))[0]).toMatchObject({ id: 'password' });
  });

  it('does not read the whole memory again at each recall', async () => {
    const memory = createCorrectionMemory({ db, currentEmbedder: async () => countingEmbedder().embedder });
    await memory.recall('x', { k: 1 });
    await memory.sync();
    const keysRead = vi.spyOn(db.corrections, 'toCollection');
    await db.corrections.add(correctionRecord('invoice', 'Please send me an invoice for my last purchase with our VAT number'));
    expect((await memory.recall('can I get an invoice with the VAT number', { k: 1 }))[0]).toMatchObject({ id: 'invoice' });
    expect(keysRead).not.toHaveBeenCalled();
  });

  it('checks everything again after another context imports (its writes bypass this context’s hooks)', async () => {
    let imports = 0;
    const memory = createCorrectionMemory({ db, currentEmbedder: async () => countingEmbedder().embedder, importCount: async () => imports });
    await memory.recall('x', { k: 1 });
    await memory.sync();
    const panel = new ReplyLoopDatabase(db.name);
    await panel.corrections.add(correctionRecord('invoice', 'Please send me an invoice for my last purchase with our VAT number'));
    panel.close();
    expect((await memory.recall('invoice with the VAT number', { k: 1 }))[0]).not.toMatchObject({ id: 'invoice' });
    imports += 1;
    expect((await memory.recall('invoice with the VAT number', { k: 1 }))[0]).toMatchObject({ id: 'invoice' });
  });

  it('writes nothing when WebAssembly memory cannot grow, says so, and indexes once it can', async () => {
    const progress: (IndexingProgress | null)[] = [];
    const memory = createCorrectionMemory({ db, currentEmbedder: async () => countingEmbedder().embedder, onProgress: (p) => progress.push(p) });
    await memory.sync();
    // The index has room for 64 rows; three are used. The next batch needs it to grow, and growing fails.
    const grow = vi.spyOn(WebAssembly.Memory.prototype, 'grow').mockImplementation(() => {
      throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded');
    });
    await db.corrections.bulkAdd(manyCorrections(100));
    await memory.sync().catch(() => undefined);
    expect((await db.vectorBlocks.toArray()).flatMap((block) => block.keys).length).toBe(3);
    expect(progress.at(-1)).toMatchObject({ done: 3, total: 103, problem: expect.stringContaining('Maximum memory size exceeded') });
    const matches = await memory.recall('I cannot log in, the password reset email never arrives', { k: 3 });
    expect(matches.map((match) => match.id).sort()).toEqual(['password', 'refund', 'shipping']);
    grow.mockRestore();
    await memory.sync();
    expect((await db.vectorBlocks.toArray()).flatMap((block) => block.keys).length).toBe(103);
    expect(progress.at(-1)).toBeNull();
  });

  it('takes rows out of the index again when storing their block fails', async () => {
    const memory = createCorrectionMemory({ db, currentEmbedder: async () => countingEmbedder().embedder });
    await memory.sync();
    const put = vi.spyOn(db.vectorBlocks, 'bulkPut').mockRejectedValue(new Dexie.QuotaExceededError('quota'));
    await db.corrections.add(correctionRecord('invoice', 'Please send me an invoice for my last purchase with our VAT number'));
    await memory.sync().catch(() => undefined);
    expect((await memory.recall('invoice with the VAT number', { k: 5 })).map((match) => match.id)).not.toContain('invoice');
    put.mockRestore();
    // Still pending: the next recall stores and finds it.
    expect((await memory.recall('invoice with the VAT number', { k: 1 }))[0]).toMatchObject({ id: 'invoice' });
    expect((await db.vectorBlocks.toArray()).flatMap((block) => block.keys)).toContain('correction:invoice');
  });
});
