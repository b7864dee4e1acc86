import type { CategorySettings } from '../autonomy/categories';
import type { CorrectionRecord, KnowledgeRecord, ReplyLoopDatabase } from '../storage/db';
import { putBlocks, readBlock, readBlocks, vectorTables } from '../memory/vectors/vector-block-store';
import { ROWS_PER_BLOCK, appendToBlocks, preparedEntries, type VectorEntry as BlockEntry } from '../memory/vectors/vector-blocks';
import { createVectorIndex } from '../memory/vectors/vector-index';
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

/** Reads and checks the whole file, then plans the merge against this memory. Writes nothing. */
export async function previewImport(db: ReplyLoopDatabase, chunks: AsyncIterable<string>, context: ImportContext): Promise<ImportPreview> {
  const parsed = await parseMemoryFile(chunks, { onProgress: context.onProgress, fileBytes: context.fileBytes });
  if (!parsed.ok) return parsed;
  // Only the ids both sides have: one cheap read of every key, then the few records that overlap.
  const ids = <T extends { record: { id: string } }>(entries: T[]) => entries.map((entry) => entry.record.id);
  const [correctionIds, knowledgeIds] = await Promise.all([db.corrections.toCollection().primaryKeys(), db.knowledge.toCollection().primaryKeys()]);
  const storedCorrections = new Set(correctionIds);
  const storedKnowledge = new Set(knowledgeIds);
  const [corrections, knowledge] = await Promise.all([
    db.corrections.bulkGet(ids(parsed.file.corrections).filter((id) => storedCorrections.has(id))),
    db.knowledge.bulkGet(ids(parsed.file.knowledge).filter((id) => storedKnowledge.has(id))),
  ]);
  const plan = planMerge(
    {
      corrections: corrections.filter((record) => record !== undefined),
      knowledge: knowledge.filter((record) => record !== undefined),
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
 * have broken the index's next load.
 */
async function prepareVectors(embedder: EmbedderInfo, entries: readonly BlockEntry[]): Promise<BlockEntry[]> {
  const { dimensions } = embedder;
  if (entries.length === 0) return [];
  const index = await createVectorIndex({ embedderId: embedder.id, dimensions, capacity: Math.min(entries.length, ROWS_PER_BLOCK) });
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
export async function applyImport(db: ReplyLoopDatabase, plan: MergePlan, embedder: EmbedderInfo): Promise<void> {
  // Prepared before the transaction: IndexedDB commits a transaction left waiting on anything else.
  const vectors = await prepareVectors(
    embedder,
    plan.puts.vectors
      .filter((put) => put.vector.embedderId === embedder.id && put.vector.dimensions === embedder.dimensions)
      .map((put) => ({ key: `${put.kind}:${put.id}`, vector: put.vector.values })),
  );
  await db.transaction('rw', [db.corrections, db.knowledge, ...vectorTables(db)], async () => {
    await db.corrections.bulkPut(plan.puts.corrections);
    await db.knowledge.bulkPut(plan.puts.knowledge);
    const blocks = await db.vectorBlocks.where('embedderId').equals(embedder.id).sortBy('id');
    const held = new Set(blocks.flatMap((block) => block.keys));
    // A key already stored keeps its vector: it was embedded from the same customer message.
    const entries = vectors.filter((entry) => !held.has(entry.key));
    const last = blocks.at(-1) && (await readBlock(db, blocks.at(-1)!.id));
    if (entries.length > 0) await putBlocks(db, appendToBlocks(last, embedder.id, embedder.dimensions, entries).put);
  });
}
