import type { EntityTable, IDType } from 'dexie';
import type { CategorySettings } from '../autonomy/categories';
import type { CorrectionRecord, KnowledgeRecord, ReplyLoopDatabase } from '../storage/db';
import { putBlocks, readBlock, readBlocks, vectorTables } from '../memory/vectors/vector-block-store';
import { ROWS_PER_BLOCK, appendToBlocks, preparedEntries, type VectorEntry as BlockEntry } from '../memory/vectors/vector-blocks';
import { createVectorIndex, type VectorIndex } from '../memory/vectors/vector-index';
import { exportMemoryFile } from './export';
import type { EmbedderInfo, MemoryFileHeader, RecordVector, VectorEntry } from './file/format';
import type { MemoryFileError } from './file/file-problem';
import { parseMemoryFile, planMerge, type SyncProgress } from './import';
import type { MergePlan } from './merge';

/** Records are read this many at a time: the next page is requested while this one is written out. */
const PAGE = 2_000;

/** The current embedder's vectors by memory key ("correction:ID"), read from the packed blocks. */
async function storedVectors(db: ReplyLoopDatabase, embedder: EmbedderInfo | null): Promise<Map<string, RecordVector>> {
  const vectors = new Map<string, RecordVector>();
  if (!embedder) return vectors;
  for (const block of await readBlocks(db, embedder.id)) {
    const rows = new Float32Array(block.vectors);
    block.keys.forEach((key, row) => {
      vectors.set(key, { embedderId: block.embedderId, dimensions: block.dimensions, values: rows.subarray(row * block.dimensions, (row + 1) * block.dimensions) });
    });
  }
  return vectors;
}

async function* pagesOf<T extends { id: string }>(
  table: { orderBy(index: string): { limit(n: number): { toArray(): Promise<T[]> } }; where(index: string): { above(key: string): { limit(n: number): { toArray(): Promise<T[]> } } } },
  kind: 'correction' | 'knowledge',
  vectors: Map<string, RecordVector>,
): AsyncGenerator<VectorEntry<T>> {
  let page = await table.orderBy(':id').limit(PAGE).toArray();
  while (page.length > 0) {
    const next = table.where(':id').above(page.at(-1)!.id).limit(PAGE).toArray();
    for (const record of page) yield { record, vector: vectors.get(`${kind}:${record.id}`) };
    page = await next;
  }
}

export interface ExportRequest {
  exporter: MemoryFileHeader['exporter'];
  /** The embedder in use: its vectors travel with the file; an importer with another embedder re-embeds. */
  embedder: EmbedderInfo | null;
  categories: readonly CategorySettings[];
  /** The settings as stored: the format keeps only the shared, non-secret fields. */
  settings: Readonly<Record<string, unknown>> | null;
  onProgress?(progress: SyncProgress): void;
}

/** This browser's correction memory as a memory file, streamed in chunks of text. */
export async function* exportMemory(db: ReplyLoopDatabase, request: ExportRequest): AsyncGenerator<string> {
  const vectors = await storedVectors(db, request.embedder);
  yield* exportMemoryFile(
    {
      exporter: request.exporter,
      embedder: request.embedder,
      counts: { corrections: await db.corrections.count(), knowledge: await db.knowledge.count(), categories: request.categories.length },
      corrections: pagesOf<CorrectionRecord>(db.corrections, 'correction', vectors),
      knowledge: pagesOf<KnowledgeRecord>(db.knowledge, 'knowledge', vectors),
      categories: request.categories,
      settings: request.settings,
      exportedAt: new Date(),
    },
    { onProgress: request.onProgress },
  );
}

export interface ImportContext {
  embedderId: string;
  embedderDimensions: number;
  categories: readonly CategorySettings[];
  settings: Readonly<Record<string, unknown>> | null;
  onProgress?(progress: SyncProgress): void;
  /** The file's size, when it is a picked File (see ParseOptions). */
  fileBytes?: number;
}

export type ImportPreview = { ok: false; error: MemoryFileError } | { ok: true; plan: MergePlan };

/**
 * The stored records with the file's ids, given every stored key (sorted).
 * When they are most of the keys between the first and the last of them (a
 * teammate's file overlapping this memory), in one range read: a get per id
 * costs IndexedDB's fixed price per request thousands of times over (#14).
 */
async function storedOf<T extends { id: string }>(table: EntityTable<T, 'id'>, keys: readonly T['id'][], entries: readonly { record: { id: string } }[]): Promise<T[]> {
  const ids = new Set<string>(entries.map((entry) => entry.record.id));
  const first = keys.findIndex((key) => ids.has(key));
  if (first === -1) return [];
  const last = keys.findLastIndex((key) => ids.has(key));
  const shared = keys.slice(first, last + 1).filter((key) => ids.has(key));
  if (last - first + 1 <= 2 * shared.length) {
    const inRange = await table.where(':id').between(keys[first]!, keys[last]!, true, true).toArray();
    return inRange.filter((record) => ids.has(record.id));
  }
  // T['id'] is IDType<T, 'id'>, which TypeScript cannot see through a type parameter.
  return (await table.bulkGet(shared as IDType<T, 'id'>[])).filter((record) => record !== undefined);
}

