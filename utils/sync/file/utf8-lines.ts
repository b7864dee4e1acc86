import { i18n } from '../../i18n';
import { MemoryFileProblem } from './file-problem';

const NEWLINE = 0x0a;
/** Keeps a byte-order mark in the text (the line reader drops a leading one) and refuses invalid bytes. */
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function lineProblem(line: number): MemoryFileProblem {
  return new MemoryFileProblem(line, i18n.t('memoryFile.notUtf8'));
}

/**
 * Decodes a memory file's bytes as UTF-8, refusing invalid bytes with the
 * number of the line they are on (#13), where a lenient decoder would put
 * replacement characters into records. A newline byte is never part of a
 * multi-byte character, so whole lines are decoded at once: most of a chunk
 * in one call, and only a failing span line by line to find the line.
 */
export async function* decodeUtf8Lines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<string> {
  let carried: Uint8Array = new Uint8Array(0);
  let line = 1;
  const decodeLines = (bytes: Uint8Array): string => {
    try {
      const text = strict.decode(bytes);
      for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) line += 1;
      return text;
    } catch {
      // Find the line: decode one at a time until one fails.
      for (let start = 0; start < bytes.length; line += 1) {
        const end = bytes.indexOf(NEWLINE, start);
        const stop = end === -1 ? bytes.length : end + 1;
        try {
          strict.decode(bytes.subarray(start, stop));
        } catch {
          throw lineProblem(line);
        }
        start = stop;
      }
      throw lineProblem(line);
    }
  };
  for await (const chunk of chunks) {
    const lastNewline = chunk.lastIndexOf(NEWLINE);
    if (lastNewline === -1) {
      carried = concat(carried, chunk);
      continue;
    }
    const whole = concat(carried, chunk.subarray(0, lastNewline + 1));
    carried = chunk.slice(lastNewline + 1);
    yield decodeLines(whole);
  }
  if (carried.length > 0) yield decodeLines(carried);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** The bytes of a file the agent picked, chunk by chunk. */
async function* bytesOf(file: Blob): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) yield chunk.value;
}


/**
 * A memory file the agent picked, as the importer reads it (options › Team
 * sync, and the benchmark): strict UTF-8, invalid bytes refused with their
 * line number, never turned into replacement characters (#13).
 */
export function memoryFileText(file: Blob): AsyncGenerator<string> {
  return decodeUtf8Lines(bytesOf(file));
}
