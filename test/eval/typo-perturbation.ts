/**
 * Seeded typos, as people make them: a swap of neighbouring letters, a
 * dropped letter, a doubled letter, or a neighbouring key on a QWERTY
 * keyboard, on one or two words of each message. The robustness half of
 * `npm run eval:routing` runs the same detection on a copy perturbed this way,
 * so the figures say how the rules hold on misspellings nobody listed.
 */
import { seededRandom } from '../../utils/metrics/seeded-random';

export const TYPO_KINDS = ['swap', 'drop', 'double', 'neighbour'] as const;
export type TypoKind = (typeof TYPO_KINDS)[number];

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Keys next to each letter on a QWERTY keyboard: same row and the rows above and below. */
const NEIGHBOURS: ReadonlyMap<string, string> = new Map(
  KEYBOARD_ROWS.flatMap((row, rowIndex) =>
    [...row].map((key, column): [string, string] => {
      const near = [row[column - 1], row[column + 1], KEYBOARD_ROWS[rowIndex - 1]?.[column], KEYBOARD_ROWS[rowIndex - 1]?.[column + 1]];
      near.push(KEYBOARD_ROWS[rowIndex + 1]?.[column - 1], KEYBOARD_ROWS[rowIndex + 1]?.[column]);
      return [key, near.filter((other): other is string => other !== undefined).join('')];
    }),
  ),
);

/** Words shorter than this are left alone: a typo in "to" or "my" says nothing about the rules. */
export const MIN_PERTURBED_LENGTH = 3;

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;

/** One typo of the given kind in `word`, at a seeded position. Letters only: the word's case is kept where it can be. */
export function applyTypo(word: string, kind: TypoKind, random: () => number): string {
  const at = Math.floor(random() * word.length);
  switch (kind) {
    case 'swap': {
      const left = Math.min(at, word.length - 2);
      return word.slice(0, left) + word[left + 1] + word[left] + word.slice(left + 2);
    }
    case 'drop':
      return word.slice(0, at) + word.slice(at + 1);
    case 'double':
      return word.slice(0, at + 1) + word[at] + word.slice(at + 1);
    case 'neighbour': {
      const letter = word[at]!;
      const keys = NEIGHBOURS.get(letter.toLowerCase());
      if (!keys) return word.slice(0, at) + word.slice(at + 1);
      const key = pick([...keys], random);
      return word.slice(0, at) + (letter === letter.toUpperCase() ? key.toUpperCase() : key) + word.slice(at + 1);
    }
  }
}

const WORD = /[A-Za-z]+/g;

/** The text with typos in one or two of its words (of at least MIN_PERTURBED_LENGTH letters); a text with none is returned as it is. */
export function perturbText(text: string, random: () => number): string {
  const words = [...text.matchAll(WORD)].filter((match) => match[0].length >= MIN_PERTURBED_LENGTH);
  if (words.length === 0) return text;
  const count = Math.min(words.length, random() < 0.5 ? 1 : 2);
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(random() * words.length));
  let result = text;
  // From the end, so earlier positions stay valid.
  for (const index of [...chosen].sort((a, b) => b - a)) {
    const match = words[index]!;
    const start = match.index;
    result = result.slice(0, start) + applyTypo(match[0], pick(TYPO_KINDS, random), random) + result.slice(start + match[0].length);
  }
  return result;
}

/** A perturbed copy of every row's utterance, the same for the same seed on any machine. */
export function perturbRows<T extends { utterance: string }>(rows: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  return rows.map((row) => ({ ...row, utterance: perturbText(row.utterance, random) }));
}
