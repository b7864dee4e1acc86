import { beforeEach, expect, it } from 'vitest';
import { correctionRecord, draftRecord, freshDatabase } from '@/test/support/worker-fakes';
import type { ReplyLoopDatabase } from '../storage/db';
import { gatherDraftContext } from './draft-context';
import type { MemoryMatch } from './correction-memory';

let db: ReplyLoopDatabase;
beforeEach(() => {
  db = freshDatabase();
});

it('marks when memory has answered and when the matched records are read (the pipeline bench splits recall there)', async () => {
  const correction = correctionRecord('c1', 'Where is my parcel? Tracking has not moved.');
  await db.corrections.add(correction);
  const events: string[] = [];
  const match: MemoryMatch = { kind: 'correction', id: correction.id, similarity: 0.9 };
  const memory = { recall: async () => (events.push('recalled'), [match]) };
  const context = await gatherDraftContext(db, memory, correction.customerMessage, (stage) => events.push(stage));
  events.push('gathered');
  expect(events).toEqual(['recalled', 'recall-matched', 'records-read', 'gathered']);
  expect(context.provenance).toEqual([{ kind: 'correction', id: correction.id, similarity: 0.9 }]);
});

it('reads only the tables its matches are in: a draft being written meanwhile does not hold it up (#14)', async () => {
  const correction = correctionRecord('c1', 'Where is my parcel? Tracking has not moved.');
  await db.corrections.add(correction);
  // A write to drafts kept open (busy with requests) until the context is gathered.
  let gathered = false;
  const writing = db.transaction('rw', db.drafts, async () => {
    await db.drafts.put(draftRecord());
    while (!gathered) await db.drafts.get('d1');
  });
  const recall = async (): Promise<MemoryMatch[]> => [{ kind: 'correction', id: correction.id, similarity: 0.9 }];
  const [matched, nothing] = await Promise.all([
    gatherDraftContext(db, { recall }, correction.customerMessage),
    gatherDraftContext(db, { recall: async () => [] }, 'Anything new?'),
  ]);
  gathered = true;
  await writing;
  expect(matched.examples).toHaveLength(1);
  expect(nothing).toEqual({ examples: [], knowledge: [], provenance: [], nearestKnownSimilarity: null, nearestKnownByCategory: {} });
});

it('counts only routine approved replies as evidence a message is routine: not one reviewed for a concern, nor one of unknown concern (#13)', async () => {
  const routine = correctionRecord('c-routine', 'Where is my parcel?', { category: 'orders', approvedText: 'It left our warehouse today.' });
  const concerned = correctionRecord('c-refund', 'Refund my $50 parcel', { category: 'refunds', concerns: ['financial'], approvedText: 'We refunded the $50 to your card.' });
  const unknown = correctionRecord('c-imported', 'Refund my parcel, please', { category: 'billing', concerns: undefined, approvedText: 'Your refund is on its way.' });
  await db.corrections.bulkAdd([routine, concerned, unknown]);
  const recall = async (): Promise<MemoryMatch[]> => [
    { kind: 'correction', id: concerned.id, similarity: 0.95 },
    { kind: 'correction', id: unknown.id, similarity: 0.93 },
    { kind: 'correction', id: routine.id, similarity: 0.8 },
  ];
  const context = await gatherDraftContext(db, { recall }, 'Refund my $50 parcel');
  expect(context.nearestKnownByCategory).toEqual({ orders: 0.8 });
  // They still teach the model how the team replies.
  expect(context.examples).toHaveLength(3);
});
