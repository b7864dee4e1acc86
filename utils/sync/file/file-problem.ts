/** Why a memory file was refused, in words for a support agent; `line` is 1-based, null for the file as a whole. */
export interface MemoryFileError {
  line: number | null;
  message: string;
}

/** Thrown while reading a file and turned into `{ ok: false, error }` at the parser's edge. */
export class MemoryFileProblem extends Error implements MemoryFileError {
  readonly line: number | null;

  constructor(line: number | null, problem: string) {
    super(line === null ? problem : `Line ${line}: ${problem}`);
    this.name = 'MemoryFileProblem';
    this.line = line;
  }
}

const number = new Intl.NumberFormat('en-US');

/** 1,203 — the same grouping in every message and preview. */
export function formatCount(value: number): string {
  return number.format(value);
}

/** "1 correction", "2 corrections". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}
