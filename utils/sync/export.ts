import type { z } from 'zod';
import type { CategorySettings } from '../autonomy/categories';
import type { CorrectionRecord, KnowledgeRecord } from '../storage/db';
import { describeIssue } from './file/describe-issue';
import { i18n } from '../i18n';
import { formatCount, plural } from './file/file-problem';
import { recordName } from './file/record-line';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  MAX_HISTORY,
  categorySchema,
  correctionSchema,
  headerSchema,
  knowledgeSchema,
  sharedSettingsSchema,
  totalRecords,
  wireVectorSchema,
  type EmbedderInfo,
  type MemoryFileHeader,
  type RecordCounts,
  type RecordType,
  type RecordVector,
  type VectorEntry,
  type WireVector,
} from './file/format';
import type { SyncProgress } from './import';
import { encodeFloat32 } from './file/vector-codec';

type Records<T> = AsyncIterable<T> | Iterable<T>;

export interface MemoryExportSource {
  exporter: MemoryFileHeader['exporter'];
  /** The embedder this browser uses now, or null when the export carries no vectors. */
  embedder: EmbedderInfo | null;
  /** Known before streaming (Dexie's count()), for the header; checked against what is written. */
  counts: Omit<RecordCounts, 'settings'>;
  corrections: Records<VectorEntry<CorrectionRecord>>;
  knowledge: Records<VectorEntry<KnowledgeRecord>>;
  categories: Records<CategorySettings>;
  /** The model settings as stored, API key included: only the shared fields are written. */
  settings: Readonly<Record<string, unknown>> | null;
  exportedAt: Date;
}

export interface ExportOptions {
  onProgress?: (progress: SyncProgress) => void;
}

/** About 1 MB per chunk: few writes to disk, and a progress step every few hundred records. */
const CHUNK_CHARS = 1 << 20;

/*
 * Writing goes through the import schemas in their stripping form: a field
 * the format has no place for (an API key, a column added later) is left out,
 * and a value the importer would refuse stops the export with the reason, so
 * every file written here imports.
 */
const exportSchemas = {
  correction: correctionSchema.strip(),
  knowledge: knowledgeSchema.strip(),
  category: categorySchema.strip(),
  settings: sharedSettingsSchema.strip(),
} satisfies Record<RecordType, z.ZodType>;

/** 'correction "c-1"': the record an export problem names, its id as stored. Worded only for a problem: most records have none (#14). */
function exportWhat(type: RecordType, id: string): () => string {
  return () => i18n.t('memoryFile.exportWhat', { record: recordName(type), id });
}

function exportable<T>(schema: z.ZodType<T>, value: unknown, what: () => string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(i18n.t('memoryFile.cannotExport', { what: what(), problem: describeIssue(result.error.issues[0]!, value, 'it') }));
}

/** x - x is 0 for every finite x and NaN for NaN and ±Infinity: one cheap test for both, as the decoder does. */
function allFinite(values: Float32Array): boolean {
  for (let index = 0; index < values.length; index += 1) if (values[index]! - values[index]! !== 0) return false;
  return true;
}

function wireVector(vector: RecordVector, embedder: EmbedderInfo | null, what: () => string): WireVector {
  const { embedderId, dimensions, values } = vector;
  const problem =
    values.length !== dimensions
      ? i18n.t('memoryFile.vectorCountMismatch', { values: formatCount(values.length), dimensions: formatCount(dimensions) })
      : !allFinite(values)
        ? i18n.t('memoryFile.vectorNotFinite')
        : embedder !== null && embedderId === embedder.id && dimensions !== embedder.dimensions
          ? i18n.t('memoryFile.vectorWrongEmbedder', { dimensions: formatCount(dimensions), embedder: embedderId, expected: formatCount(embedder.dimensions) })
          : null;
  if (problem !== null) throw new Error(i18n.t('memoryFile.cannotExportVector', { what: what(), problem }));
  return exportable(wireVectorSchema, { embedderId, dimensions, values: encodeFloat32(values) }, what);
}

function recordLine(type: RecordType, data: unknown, vector?: WireVector): string {
  return `${JSON.stringify(vector === undefined ? { type, data } : { type, data, vector })}\n`;
}

/**
 * Streams a memory file as text chunks, header first and end line last, so a
 * large memory goes to disk without being held whole. Throws (before the end
 * line, so a partial file is never mistaken for a whole one) if a record
 * cannot be exported or the counts given for the header turn out wrong.
 */
export async function* exportMemoryFile(source: MemoryExportSource, options: ExportOptions = {}): AsyncGenerator<string, void, undefined> {
  const settings = source.settings === null ? null : exportable(exportSchemas.settings, source.settings, () => 'the settings');
  const counts: RecordCounts = { ...source.counts, settings: settings === null ? 0 : 1 };
  const header = exportable(
    headerSchema,
    { format: FORMAT_NAME, version: FORMAT_VERSION, exportedAt: source.exportedAt.toISOString(), exporter: source.exporter, embedder: source.embedder, counts },
    () => 'the header',
  );
  const total = totalRecords(counts);
  const written: RecordCounts = { corrections: 0, knowledge: 0, categories: 0, settings: 0 };
  let pending: string[] = [JSON.stringify(header), '\n'];
  let pendingChars = 0;

  /**
   * The chunk to hand out once about CHUNK_CHARS are pending, else null. A
   * plain function, not a generator used with `yield*`: an async generator
   * delegating to a sync one pays a promise per line (#14).
   */
  function add(line: string): string | null {
    pending.push(line);
    pendingChars += line.length;
    if (pendingChars < CHUNK_CHARS) return null;
    const chunk = pending.join('');
    pending = [];
    pendingChars = 0;
    return chunk;
  }
  const progress = () => options.onProgress?.({ done: totalRecords(written), total });

  if (settings !== null) {
    written.settings += 1;
    add(recordLine('settings', settings));
  }
  for await (const category of source.categories) {
    written.categories += 1;
    const chunk = add(recordLine('category', exportable(exportSchemas.category, category, exportWhat('category', category.id))));
    if (chunk === null) continue;
    yield chunk;
    progress();
  }
  for await (const { record, vector } of source.knowledge) {
    const what = exportWhat('knowledge', record.id);
    written.knowledge += 1;
    const chunk = add(recordLine('knowledge', exportable(exportSchemas.knowledge, record, what), vector && wireVector(vector, source.embedder, what)));
    if (chunk === null) continue;
    yield chunk;
    progress();
  }
  for await (const { record, vector } of source.corrections) {
    const what = exportWhat('correction', record.id);
    // A correction edited more than MAX_HISTORY times keeps its newest versions, as a merge would.
    const data = exportable(exportSchemas.correction, { ...record, history: record.history.slice(-MAX_HISTORY) }, what);
    written.corrections += 1;
    const chunk = add(recordLine('correction', data, vector && wireVector(vector, source.embedder, what)));
    if (chunk === null) continue;
    yield chunk;
    progress();
  }

  for (const key of ['corrections', 'knowledge', 'categories'] as const) {
    if (written[key] !== counts[key]) {
      throw new Error(i18n.t('memoryFile.changedDuringExport', { expected: plural(counts[key], key), found: formatCount(written[key]) }));
    }
  }
  pending.push(`${JSON.stringify({ type: 'end', records: total })}\n`);
  yield pending.join('');
  options.onProgress?.({ done: total, total });
}
