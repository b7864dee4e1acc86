import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../utils/metrics/seeded-random';
import { applyTypo, perturbRows, perturbText } from './typo-perturbation';

/** A generator that returns the given draws in turn. */
const draws = (...values: number[]) => {
  let at = 0;
  return () => values[at++ % values.length]!;
};

describe('applyTypo', () => {
  it.each([
    ['swap', [0.2], 'rfeund'],
    ['swap', [0.99], 'refudn'], // at the last letter it swaps the last two
    ['drop', [0.5], 'refnd'],
    ['double', [0.5], 'refuund'],
    ['neighbour', [0, 0], 'eefund'], // r's first neighbour on the keyboard is e
  ] as const)('%s', (kind, values, expected) => {
    expect(applyTypo('refund', kind, draws(...values))).toBe(expected);
  });

  it('keeps a capital on a neighbouring key', () => {
    expect(applyTypo('Refund', 'neighbour', draws(0, 0))).toBe('Eefund');
  });
});

describe('perturbText', () => {
  it('changes one or two words of at least three letters, by one edit each', () => {
    const random = seededRandom(7);
    for (let run = 0; run < 200; run += 1) {
      const text = 'I want my refund for the invoice';
      const perturbed = perturbText(text, random);
      const before = text.split(' ');
      const after = perturbed.split(' ');
      const changed = before.filter((word, index) => word !== after[index]);
      expect(changed.length).toBeGreaterThanOrEqual(1);
      expect(changed.length).toBeLessThanOrEqual(2);
      expect(changed.every((word) => word.length >= 3)).toBe(true);
    }
  });

  it('leaves a text without long words alone', () => {
    expect(perturbText('is it ok', seededRandom(1))).toBe('is it ok');
  });
});

describe('perturbRows', () => {
  const rows = [{ utterance: 'where is my refund', intent: 'a' }, { utterance: 'cancel the order please', intent: 'b' }];

  it('is the same for the same seed and differs for another', () => {
    expect(perturbRows(rows, 3)).toEqual(perturbRows(rows, 3));
    expect(perturbRows(rows, 3)).not.toEqual(perturbRows(rows, 4));
  });

  it('keeps every other field', () => {
    expect(perturbRows(rows, 3).map((row) => row.intent)).toEqual(['a', 'b']);
  });
});
