import { describe, expect, it } from 'vitest';
import { chunkText } from './chunking';

describe('chunkText', () => {
  it('keeps a short article whole', () => {
    expect(chunkText('Refunds take 5-10 business days.\n\nContact us any time.')).toEqual([
      'Refunds take 5-10 business days.\n\nContact us any time.',
    ]);
  });

  it('groups paragraphs up to the target and starts a new chunk after it', () => {
    const paragraph = (n: number) => `Paragraph ${n} ${'x'.repeat(290)}.`;
    const chunks = chunkText([1, 2, 3, 4, 5].map(paragraph).join('\n\n'), { targetChars: 700, maxChars: 1_000 });
    expect(chunks).toHaveLength(3);
    expect(chunks[0]).toMatch(/^Paragraph 1 .*\n\nParagraph 2 /s);
    expect(chunks.every((chunk) => chunk.length <= 1_000)).toBe(true);
  });

  it('cuts a run-on paragraph at sentence boundaries', () => {
    const sentence = (n: number) => `Sentence ${n} says something useful about refunds and shipping.`;
    const chunks = chunkText(Array.from({ length: 40 }, (_, n) => sentence(n)).join(' '), { maxChars: 300 });
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.every((chunk) => chunk.length <= 300 && chunk.endsWith('.'))).toBe(true);
  });

  it('cuts a single endless sentence at words', () => {
    const chunks = chunkText('word '.repeat(500), { maxChars: 100 });
    expect(chunks.every((chunk) => chunk.length <= 100)).toBe(true);
    expect(chunks.join(' ').split(' ')).toHaveLength(500);
  });

  it('returns nothing for empty text', () => {
    expect(chunkText('  \n\n ')).toEqual([]);
  });
});
