import { describe, expect, it } from 'vitest';
import { cuePattern, isWholeToken, nearestCue, standsAlone } from './context';

describe('standsAlone', () => {
  it.each([
    ['call 0612345678 now', 5, 15, true],
    ['AB0612345678', 2, 12, false],
    ['0612345678x', 0, 10, false],
    ['(0612345678)', 1, 11, true],
  ])('%s [%i, %i) → %s', (text, start, end, expected) => {
    expect(standsAlone(text, start, end)).toBe(expected);
  });
});

describe('isWholeToken', () => {
  it.each([
    ['call 0612345678.', true],
    ['(0612345678)', true],
    ['john.0612345678@x.com', false],
    ['ID-0612345678', false],
    ['#0612345678', false],
    ['/orders/0612345678', false],
    ['0612345678.pdf', false],
  ])('%s → %s', (text, expected) => {
    const start = text.indexOf('0612345678');
    expect(isWholeToken(text, start, start + 10)).toBe(expected);
  });
});

describe('nearestCue', () => {
  const cues = { for: cuePattern(['phone', 'call me', 'tel.']), against: cuePattern(['order', 'n°']) };

  it.each([
    ['my phone: ', 'for'],
    ['Tel. ', 'for'],
    ['order ', 'against'],
    ['commande n°', 'against'],
    ['my order is late, call me on ', 'for'],
    ['call me about order ', 'against'],
    ['telephoned about ', 'none'],
    ['nothing here ', 'none'],
  ])('%j → %s', (before, expected) => {
    const text = `${before}0612345678`;
    expect(nearestCue(text, before.length, cues)).toBe(expected);
  });

  it('ignores cues further back than the window', () => {
    const text = `phone${' '.repeat(60)}0612345678`;
    expect(nearestCue(text, 65, cues)).toBe('none');
  });
});
