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
    [1, 'correction', undefined, '1 correction'],
    [2, 'correction', undefined, '2 corrections'],
    [1203, 'category', 'categories', '1,203 categories'],
  ])('%i %s', (count, singular, pluralForm, text) => {
    expect(plural(count, singular, pluralForm)).toBe(text);
  });

  it('groups thousands', () => {
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });
});
