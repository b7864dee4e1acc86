import { describe, expect, it } from 'vitest';
import { exportMemoryFile } from './export';
import { parseMemoryFile, type ParseOptions, type SyncProgress } from './import';
import { sampleExportSource, sampleMemory } from './sample-memory';
import { encodeFloat32 } from './file/vector-codec';

const DIMENSIONS = 8;
/** A valid file, line by line: settings, 8 categories, 1 knowledge chunk, 3 corrections. */
let exported = '';
for await (const chunk of exportMemoryFile(sampleExportSource(sampleMemory({ corrections: 3, knowledge: 1, dimensions: DIMENSIONS }), DIMENSIONS))) exported += chunk;
const lines = exported.trimEnd().split('\n');

type Json = Record<string, any>;
const file = (edited: readonly string[]) => `${edited.join('\n')}\n`;
/** 0-based index of the first line of a type; its line number is one more. */
const indexOf = (type: string) => lines.findIndex((line) => line.includes(`"type":"${type}"`));
const HEADER = 0;

/** The valid file with one line changed as JSON. */
function withLine(index: number, edit: (json: Json) => void): string {
  const json = JSON.parse(lines[index]!) as Json;
  edit(json);
  return file(lines.map((line, at) => (at === index ? JSON.stringify(json) : line)));
}

/** The valid file with one line's text replaced by a function of it. */
function withText(index: number, edit: (line: string) => string): string {
  return file(lines.map((line, at) => (at === index ? edit(line) : line)));
}

async function problemIn(text: string, options?: ParseOptions) {
  const result = await parseMemoryFile([text], options);
  if (result.ok) throw new Error('the file was accepted');
  return result.error;
}

describe('parseMemoryFile accepts', () => {
  it('a correction’s concerns, and a file from before them (#13): its correction imports with them unknown', async () => {
    const at = indexOf('correction');
    const concerned = await parseMemoryFile([withLine(at, (json) => void (json.data.concerns = ['financial']))]);
    expect(concerned.ok && concerned.file.corrections[0]!.record.concerns).toEqual(['financial']);
    const older = await parseMemoryFile([withLine(at, (json) => void delete json.data.concerns)]);
    expect(older.ok && older.file.corrections[0]!.record).not.toHaveProperty('concerns');
  });

  it('the exported file, whole or a character at a time', async () => {
    const whole = await parseMemoryFile([file(lines)]);
    const trickled = await parseMemoryFile(file(lines).split(''));
    expect(whole.ok && whole.file.corrections.length).toBe(3);
    expect(trickled).toEqual(whole);
  });

  it('a byte-order mark, Windows line endings, blank lines and a missing final newline', async () => {
    const result = await parseMemoryFile([`\uFEFF${lines.join('\r\n\r\n')}`]);
    expect(result.ok).toBe(true);
  });

  it('reports progress up to the total', async () => {
    const progress: SyncProgress[] = [];
    await parseMemoryFile([file(lines)], { onProgress: (step) => progress.push(step) });
    expect(progress.at(-1)).toEqual({ done: lines.length - 2, total: lines.length - 2 });
  });
});

