import { describe, expect, it } from 'vitest';
import { MemoryFileProblem } from './file-problem';
import { readLines, utf8ByteLength, type FileLine } from './line-reader';

async function linesOf(chunks: string[], maxFileBytes = 1_000_000): Promise<FileLine[]> {
  const lines: FileLine[] = [];
  for await (const line of readLines(chunks, maxFileBytes)) lines.push(line);
  return lines;
}

describe('readLines', () => {
  it.each([
    ['whole lines', ['a\nb\n']],
    ['a line split across chunks', ['a\n', 'b', '', '\n']],
    ['a chunk per character', 'a\nb\n'.split('')],
    ['a byte-order mark', ['\uFEFFa\nb\n']],
  ])('reads %s', async (_, chunks) => {
    expect(await linesOf(chunks)).toEqual([
      { number: 1, text: 'a', terminated: true },
      { number: 2, text: 'b', terminated: true },
    ]);
  });

  it('marks a last line with no newline', async () => {
    expect((await linesOf(['a\nb'])).at(-1)).toEqual({ number: 2, text: 'b', terminated: false });
  });

  it('stops at the size limit, counted in UTF-8 bytes', async () => {
    await expect(linesOf(['ééé\n'], 6)).rejects.toThrow(MemoryFileProblem);
    await expect(linesOf(['ééé\n'], 7)).resolves.toHaveLength(1);
  });

  it('checks a file of known size once, before reading it', async () => {
    const read = async (fileBytes: number) => {
      const lines: FileLine[] = [];
      for await (const line of readLines(['ééé\n'], 7, fileBytes)) lines.push(line);
      return lines;
    };
    await expect(read(8)).rejects.toThrow('The file is larger than 7 bytes, the most ReplyLoop imports at once.');
    await expect(read(7)).resolves.toHaveLength(1);
  });
});

describe('utf8ByteLength', () => {
  it.each(['', 'plain ASCII', 'Zoë', '€ 100', '🙂 emoji', 'mixed é€🙂 text'])('%s', (text) => {
    expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});
