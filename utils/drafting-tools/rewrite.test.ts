import { describe, expect, it } from 'vitest';
import { factChanges, passageOf, spliceRewrite } from './rewrite';

const DRAFT = 'Hi Ana,\n\nYour refund of $49.00 for order #88123 was sent on 3 March.\n\nBest regards';

describe('passageOf', () => {
  it('takes the selection when it is part of the text', () => {
    const start = DRAFT.indexOf('Your');
    expect(passageOf(DRAFT, { start, end: start + 11 })).toEqual({ start, end: start + 11, passage: 'Your refund' });
  });

  it('takes the whole draft without a selection, or for one outside the text or of blanks only', () => {
    const whole = { start: 0, end: DRAFT.length, passage: DRAFT };
    expect(passageOf(DRAFT, null)).toEqual(whole);
    expect(passageOf(DRAFT, { start: 5, end: 5_000 })).toEqual(whole);
    expect(passageOf(DRAFT, { start: 7, end: 9 })).toEqual(whole);
  });
});

describe('spliceRewrite', () => {
  it('puts the rewritten passage in place of the selection, keeping the paragraphs around it', () => {
    const start = DRAFT.indexOf('\n\nYour');
    const end = DRAFT.indexOf('\n\nBest') + 2;
    expect(spliceRewrite(DRAFT, { start, end }, ' Refund sent. ')).toBe('Hi Ana,\n\nRefund sent.\n\nBest regards');
  });

  it('rewrites the whole draft', () => {
    expect(spliceRewrite(DRAFT, { start: 0, end: DRAFT.length }, 'Short.')).toBe('Short.');
  });
});

describe('factChanges', () => {
  it('marks an amount, an order number or a date the rewrite changed or dropped', () => {
    expect(factChanges(DRAFT, DRAFT.replace('$49.00', '$94.00'))).toEqual(['amount changed: $49.00 → $94.00']);
    expect(factChanges(DRAFT, 'Hi Ana,\n\nYour refund was sent.\n\nBest regards').length).toBeGreaterThanOrEqual(2);
  });

  it('says nothing when the facts are all still there, in other words', () => {
    expect(factChanges(DRAFT, 'Hello Ana! We sent your $49.00 refund for order #88123 on 3 March. Warm wishes')).toEqual([]);
  });
});
