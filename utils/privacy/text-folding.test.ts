import { describe, expect, it } from 'vitest';
import { foldPreservingLength } from './text-folding';

describe('foldPreservingLength', () => {
  it.each([
    ['José GARCÍA', 'jose garcia'],
    ['Zoë Müller-Lüdenscheidt', 'zoe muller-ludenscheidt'],
    ['François Ñúñez', 'francois nunez'],
    ['İstanbul', 'istanbul'],
    ['emoji 👋 stays', 'emoji 👋 stays'],
  ])('%s → %s', (text, expected) => {
    const folded = foldPreservingLength(text);
    expect(folded).toBe(expected);
    expect(folded).toHaveLength(text.length);
  });
});
