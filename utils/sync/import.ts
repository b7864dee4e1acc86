import { i18n } from '../i18n';
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
import { recordName, parseHeaderLine, parseRecordLine, type ParsedLine } from './file/record-line';

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
    if (this.ended) throw new MemoryFileProblem(line.number, i18n.t('memoryFile.afterEnd'));
    if (this.header === null) {
      this.header = parseHeaderLine(line);
      const announced = totalRecords(this.header.counts);
      if (announced > this.limits.maxRecords) {
        throw new MemoryFileProblem(line.number, i18n.t('memoryFile.tooManyRecords', { count: formatCount(announced), max: formatCount(this.limits.maxRecords) }));
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
      throw new MemoryFileProblem(lineNumber, i18n.t('memoryFile.moreThanAnnounced', { announced: plural(header.counts[key], key) }));
    }
    if (parsed.type !== 'settings') {
      const id = parsed.type === 'category' ? parsed.record.id : parsed.entry.record.id;
      const seen = this.firstSeen[parsed.type];
      const first = seen.get(id);
      if (first !== undefined) {
        throw new MemoryFileProblem(lineNumber, i18n.t('memoryFile.duplicate', { record: recordName(parsed.type), id, first: formatCount(first) }));
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
        throw new MemoryFileProblem(lineNumber, i18n.t('memoryFile.fewerThanAnnounced', { found: plural(this.counts[key], key), announced: formatCount(header.counts[key]) }));
      }
    }
    const total = totalRecords(this.counts);
    if (records !== total) {
      throw new MemoryFileProblem(lineNumber, i18n.t('memoryFile.endCount', { records: plural(records, 'records'), total: formatCount(total) }));
    }
    this.ended = true;
  }

  finish(): ParsedMemoryFile {
    if (this.header === null) throw new MemoryFileProblem(null, i18n.t('memoryFile.empty'));
    if (!this.ended) {
      throw new MemoryFileProblem(null, i18n.t('memoryFile.noEndLine', { line: formatCount(this.lastLine) }));
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
