import { formatCount, i18n } from '../../i18n';

/**
 * Why a memory file was refused, in words for a support agent; `line` is 1-based, null for the file as a whole.
 * Worded through i18n when thrown: a file is read in the page that shows the problem (options › Team sync).
 */
export interface MemoryFileError {
  line: number | null;
  message: string;
}

/** Thrown while reading a file and turned into `{ ok: false, error }` at the parser's edge. */
export class MemoryFileProblem extends Error implements MemoryFileError {
  readonly line: number | null;

  constructor(line: number | null, problem: string) {
    super(line === null ? problem : i18n.t('memoryFile.atLine', { line: formatCount(line), problem }));
    this.name = 'MemoryFileProblem';
    this.line = line;
  }
}

/** Counts in the reader's grouping (utils/i18n.ts), as the file's messages use them. */
export { formatCount };

/** What a memory file counts, in the reader's words with their plural: "1 correction", "2 corrections". */
export type CountedThing = 'corrections' | 'knowledge' | 'categories' | 'settings' | 'records' | 'values';

export function plural(count: number, thing: CountedThing): string {
  return i18n.t(`memoryFile.counts.${thing}`, count, { count: formatCount(count) });
}
