import { describe, expect, it } from 'vitest';
import { inLocale } from '@/test/support/in-locale';
import { firstWords, levelRulesLast, markedSegments, ticketNumber, waitingFor } from './review-display';

describe('review display', () => {
  it('finds the ticket number of Zendesk and Intercom conversations only', () => {
    expect(ticketNumber('zendesk', 'zendesk:acme:12345')).toBe('#12345');
    expect(ticketNumber('intercom', 'intercom:abc123:215470038211834')).toBe('#215470038211834');
    expect(ticketNumber('gmail', 'gmail:me@example.com:thread')).toBeNull();
    expect(ticketNumber('zendesk', 'zendesk:acme:new')).toBeNull();
  });

  it('cuts the first words at a word boundary', () => {
    expect(firstWords('Hello,\n\nmy  order is late')).toBe('Hello, my order is late');
    expect(firstWords('I was charged twice for the same order and I would like it sorted today please', 40)).toBe('I was charged twice for the same order…');
  });

  it('says how long the customer waited', () => {
    expect(waitingFor(20_000)).toBe('just now');
    expect(waitingFor(12 * 60_000)).toBe('12 min');
    expect(waitingFor(3 * 3_600_000 + 1)).toBe('3 h');
    expect(waitingFor(50 * 3_600_000)).toBe('2 d');
    expect(waitingFor(-5)).toBe('just now');
  });

  it('says it in German too, one day singular', async () => {
    await inLocale('de', () => {
      expect(waitingFor(20_000)).toBe('wenigen Sekunden');
      expect(waitingFor(12 * 60_000)).toBe('12 Min.');
      expect(waitingFor(30 * 3_600_000)).toBe('1 Tag');
    });
  });

  it('marks ranges, merging overlaps and ignoring out-of-range parts', () => {
    expect(markedSegments('refund my charge', [{ start: 10, end: 16 }, { start: 0, end: 6 }, { start: 3, end: 5 }])).toEqual([
      { text: 'refund', marked: true },
      { text: ' my ', marked: false },
      { text: 'charge', marked: true },
    ]);
    expect(markedSegments('abc', [{ start: 2, end: 99 }, { start: 5, end: 6 }])).toEqual([
      { text: 'ab', marked: false },
      { text: 'c', marked: true },
    ]);
    expect(markedSegments('', [])).toEqual([]);
  });

  it('puts the level rule last and drops duplicates', () => {
    const money = { code: 'concern', kind: 'financial', terms: [{ topic: 'refund', word: 'refund' }], sides: ['message'] } as const;
    expect(levelRulesLast([{ code: 'every-draft-reviewed' }, money, money])).toEqual([
      { text: 'Money: refund — in the message', rule: false },
      { text: 'Level 1: every draft is reviewed', rule: true },
    ]);
  });

  it('shows the sentences older versions stored as they were written, rules still last', () => {
    expect(levelRulesLast(['Level 1: every draft is reviewed', 'Money: refund — in the message', 'Money: refund — in the message'])).toEqual([
      { text: 'Money: refund — in the message', rule: false },
      { text: 'Level 1: every draft is reviewed', rule: true },
    ]);
  });
});
