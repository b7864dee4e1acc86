import { beforeEach, expect, it } from 'vitest';
import { correctionRecord, freshDatabase } from '@/test/support/worker-fakes';
import type { ReplyLoopDatabase } from '../storage/db';
import { gatherDraftContext } from './draft-context';
import type { MemoryMatch } from './correction-memory';

let db: ReplyLoopDatabase;
beforeEach(() => {
  db = freshDatabase();
});

it('says when memory has answered, before the matched records are read (the pipeline marks split recall there)', async () => {
  const correction = correctionRecord('c1', 'Where is my parcel? Tracking has not moved.');
  await db.corrections.add(correction);
  const events: string[] = [];
  const match: MemoryMatch = { kind: 'correction', id: correction.id, similarity: 0.9 };
  const memory = { recall: async () => (events.push('recalled'), [match]) };
  const context = await gatherDraftContext(db, memory, correction.customerMessage, () => events.push('matched'));
  events.push('records read');
  expect(events).toEqual(['recalled', 'matched', 'records read']);
  expect(context.provenance).toEqual([{ kind: 'correction', id: correction.id, similarity: 0.9 }]);
});
