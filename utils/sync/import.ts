import { MemoryFileProblem, formatCount, plural, type MemoryFileError } from './file/file-problem';
import {
  COUNT_KEY,
  DEFAULT_LIMITS,
  totalRecords,
  type MemoryFileHeader,
  type MemoryFileLimits,
  type ParsedMemoryFile,
  type RecordCounts,
  type RecordType,
} from './file/format';
import { readLines, type FileLine } from './file/line-reader';
import { RECORD_NAMES, parseHeaderLine, parseRecordLine, type ParsedLine } from './file/record-line';

export { planMerge } from './merge';

export interface SyncProgress {
  done: number;
  total: number;
}

export interface ParseOptions extends Partial<MemoryFileLimits> {
  onProgress?: (progress: SyncProgress) => void;
  /** The file's size in bytes when known before reading (a picked File): the limit is checked once, not per chunk. */
  fileBytes?: number;
}

export type ParseResult = { ok: true; file: ParsedMemoryFile } | { ok: false; error: MemoryFileError };

/** How often progress is reported: often enough for a smooth bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 1_000;

const COUNT_NAMES: Record<keyof RecordCounts, [string, string]> = {
  corrections: ['correction', 'corrections'],
  knowledge: ['knowledge chunk', 'knowledge chunks'],
  categories: ['category', 'categories'],
  settings: ['settings record', 'settings records'],
};

function countOf(key: keyof RecordCounts, count: number): string {
  const [one, many] = COUNT_NAMES[key];
  return plural(count, one, many);
}

/** Reads a file line by line, keeping what is valid and throwing at the first problem. */
class MemoryFileReader {
  private header: MemoryFileHeader | null = null;
  private ended = false;
  private lastLine = 0;
  private readonly counts: RecordCounts = { corrections: 0, knowledge: 0, categories: 0, settings: 0 };
  /** Where each id was first seen, per type, to name both lines of a duplicate. */
  private readonly firstSeen: Record<Exclude<RecordType, 'settings'>, Map<string, number>> = {
    correction: new Map(),
    knowledge: new Map(),
    category: new Map(),
  };
  private readonly file: Omit<ParsedMemoryFile, 'header'> = { corrections: [], knowledge: [], categories: [], settings: null };

  constructor(
    private readonly limits: MemoryFileLimits,
    private readonly onProgress: ((progress: SyncProgress) => void) | undefined,
  ) {}

  accept(line: FileLine): void {
    this.lastLine = line.number;
    if (line.text.trim() === '') return;
    if (this.ended) throw new MemoryFileProblem(line.number, 'there is more after the end line. The file was joined with something else or edited.');
    if (this.header === null) {
      this.header = parseHeaderLine(line);
      const announced = totalRecords(this.header.counts);
      if (announced > this.limits.maxRecords) {
        throw new MemoryFileProblem(line.number, `the file holds ${formatCount(announced)} records, more than the ${formatCount(this.limits.maxRecords)} ReplyLoop imports at once.`);
      }
      return;
    }
    const parsed = parseRecordLine(line, this.header);
    if (parsed.type === 'end') this.end(line.number, parsed.records, this.header);
    else this.keep(line.number, parsed, this.header);
  }

  private keep(lineNumber: number, parsed: Exclude<ParsedLine, { type: 'end' }>, header: MemoryFileHeader): void {
    const key = COUNT_KEY[parsed.type];
    this.counts[key] += 1;
    if (this.counts[key] > header.counts[key]) {
      throw new MemoryFileProblem(lineNumber, `the header (line 1) announces ${countOf(key, header.counts[key])}, but there are more.`);
    }
    if (parsed.type !== 'settings') {
      const id = parsed.type === 'category' ? parsed.record.id : parsed.entry.record.id;
      const seen = this.firstSeen[parsed.type];
      const first = seen.get(id);
      if (first !== undefined) {
        throw new MemoryFileProblem(lineNumber, `${RECORD_NAMES[parsed.type]} "${id}" appears twice (first on line ${formatCount(first)}); a file holds each record once.`);
      }
      seen.set(id, lineNumber);
    }
    if (parsed.type === 'correction') this.file.corrections.push(parsed.entry);
    else if (parsed.type === 'knowledge') this.file.knowledge.push(parsed.entry);
    else if (parsed.type === 'category') this.file.categories.push(parsed.record);
    else this.file.settings = parsed.settings;
    const done = totalRecords(this.counts);
    if (done % PROGRESS_EVERY === 0) this.onProgress?.({ done, total: totalRecords(header.counts) });
  }

  private end(lineNumber: number, records: number, header: MemoryFileHeader): void {
    for (const key of Object.keys(this.counts) as (keyof RecordCounts)[]) {
      if (this.counts[key] !== header.counts[key]) {
        throw new MemoryFileProblem(
          lineNumber,
          `the file ends with ${countOf(key, this.counts[key])}, but its header (line 1) announces ${formatCount(header.counts[key])}. Records are missing: export it again.`,
        );
      }
    }
    const total = totalRecords(this.counts);
    if (records !== total) {
      throw new MemoryFileProblem(lineNumber, `the end line says the file has ${plural(records, 'record')}, but it has ${formatCount(total)}.`);
    }
    this.ended = true;
  }

  finish(): ParsedMemoryFile {
    if (this.header === null) throw new MemoryFileProblem(null, 'The file is empty.');
    if (!this.ended) {
      throw new MemoryFileProblem(
        null,
        `The file stops after line ${formatCount(this.lastLine)} without its end line: it is incomplete, probably cut off while copying or downloading. Export it again.`,
      );
    }
    const total = totalRecords(this.counts);
    this.onProgress?.({ done: total, total });
    return { header: this.header, ...this.file };
  }
}

/**
 * Reads and checks a whole memory file from text chunks (split anywhere,
 * lines included) before anything is written: the result is either every
 * record, valid, or the first problem with its line number. Nothing here
 * touches the database.
 */
export async function parseMemoryFile(chunks: AsyncIterable<string> | Iterable<string>, options: ParseOptions = {}): Promise<ParseResult> {
  const limits: MemoryFileLimits = {
    maxFileBytes: options.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes,
    maxRecords: options.maxRecords ?? DEFAULT_LIMITS.maxRecords,
  };
  const reader = new MemoryFileReader(limits, options.onProgress);
  try {
    for await (const line of readLines(chunks, limits.maxFileBytes, options.fileBytes)) reader.accept(line);
    return { ok: true, file: reader.finish() };
  } catch (error) {
    if (error instanceof MemoryFileProblem) return { ok: false, error: { line: error.line, message: error.message } };
    throw error;
  }
}
