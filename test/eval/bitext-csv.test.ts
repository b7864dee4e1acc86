import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvError, parseBitextCsv, parseCsv, readBitextCsv } from './bitext-csv';

const fields = (text: string) => parseCsv(text).map((record) => record.fields);

describe('parseCsv', () => {
  it.each([
    ['plain fields', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['quoted commas and doubled quotes', 'a,"b, ""quoted"""\n', [['a', 'b, "quoted"']]],
    ['a line break inside quotes', '"two\nlines",x\n', [['two\nlines', 'x']]],
    ['CRLF and no final newline', 'a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['a BOM and blank lines', '\uFEFFa,b\n\n1,2\n\n', [['a', 'b'], ['1', '2']]],
    ['empty fields', ',\n', [['', '']]],
  ])('%s', (_case, text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it('numbers records by the line they start on', () => {
    expect(parseCsv('h\n"a\nb"\nc\n').map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it.each([
    ['an unclosed quote', 'a,"b\n1,2\n', 'line 1: a quoted field is never closed'],
    ['a stray quote', 'a,b"c\n', 'line 1: a quote inside an unquoted field'],
  ])('refuses %s', (_case, text, message) => {
    expect(() => parseCsv(text)).toThrow(message);
  });
});

describe('parseBitextCsv', () => {
  const header = 'flags,utterance,category,intent\n';

  it('reads rows by column name, in any column order, trimming values', () => {
    expect(parseBitextCsv('intent,utterance,flags,category\ncancel_order, "I want to cancel, please" ,B,ORDER\n', 'f.csv')).toEqual([
      { flags: 'B', utterance: 'I want to cancel, please', category: 'ORDER', intent: 'cancel_order' },
    ]);
  });

  it.each([
    ['an empty file', '', 'f.csv: the file is empty'],
    ['missing columns', 'flags,text,intent\nB,hi,greet\n', 'f.csv: missing column(s) utterance, category; the header has: flags, text, intent.'],
    ['no rows', header, 'f.csv: the file has a header but no rows.'],
    ['a short row', `${header}B,hello,ORDER\n`, 'f.csv line 2: 3 field(s), but the header has 4.'],
    ['an empty utterance', `${header}B,hello,ORDER,cancel_order\nB, ,ORDER,cancel_order\n`, 'f.csv line 3: utterance: the utterance is empty.'],
    ['bad quoting', `${header}B,"hello,ORDER,x\n`, 'f.csv: line 2: a quoted field is never closed.'],
  ])('refuses %s, saying where', (_case, text, message) => {
    expect(() => parseBitextCsv(text, 'f.csv')).toThrow(CsvError);
    expect(() => parseBitextCsv(text, 'f.csv')).toThrow(message);
  });
});

describe('readBitextCsv', () => {
  it('reads a file', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'bitext-')), 'rows.csv');
    await writeFile(path, '\uFEFFflags,utterance,category,intent\nBQ,where is my refund,REFUND,track_refund\n');
    expect(await readBitextCsv(path)).toEqual([{ flags: 'BQ', utterance: 'where is my refund', category: 'REFUND', intent: 'track_refund' }]);
  });

  it('says which file it cannot read', async () => {
    await expect(readBitextCsv('/no/such/file.csv')).rejects.toThrow('Cannot read /no/such/file.csv');
  });
});