/** Reads and checks the whole file, then plans the merge against this memory. Writes nothing. */
export async function previewImport(db: ReplyLoopDatabase, chunks: AsyncIterable<string>, context: ImportContext): Promise<ImportPreview> {
  // Read while the file is parsed (IndexedDB works in another process); a refused file leaves them unused.
  const storedKeys = Promise.all([db.corrections.toCollection().primaryKeys(), db.knowledge.toCollection().primaryKeys()]);
  storedKeys.catch(() => {});
  const parsed = await parseMemoryFile(chunks, { onProgress: context.onProgress, fileBytes: context.fileBytes });
  if (!parsed.ok) return parsed;
  const [correctionKeys, knowledgeKeys] = await storedKeys;
  const [corrections, knowledge] = await Promise.all([storedOf(db.corrections, correctionKeys, parsed.file.corrections), storedOf(db.knowledge, knowledgeKeys, parsed.file.knowledge)]);
  const plan = planMerge(
    {
      corrections,
      knowledge,
      categories: context.categories,
      settings: context.settings,
      embedderId: context.embedderId,
      embedderDimensions: context.embedderDimensions,
    },
    parsed.file,
  );
  return { ok: true, plan };
}

/**
 * The file's vectors in the index's prepared form (unit rows, int8 codes,
 * scale and error), block by block through one small index: stored that way,
 * the worker copies them straight in at its next start, where plain rows had
 * it prepare every block and then write every block again (#14). Every one
 * has a direction: the file reader dropped the others (#13), which would
 * have broken the index's next load. Synchronous, so that it can run inside
 * the transaction while IndexedDB writes the records.
 */
function prepareVectors(index: VectorIndex, entries: readonly BlockEntry[]): BlockEntry[] {
  const { dimensions } = index;
  const prepared: BlockEntry[] = [];
  for (let from = 0; from < entries.length; from += ROWS_PER_BLOCK) {
    const keys = entries.slice(from, from + ROWS_PER_BLOCK).map((entry) => entry.key);
    const packed = new Float32Array(keys.length * dimensions);
    keys.forEach((_key, at) => packed.set(entries[from + at]!.vector, at * dimensions));
    index.addMany(keys, packed);
    prepared.push(...preparedEntries(keys, index.preparedRows(keys), dimensions));
    // Last row first, so each removal is the index's cheapest (nothing moves) and the next block reuses the room.
    for (let at = keys.length - 1; at >= 0; at -= 1) index.remove(keys[at]!);
  }
  return prepared;
}

/**
 * Writes a planned import in one transaction: all of it or, if anything
 * fails (quota, a blocked database), none of it. Vectors from the current
 * embedder are stored with their records, in the index's prepared form;
 * records without one are embedded by memory afterwards.
 */
export async function applyImport(db: ReplyLoopDatabase, plan: MergePlan, embedder: EmbedderInfo, onProgress?: (progress: SyncProgress) => void): Promise<void> {
  const vectors = plan.puts.vectors
    .filter((put) => put.vector.embedderId === embedder.id && put.vector.dimensions === embedder.dimensions)
    .map((put) => ({ key: `${put.kind}:${put.id}`, vector: put.vector.values }));
  // Compiled before the transaction: IndexedDB commits a transaction left waiting on anything else.
  const index = vectors.length === 0 ? null : await createVectorIndex({ embedderId: embedder.id, dimensions: embedder.dimensions, capacity: Math.min(vectors.length, ROWS_PER_BLOCK) });
  await db.transaction('rw', [db.corrections, db.knowledge, ...vectorTables(db)], async () => {
    const blocks = await db.vectorBlocks.where('embedderId').equals(embedder.id).sortBy('id');
    const last = blocks.at(-1) && (await readBlock(db, blocks.at(-1)!.id));
    // The records' puts go out without waiting for them, then the vectors are prepared and packed while
    // IndexedDB writes the records, which is most of an import's time (#14): requests run in order, so the
    // blocks were read first.
    // In pages, each reporting as IndexedDB finishes it: most of a large import's wait, shown as it goes (#15).
    const total = plan.puts.corrections.length + plan.puts.knowledge.length;
    let written = 0;
    const putPages = <T>(table: { bulkPut(rows: T[]): Promise<unknown> }, rows: T[]) =>
      Array.from({ length: Math.ceil(rows.length / PAGE) }, (_, page) => rows.slice(page * PAGE, (page + 1) * PAGE)).map((slice) =>
        table.bulkPut(slice).then(() => {
          written += slice.length;
          onProgress?.({ done: written, total });
        }),
      );
    const records = Promise.all([...putPages(db.corrections, plan.puts.corrections), ...putPages(db.knowledge, plan.puts.knowledge)]);
    const held = new Set(blocks.flatMap((block) => block.keys));
    // A key already stored keeps its vector: it was embedded from the same customer message.
    const entries = index ? prepareVectors(index, vectors.filter((entry) => !held.has(entry.key))) : [];
    await Promise.all([records, entries.length > 0 && putBlocks(db, appendToBlocks(last, embedder.id, embedder.dimensions, entries).put)]);
  });
}
