import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ReplyLoopDatabase, SCHEMA_V1 } from './db';

let count = 0;
const uniqueName = () => `replyloop-migration-${(count += 1)}`;

/** Opens the database as version 1 of ReplyLoop created it. */
async function createVersion1(name: string, seed: (database: Dexie) => Promise<unknown>): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
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
    expect(upgraded.verno).toBe(3);
    upgraded.close();
  });

  it('a fresh install opens at the latest version with every table', async () => {
    const fresh = new ReplyLoopDatabase(uniqueName());
    await fresh.open();
    expect(fresh.tables.map((table) => table.name).sort()).toEqual(
      ['audit', 'conversations', 'corrections', 'drafts', 'knowledge', 'messages', 'reviews', 'tabs', 'vectorBlocks'].sort(),
    );
    fresh.close();
  });
});
