import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ReplyLoopDatabase, V4_ROWS_PER_CHUNK, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from './db';
import { readBlock } from '../memory/vectors/vector-block-store';
import { packBlocks } from '../memory/vectors/vector-blocks';

let count = 0;
const uniqueName = () => `replyloop-migration-${(count += 1)}`;

/** The database as version `last` of ReplyLoop declared it (v5 changed records, not stores). */
function asVersion(name: string, last: number): Dexie {
  const old = new Dexie(name);
  [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, {}].slice(0, last).forEach((stores, at) => old.version(at + 1).stores(stores));
  return old;
}

/** Opens the database as version 1 of ReplyLoop created it. */
async function createVersion1(name: string, seed: (database: Dexie) => Promise<unknown>): Promise<void> {
  const v1 = asVersion(name, 1);
  await seed(v1);
  v1.close();
}

describe('database migrations', () => {
  it('v1 → v3 keeps every row, gives corrections an empty history and drafts no routing yet', async () => {
    const name = uniqueName();
    const correction = {
      id: 'c1', draftId: 'd1', conversationId: 'zendesk:acme:1', helpdesk: 'zendesk', category: 'billing',
      customerMessage: 'Charged twice', draftText: 'We will check.', approvedText: 'We refunded you.', editKind: 'substantive',
      editReasons: ['claim changed'], author: 'Sam', createdAt: 1, updatedAt: 2,
    };
    await createVersion1(name, async (v1) => {
      await v1.table('corrections').add(correction);
      await v1.table('conversations').add({ id: 'zendesk:acme:1', helpdesk: 'zendesk', subject: 'Refund', updatedAt: 1 });
      await v1.table('reviews').add({ id: 'r1', draftId: 'd1', conversationId: 'zendesk:acme:1', decision: 'edited', decidedAt: 3 });
      await v1.table('drafts').add({ id: 'd1', conversationId: 'zendesk:acme:1', status: 'pending', text: 'We will check.', createdAt: 1 });
    });

    const upgraded = new ReplyLoopDatabase(name);
    expect(await upgraded.corrections.get('c1')).toEqual({ ...correction, history: [] });
    expect(await upgraded.conversations.count()).toBe(1);
    expect(await upgraded.reviews.get('r1')).toMatchObject({ decision: 'edited' });
    expect(await upgraded.drafts.get('d1')).toMatchObject({ status: 'pending', text: 'We will check.', route: null, reasons: [], sampled: false });
    expect(await upgraded.knowledge.count()).toBe(0);
    expect(await upgraded.vectorBlocks.count()).toBe(0);
    expect(upgraded.verno).toBe(6);
    upgraded.close();
  });

  it('v3 → v4 (#14) moves each block’s float32 rows to vectorRows and keeps its prepared form', async () => {
    const name = uniqueName();
    const rows = Array.from({ length: V4_ROWS_PER_CHUNK + 5 }, (_, at) => ({ key: `correction:c${at}`, vector: [at + 1, 1, 0, 0] }));
    const [plain] = packBlocks('emb', 4, rows);
    const [prepared] = packBlocks('emb', 4, [{ key: 'knowledge:k', vector: [0, 0, 1, 0], prepared: { codes: new Int8Array(16).fill(3), scale: 0.5, error: 0.01 } }], { firstSequence: 1 });
    const v3 = asVersion(name, 3);
    await v3.table('vectorBlocks').bulkPut([plain, prepared]);
    v3.close();

    const upgraded = new ReplyLoopDatabase(name);
    const stored = await upgraded.vectorBlocks.toArray();
    expect(stored.map((block) => 'vectors' in block)).toEqual([false, false]);
    expect(stored[1]).toMatchObject({ keys: ['knowledge:k'], codes: prepared!.codes, meta: prepared!.meta });
    expect(await upgraded.vectorRows.where('blockId').equals(plain!.id).count()).toBe(2);
    for (const block of [plain!, prepared!]) expect(new Float32Array((await readBlock(upgraded, block.id))!.vectors)).toEqual(new Float32Array(block.vectors));
    upgraded.close();
  });

  it('v4 → v5 (#13) gives reviews and corrections their draft’s concerns, and leaves them unknown where the draft cannot tell', async () => {
    const name = uniqueName();
    const v4 = asVersion(name, 4);
    const money = { code: 'concern', kind: 'financial', terms: [{ topic: 'refund', word: 'refund' }], sides: ['message'] };
    await v4.table('drafts').bulkAdd([
      { id: 'd-money', route: 'review', reasons: [money, { code: 'every-draft-reviewed' }] },
      { id: 'd-plain', route: 'review', reasons: [{ code: 'every-draft-reviewed' }] },
      { id: 'd-sentences', route: 'review', reasons: ['Level 1: every draft is reviewed'] },
    ]);
    await v4.table('reviews').bulkAdd(['d-money', 'd-plain', 'd-sentences', 'd-gone'].map((draftId) => ({ id: `r-${draftId}`, draftId, decision: 'approved', decidedAt: 1 })));
    await v4.table('corrections').add({ id: 'c-money', draftId: 'd-money', createdAt: 1 });
    v4.close();

    const upgraded = new ReplyLoopDatabase(name);
    const concerns = async (id: string) => (await upgraded.reviews.get(id))?.concerns;
    expect(await concerns('r-d-money')).toEqual(['financial']);
    expect(await concerns('r-d-plain')).toEqual([]);
    expect(await concerns('r-d-sentences')).toBeUndefined();
    expect(await concerns('r-d-gone')).toBeUndefined();
    expect((await upgraded.corrections.get('c-money'))?.concerns).toEqual(['financial']);
    upgraded.close();
  });

  it('v5 → v6 (#14) drops the indexes no query reads and keeps every record, still found by the indexes queries use', async () => {
    const name = uniqueName();
    const v5 = asVersion(name, 5);
    const correction = { id: 'c1', draftId: 'd1', conversationId: 'zendesk:acme:1', history: [], concerns: [], createdAt: 1, updatedAt: 2 };
    const review = { id: 'r1', draftId: 'd1', conversationId: 'zendesk:acme:1', decision: 'approved', decidedAt: 3, concerns: [] };
    await v5.table('corrections').add(correction);
    await v5.table('reviews').add(review);
    v5.close();

    const upgraded = new ReplyLoopDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(6);
    const indexNames = (table: string) => [...upgraded.backendDB().transaction(table).objectStore(table).indexNames].sort();
    expect(indexNames('corrections')).toEqual(['createdAt', 'draftId']);
    expect(indexNames('reviews')).toEqual(['conversationId', 'decidedAt', 'decision']);
    expect(await upgraded.corrections.where('draftId').equals('d1').toArray()).toEqual([correction]);
    expect(await upgraded.corrections.orderBy('createdAt').primaryKeys()).toEqual(['c1']);
    expect(await upgraded.reviews.where('conversationId').equals('zendesk:acme:1').toArray()).toEqual([review]);
    expect(await upgraded.reviews.where('decision').equals('approved').count()).toBe(1);
    upgraded.close();
  });

  it('a fresh install opens at the latest version with every table', async () => {
    const fresh = new ReplyLoopDatabase(uniqueName());
    await fresh.open();
    expect(fresh.tables.map((table) => table.name).sort()).toEqual(
      ['audit', 'conversations', 'corrections', 'drafts', 'knowledge', 'messages', 'reviews', 'tabs', 'vectorBlocks', 'vectorRows'].sort(),
    );
    fresh.close();
  });
});
