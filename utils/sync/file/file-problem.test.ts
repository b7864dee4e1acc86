import { describe, expect, it } from 'vitest';
import { MemoryFileProblem, formatCount, plural } from './file-problem';

describe('MemoryFileProblem', () => {
  it('starts its message with the line number when there is one', () => {
    expect(new MemoryFileProblem(12, 'the field "id" is missing.').message).toBe('Line 12: the field "id" is missing.');
    expect(new MemoryFileProblem(null, 'The file is empty.').message).toBe('The file is empty.');
  });
});

describe('plural and formatCount', () => {
  it.each([
    [1, 'corrections', '1 correction'],
    [2, 'corrections', '2 corrections'],
    [1203, 'categories', '1,203 categories'],
  ] as const)('%i %s', (count, thing, text) => {
    expect(plural(count, thing)).toBe(text);
  });

  it('groups thousands', () => {
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });
});