describe('parseMemoryFile refuses, saying where and why', () => {
  const correction = () => indexOf('correction');
  const knowledge = () => indexOf('knowledge');
  const end = () => lines.length - 1;
  const otherVector = (values: number[]) => encodeFloat32(Float32Array.from(values));

  it.each<[string, () => string, number | null, RegExp]>([
    // Not a memory file at all.
    ['not JSON', () => 'Name,Email\nAna,ana@example.com\n', 1, /not a ReplyLoop memory file/],
    ['a JSON array', () => `[${lines.join(',')}]\n`, 1, /not a ReplyLoop memory file/],
    ['another JSON format', () => withLine(HEADER, (json) => (json.format = 'something-else')), 1, /not a ReplyLoop memory file/],
    ['an empty file', () => '', null, /The file is empty/],
    ['a record line that is not JSON', () => withText(correction(), (line) => line.replace('{', '{,')), correction() + 1, /this line is not valid JSON/],
    ['a record line that is a list', () => withText(correction(), (line) => `[${line}]`), correction() + 1, /should be one JSON object/],
    // Truncated.
    ['a missing end line', () => file(lines.slice(0, -1)), null, new RegExp(`stops after line ${lines.length - 1} without its end line`)],
    ['a file cut in the middle of a line', () => file(lines).slice(0, file(lines).indexOf('"approvedText"')), correction() + 1, /ends in the middle of this line: it was cut off/],
    ['a record missing before the end line', () => file(lines.filter((_, at) => at !== correction())), lines.length - 1, /ends with 2 corrections, but its header \(line 1\) announces 3/],
    ['more records than the header announces', () => withLine(HEADER, (json) => (json.counts.corrections = 2)), correction() + 3, /announces 2 corrections, but there are more/],
    ['an end line with the wrong total', () => withLine(end(), (json) => (json.records = 99)), lines.length, /end line says the file has 99 records/],
    ['more after the end line', () => file([...lines, lines[correction()]!]), lines.length + 1, /more after the end line/],
    // Versions.
    ['a future format version', () => withLine(HEADER, (json) => (json.version = 2)), 1, /format version 2, made by a newer ReplyLoop. This ReplyLoop reads format version 1 only: update ReplyLoop/],
    ['format version 0', () => withLine(HEADER, (json) => (json.version = 0)), 1, /format version 0 is not valid. This ReplyLoop reads format version 1/],
    ['a version that is text', () => withLine(HEADER, (json) => (json.version = '1')), 1, /format version "1" is not valid/],
    ['no version', () => withLine(HEADER, (json) => delete json.version), 1, /the header has no format version. This ReplyLoop reads format version 1\./],
    // Fields.
    ['a missing field', () => withLine(correction(), (json) => delete json.data.approvedText), correction() + 1, /correction "correction-0": the field "approvedText" is missing\./],
    ['a mistyped field', () => withLine(correction(), (json) => (json.data.createdAt = 'yesterday')), correction() + 1, /the field "createdAt" should be a number but is text/],
    ['a fractional time', () => withLine(correction(), (json) => (json.data.updatedAt = 1.5)), correction() + 1, /the field "updatedAt" should be a whole number but is 1\.5\./],
    ['a number beyond range', () => withText(correction(), (line) => line.replace(/"createdAt":\d+/, '"createdAt":1e400')), correction() + 1, /"createdAt" is a number too large to store/],
    ['an unknown edit kind', () => withLine(correction(), (json) => (json.data.editKind = 'minor')), correction() + 1, /"editKind" should be one of "cosmetic", "substantive" but is "minor"/],
    ['a mistyped history entry', () => withLine(correction(), (json) => (json.data.history = [{ approvedText: 'x', author: 'y', updatedAt: 'z' }])), correction() + 1, /the field "history\[0\]\.updatedAt" should be a number/],
    ['a missing header field', () => withLine(HEADER, (json) => delete json.exportedAt), 1, /the field "exportedAt" is missing/],
    ['a bad header date', () => withLine(HEADER, (json) => (json.exportedAt = 'last Tuesday')), 1, /"exportedAt" is not a date and time/],
    ['an unknown field in a record', () => withLine(correction(), (json) => (json.data.mood = 'happy')), correction() + 1, /correction "correction-0": the record has unknown field "mood"/],
    ['an unknown field beside the record', () => withLine(correction(), (json) => (json.signature = 'x')), correction() + 1, /the record has unknown field "signature"/],
    ['an unknown field in the header', () => withLine(HEADER, (json) => (json.compression = 'none')), 1, /the header has unknown field "compression"/],
    ['an unknown record type', () => withLine(correction(), (json) => (json.type = 'draft')), correction() + 1, /record type "draft" is unknown/],
    ['a knowledge link that is not a web address', () => withLine(knowledge(), (json) => (json.data.sourceUrl = 'javascript:alert(1)')), knowledge() + 1, /"sourceUrl" is not a web address/],
    ['a category outside the autonomy levels', () => withLine(indexOf('category'), (json) => (json.data.level = 4)), indexOf('category') + 1, /category "orders": the field "level" should be one of 1, 2, 3 but is 4\./],
    // Sizes.
    ['an oversized string', () => withLine(correction(), (json) => (json.data.approvedText = 'x'.repeat(50_001))), correction() + 1, /"approvedText" is too long \(50,001 characters; the limit is 50,000\)/],
    ['an oversized list', () => withLine(correction(), (json) => (json.data.editReasons = Array(51).fill('x'))), correction() + 1, /"editReasons" has too many entries \(51; the limit is 50\)/],
    ['an oversized line', () => withText(correction(), (line) => line.replace('"approvedText":"', `"approvedText":"${'x'.repeat(8_000_001)}`)), correction() + 1, /longer than 8,000,000 characters/],
    // Vectors.
    ['a vector shorter than its dimensions', () => withLine(correction(), (json) => (json.vector.values = otherVector([1, 2, 3, 4, 5, 6, 7]))), correction() + 1, /has 7 values but says it has 8 dimensions/],
    ['vector values that are not base64', () => withLine(correction(), (json) => (json.vector.values = 'not base64!')), correction() + 1, /"values" are not base64/],
    ['a vector on a category', () => withLine(indexOf('category'), (json) => (json.vector = JSON.parse(lines[correction()]!).vector)), indexOf('category') + 1, /unknown field "vector"/],
    // Keys that could tamper with the program.
    ['a __proto__ key', () => withText(correction(), (line) => line.replace('"data":{', '"data":{"__proto__":{"polluted":true},')), correction() + 1, /field name "data.__proto__" is not allowed/],
    ['an escaped __proto__ key', () => withText(correction(), (line) => line.replace('"data":{', '"data":{"\\u005f_proto__":{},')), correction() + 1, /"data.__proto__" is not allowed/],
    ['a constructor key in the header', () => withText(HEADER, (line) => line.replace('"exporter":{', '"exporter":{"constructor":{"prototype":{}},')), 1, /"exporter.constructor" is not allowed/],
    ['a prototype key in a history entry', () => withLine(correction(), (json) => (json.data.history = [{ prototype: 1 }])), correction() + 1, /"data.history\[0\].prototype" is not allowed/],
    // Duplicates.
    ['two corrections with one id', () => withLine(correction() + 1, (json) => (json.data.id = 'correction-0')), correction() + 2, new RegExp(`correction "correction-0" appears twice \\(first on line ${correction() + 1}\\)`)],
    ['two categories with one id', () => withLine(indexOf('category') + 1, (json) => (json.data.id = 'orders')), indexOf('category') + 2, /category "orders" appears twice/],
    // Secrets.
    ['an apiKey in the settings', () => withLine(indexOf('settings'), (json) => (json.data.apiKey = 'sk-live')), indexOf('settings') + 1, /contains a secret \("data.apiKey"\)/],
    ['an api_key deep in a record', () => withLine(correction(), (json) => (json.data.history = [{ api_key: 'sk-live' }])), correction() + 1, /contains a secret \("data.history\[0\].api_key"\)/],
    ['an API-KEY in the header', () => withLine(HEADER, (json) => (json.exporter['API-KEY'] = 'sk-live')), 1, /contains a secret \("exporter.API-KEY"\)/],
  ])('%s', async (_, makeFile, line, message) => {
    const error = await problemIn(makeFile());
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
    if (line !== null) expect(error.message.startsWith(`Line ${line}: `)).toBe(true);
  });

  it('no vector of another length than its embedder makes: it is dropped (the record is kept, to be re-embedded)', async () => {
    const text = withLine(correction(), (json) => Object.assign(json.vector, { dimensions: 4, values: otherVector([1, 2, 3, 4]) }));
    const result = await parseMemoryFile([text]);
    if (!result.ok) throw new Error(result.error.message);
    const [first] = result.file.corrections;
    expect(first).toMatchObject({ vectorDropped: 'dimensions' });
    expect(first?.vector).toBeUndefined();
  });

  it.each([
    ['all zeros', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['a NaN', [0.5, 0.5, Number.NaN, 0.5, 0.5, 0.5, 0.5, 0.5]],
    ['an infinity', [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, Number.POSITIVE_INFINITY]],
    ['a norm float32 cannot invert', [1.4e-45, 0, 0, 0, 0, 0, 0, 0]],
  ])('no vector without a direction (%s): it is dropped, the record kept to be re-embedded (#13)', async (_, values) => {
    const result = await parseMemoryFile([withLine(correction(), (json) => (json.vector.values = otherVector(values)))]);
    if (!result.ok) throw new Error(result.error.message);
    const [first, second] = result.file.corrections;
    expect(first).toEqual({ record: expect.objectContaining({ id: 'correction-0' }), vectorDropped: 'direction' });
    expect(second?.vector).toBeDefined();
  });

  it('a file over the size limit, as soon as it gets there', async () => {
    let served = 0;
    function* slowly() {
      for (const line of lines) {
        served += 1;
        yield `${line}\n`;
      }
    }
    const result = await parseMemoryFile(slowly(), { maxFileBytes: 2_000 });
    expect(result).toEqual({ ok: false, error: { line: null, message: expect.stringMatching(/larger than 2 KB, the most ReplyLoop imports at once \(it stopped reading at line \d+\)/) } });
    expect(served).toBeLessThan(lines.length);
  });

  it('a file announcing more records than the limit', async () => {
    const error = await problemIn(file(lines), { maxRecords: 5 });
    expect(error).toEqual({ line: 1, message: expect.stringMatching(/holds 13 records, more than the 5 ReplyLoop imports at once/) });
  });
});
