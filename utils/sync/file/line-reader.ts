import { i18n } from '../../i18n';
import { MemoryFileProblem, formatCount } from './file-problem';
import { MAX_LINE_CHARS } from './format';

export interface FileLine {
  /** 1-based, as an editor shows it. */
  number: number;
  text: string;
  /** False for a last line with no newline after it: if it is not whole JSON, the file was cut there. */
  terminated: boolean;
}

const encoder = new TextEncoder();
/** Scratch space for counting: encodeInto fills it and says how much it wrote. */
let scratch: Uint8Array | null = null;

/** UTF-8 size: the limit is on the file the agent picked, which is UTF-8 bytes. Native encoding counts 4× faster than a loop. */
export function utf8ByteLength(text: string): number {
  scratch ??= new Uint8Array(1 << 20);
  let bytes = 0;
  // encodeInto stops before a character that does not fit, never inside one, and says how far it read.
  for (let start = 0; start < text.length; ) {
    const { read, written } = encoder.encodeInto(start === 0 ? text : text.slice(start), scratch);
    bytes += written;
    start += read;
  }
  return bytes;
}

function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return i18n.t('memoryFile.sizes.mb', { count: formatCount(Math.round(bytes / (1024 * 1024))) });
  return bytes >= 1024 ? i18n.t('memoryFile.sizes.kb', { count: formatCount(Math.round(bytes / 1024)) }) : i18n.t('memoryFile.sizes.bytes', { count: formatCount(bytes) });
}

function checkLineLength(number: number, length: number): void {
  if (length > MAX_LINE_CHARS) {
    throw new MemoryFileProblem(number, i18n.t('memoryFile.lineTooLong', { max: formatCount(MAX_LINE_CHARS) }));
  }
}

/** `stoppedAt`: the line it got to, when the size was counted while reading. */
function tooLarge(maxFileBytes: number, stoppedAt?: number): MemoryFileProblem {
  const size = fileSize(maxFileBytes);
  return new MemoryFileProblem(null, stoppedAt === undefined ? i18n.t('memoryFile.tooLarge', { size }) : i18n.t('memoryFile.tooLargeAt', { size, line: formatCount(stoppedAt) }));
}

/**
 * Splits text chunks into lines, however the chunks cut them, refusing a file
 * over `maxFileBytes` as soon as it gets there rather than after reading it
 * all. A leading byte-order mark (left by some editors) is ignored. With
 * `fileBytes` (a picked file's size, known before reading) the size is
 * checked once, up front: counting every chunk's UTF-8 again would re-encode
 * what the decoder has just decoded (#14).
 */
export async function* readLines(chunks: AsyncIterable<string> | Iterable<string>, maxFileBytes: number, fileBytes?: number): AsyncGenerator<FileLine> {
  if (fileBytes !== undefined && fileBytes > maxFileBytes) throw tooLarge(maxFileBytes);
  let pending = '';
  let number = 0;
  let bytes = 0;
  let started = false;
  for await (const raw of chunks) {
    if (raw === '') continue;
    const chunk = !started && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    started = true;
    if (fileBytes === undefined) {
      bytes += utf8ByteLength(chunk);
      if (bytes > maxFileBytes) throw tooLarge(maxFileBytes, number + 1);
    }
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      const text = pending === '' ? chunk.slice(start, end) : pending + chunk.slice(start, end);
      pending = '';
      start = end + 1;
      number += 1;
      checkLineLength(number, text.length);
      yield { number, text, terminated: true };
    }
    pending = pending === '' ? chunk.slice(start) : pending + chunk.slice(start);
    checkLineLength(number + 1, pending.length);
  }
  if (pending !== '') yield { number: number + 1, text: pending, terminated: false };
}
