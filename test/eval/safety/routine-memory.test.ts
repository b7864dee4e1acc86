import { describe, expect, it } from 'vitest';
import type { BitextRow } from '../bitext-csv';
import { buildRoutineMemory, isRoutineRow, mockCategoryOf, storedConcernsOf } from './routine-memory';

const row = (intent: string, utterance: string, category = 'ORDER'): BitextRow => ({ flags: '', utterance, category, intent });

describe('the memory scenario’s correction memory', () => {
  it('files a message under the mock model’s category, read by the product’s parser', () => {
    expect(mockCategoryOf('Where can I track my parcel?')).toBe('shipping');
    expect(mockCategoryOf('I want a refund')).toBe('refunds');
    // Nothing the mock can place: the schema's first category, as the mock answers it.
    expect(mockCategoryOf('Wo finde ich die Einstellungen?')).toBe('orders');
  });

  it('stores the concerns the checks route a level-1 draft with', () => {
    expect(storedConcernsOf('Where can I track my parcel?', 'shipping')).toEqual([]);
    expect(storedConcernsOf('I want a refund of $40 for the late parcel', 'refunds')).toContain('financial');
  });

  it('keeps the intents eval:routing labels routine for every kind', () => {
    expect(isRoutineRow(row('track_order', 'where is my order?'))).toBe(true);
    expect(isRoutineRow(row('get_refund', 'I want my money back', 'REFUND'))).toBe(false);
    expect(isRoutineRow(row('delete_account', 'close my account', 'ACCOUNT'))).toBe(false);
    // Left unlabelled as ambiguous there, so no evidence here either.
    expect(isRoutineRow(row('create_account', 'open an account for me', 'ACCOUNT'))).toBe(false);
  });

  it('finds a close routine reply of the message’s category, and none for an intent left out or a reply with a concern', async () => {
    const memory = await buildRoutineMemory(
      [
        row('track_order', 'how can I track the order I placed yesterday?'),
        row('cancel_order', 'I want to cancel my order and get a refund of $40'),
        row('get_refund', 'I want a refund for the parcel that came broken', 'REFUND'),
      ],
      1,
    );
    expect(memory.seeds.perCategory).toEqual({ orders: { stored: 1, routine: 1 }, refunds: { stored: 1, routine: 0 } });
    const tracking = await memory.knownOf('How can I track the order that I placed yesterday?');
    expect(tracking.category).toBe('orders');
    expect(tracking.nearestKnownSimilarity).toBeGreaterThan(0.75);
    // The cancellation was routed with a money concern; get_refund is not a routine intent.
    expect(await memory.knownOf('I want to cancel my order and get a refund of $40')).toEqual({ category: 'refunds', nearestKnownSimilarity: null });
    expect(await memory.knownOf('I want a refund for the parcel that came broken')).toEqual({ category: 'refunds', nearestKnownSimilarity: null });
  });
});

describe('the team-history memory', () => {
  it('stores the team’s own messages through the same path, under the mock’s category, and says where their writer filed them', async () => {
    const memory = await buildRoutineMemory(
      [row('track_order', 'how can I track the order I placed yesterday?')],
      1,
      [
        { text: 'Where can I track my parcel?', writerCategory: 'shipping' },
        { text: 'I want a refund of $40 for the late parcel', writerCategory: 'orders' },
      ],
    );
    expect(memory.seeds.team).toEqual({ stored: 2, sameCategoryAsWriter: 1 });
    // The refund is kept, but was routed with a money concern: no evidence of routine.
    expect(memory.seeds.perCategory.refunds).toEqual({ stored: 1, routine: 0 });
    const parcel = await memory.knownOf('Where can I track my parcel?');
    expect(parcel.category).toBe('shipping');
    expect(parcel.nearestKnownSimilarity).toBeGreaterThan(0.99);
  });
});
