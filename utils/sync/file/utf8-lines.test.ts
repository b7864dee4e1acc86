import { describe, expect, it } from 'vitest';
import { parseMemoryFile } from '../import';
import { MemoryFileProblem } from './file-problem';
import { decodeUtf8Lines } from './utf8-lines';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

async function decodeAll(chunks: Uint8Array[]): Promise<string> {
  let text = '';
  for await (const piece of decodeUtf8Lines(chunks)) text += piece;
  return text;
}

/** Every way of cutting the bytes in two: a character split across chunks must still decode. */
const splits = (all: Uint8Array) => Array.from({ length: all.length + 1 }, (_, at) => [all.subarray(0, at), all.subarray(at)]);

describe('decodeUtf8Lines', () => {
  it('decodes valid UTF-8 however the chunks cut it, keeping a byte-order mark for the line reader', async () => {
    const file = bytes([0xef, 0xbb, 0xbf], '{"a":"Grüße"}\n{"b":"日本 🎉"}\nlast');
    for (const chunks of splits(file)) expect(await decodeAll(chunks)).toBe('\uFEFF{"a":"Grüße"}\n{"b":"日本 🎉"}\nlast');
  });

  it.each([
    ['a Latin-1 byte', bytes('{"a":1}\n{"b":"Gr', [0xfc], '"}\n{"c":3}\n'), 2],
    ['a lone continuation byte on the last line, with no newline', bytes('1\n2\n3\n', [0x80]), 4],
    ['a truncated sequence before a newline', bytes('ok\nok\nok\n', [0xe6, 0x97], '\nok\n'), 4],
    ['an overlong encoding', bytes([0xc0, 0xaf], '\n'), 1],
  ])('refuses %s with its line number, wherever the chunks are cut', async (_name, file, line) => {
    for (const chunks of splits(file)) {
      const error = await decodeAll(chunks).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(MemoryFileProblem);
      expect(error).toMatchObject({ line, message: expect.stringMatching(/not valid UTF-8/) });
    }
  });

  it('reaches the import as a line error: nothing is imported with replacement characters', async () => {
    const result = await parseMemoryFile(decodeUtf8Lines([bytes('{"format":"replyloop-memory","version":1}\n{"type":"correction","data":{"id":"x', [0xe9], '"}}\n')]));
    expect(result).toMatchObject({ ok: false, error: { line: 2, message: expect.stringMatching(/Line 2.*not valid UTF-8|not valid UTF-8/) } });
  });
});
