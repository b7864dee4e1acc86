/**
 * Reads a CSV with the columns of the Bitext customer-service data set
 * (flags, utterance, category, intent). Shared by the evaluations, which must
 * run on any such file: quoted fields, doubled quotes, line breaks inside
 * quotes, CRLF and a UTF-8 BOM are all handled, and a bad file is refused
 * with the line that is wrong.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

export const bitextRowSchema = z.object({
  flags: z.string().trim(),
  utterance: z.string().trim().min(1, 'the utterance is empty'),
  category: z.string().trim().min(1, 'the category is empty'),
  intent: z.string().trim().min(1, 'the intent is empty'),
});
export type BitextRow = z.infer<typeof bitextRowSchema>;

const REQUIRED_COLUMNS = ['flags', 'utterance', 'category', 'intent'] as const;

export class CsvError extends Error {}

export interface CsvRecord {
  /** The line the record starts on, 1-based, for error messages. */
  line: number;
  fields: string[];
}

/** RFC 4180 records. Throws CsvError on a stray or unclosed quote. */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let index = 0;
  const endRecord = () => {
    fields.push(field);
    // A blank line is not a record (most files end with one).
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (index < source.length) {
    const char = source[index];
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        field += char;
      }
      index += 1;
      continue;
    }
    if (char === '"') {
      // Spaces before an opening quote are tolerated; anything else before it is a broken field.
      if (field.trim() !== '') throw new CsvError(`line ${line}: a quote inside an unquoted field; quote the whole field and double the quote ("").`);
      field = '';
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += char;
    }
    index += 1;
  }
  if (quoted) throw new CsvError(`line ${recordLine}: a quoted field is never closed.`);
  endRecord();
  return records;
}

/** Rows of a Bitext-style CSV given as text; `source` names it in errors. */
export function parseBitextCsv(text: string, source: string): BitextRow[] {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    throw error instanceof CsvError ? new CsvError(`${source}: ${error.message}`) : error;
  }
  const [header, ...body] = records;
  if (!header) throw new CsvError(`${source}: the file is empty; expected a header with ${REQUIRED_COLUMNS.join(', ')}.`);
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw new CsvError(`${source}: missing column(s) ${missing.join(', ')}; the header has: ${header.fields.join(', ') || '(nothing)'}.`);
  }
  if (body.length === 0) throw new CsvError(`${source}: the file has a header but no rows.`);
  return body.map(({ line, fields }) => {
    if (fields.length !== names.length) {
      throw new CsvError(`${source} line ${line}: ${fields.length} field(s), but the header has ${names.length}.`);
    }
    const parsed = bitextRowSchema.safeParse(Object.fromEntries(names.map((name, column) => [name, fields[column]])));
    if (!parsed.success) {
      throw new CsvError(`${source} line ${line}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}.`);
    }
    return parsed.data;
  });
}

export async function readBitextCsv(path: string): Promise<BitextRow[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CsvError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseBitextCsv(text, path);
}

/** The same utterance twice would be found by itself: each text is kept once (case and spacing aside). */
export function uniqueUtterances(rows: readonly BitextRow[]): BitextRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = row.utterance.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
