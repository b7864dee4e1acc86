import { describe, expect, it } from 'vitest';
import { inLocale } from '@/test/support/in-locale';
import { draftsAheadToday, repliesDue, startOfDay, ticketsToRead, waitingFor } from './scheduler';

describe('ticketsToRead', () => {
  const queue = [
    { ticketId: 3, updatedAt: 3_000 },
    { ticketId: 1, updatedAt: 1_000 },
    { ticketId: 2, updatedAt: 2_000 },
  ];

  it('reads the oldest waiting first, no more than the free drafting slots', () => {
    expect(ticketsToRead(queue, new Map(), 0, { maxInFlight: 2 }).map((t) => t.ticketId)).toEqual([1, 2]);
    expect(ticketsToRead(queue, new Map(), 1, { maxInFlight: 2 }).map((t) => t.ticketId)).toEqual([1]);
    expect(ticketsToRead(queue, new Map(), 5, { maxInFlight: 2 })).toEqual([]);
  });

  it('skips a ticket unchanged since it was last read, and reads it again once it changed', () => {
    const lastRead = new Map([[1, 1_000], [2, 1_500]]);
    expect(ticketsToRead(queue, lastRead, 0, { maxInFlight: 5 }).map((t) => t.ticketId)).toEqual([2, 3]);
  });
});

describe('repliesDue', () => {
  it('gives the replies whose countdown ended, never a cancelled one', () => {
    const held = [
      { draftId: 'late', postAt: 5_000 },
      { draftId: 'cancelled', postAt: null },
      { draftId: 'first', postAt: 1_000 },
      { draftId: 'future', postAt: 9_000 },
    ];
    expect(repliesDue(held, 6_000).map((reply) => reply.draftId)).toEqual(['first', 'late']);
  });
});

describe('the day count', () => {
  it('counts drafts since local midnight', () => {
    const now = Date.UTC(2026, 11, 1, 21, 0);
    // UTC+2 (offset -120): local midnight is 22:00 UTC the day before.
    expect(startOfDay(now, -120)).toBe(Date.UTC(2026, 10, 30, 22, 0));
    expect(draftsAheadToday([Date.UTC(2026, 10, 30, 21, 59), Date.UTC(2026, 10, 30, 22, 0), now], now, -120)).toBe(2);
    expect(draftsAheadToday([Date.UTC(2026, 10, 30, 23, 0)], now, 0)).toBe(0);
  });

  it('says how long a customer has waited', () => {
    expect(waitingFor(0, 59_000)).toBe('0 min');
    expect(waitingFor(0, 12 * 60_000)).toBe('12 min');
    expect(waitingFor(0, 185 * 60_000)).toBe('3 h 5 min');
    expect(waitingFor(0, 3 * 86_400_000)).toBe('3 d');
    expect(waitingFor(null, 1)).toBe('unknown');
  });

  it('says it in German after “wartet seit”, days in the dative plural', async () => {
    await inLocale('de', () => {
      expect(waitingFor(0, 185 * 60_000)).toBe('3 Std. 5 Min.');
      expect(waitingFor(0, 2 * 86_400_000)).toBe('2 Tagen');
      expect(waitingFor(null, 1)).toBe('unbekannter Zeit');
    });
  });
});
