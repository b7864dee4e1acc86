/**
 * The team-sync round trip the benchmark times, in whatever runtime runs it
 * (the Chromium bench page, or Node with fake-indexeddb), through
 * utils/sync/memory-transfer's own export, preview and import: a teammate's
 * memory is exported from IndexedDB, then imported into a memory that
 * already holds some of the same corrections. Then the same memory exported
 * without vectors (a teammate on another embedder) is imported into an empty
 * memory, which utils/memory's correction memory re-embeds with the offline
 * embedder, as the worker does after such an import.
 */
import { ReplyLoopDatabase, type CorrectionRecord } from '../../utils/storage/db';
import { putBlocks, vectorTables } from '../../utils/memory/vectors/vector-block-store';
import { packBlocks } from '../../utils/memory/vectors/vector-blocks';
import { applyImport, exportMemory, previewImport } from '../../utils/sync/memory-transfer';
import type { PreviewCounts } from '../../utils/sync/merge';
import { previewText } from '../../utils/sync/preview-text';
import { memoryFileText } from '../../utils/sync/file/utf8-lines';
import { sampleCorrection, sampleVector } from '../../utils/sync/sample-memory';
import { createCorrectionMemory } from '../../utils/memory/correction-memory';
import { createOfflineEmbedder } from '../../utils/memory/embedding/offline/offline-embedder';

export interface SyncPipelineOptions {
  corrections: number;
  /** How many of them the importing memory already has. */
  existing: number;
  /** How many corrections the import without vectors brings (each is embedded again, the slow part). */
  reembedded: number;
  dimensions: number;
}

export interface SyncFigures {
  exportMs: number;
  bytes: number;
  progressEvents: number;
  /** Reading, checking and planning the file (what the preview shows). */
  previewMs: number;
  writeMs: number;
  importMs: number;
  /** Without vectors: the import of the whole file into an empty memory, then re-embedding all of it. */
  importWithoutVectorsMs: number;
  reembedMs: number;
  preview: PreviewCounts;
  previewText: string;
}

const now = () => performance.now();

/** Ours and theirs: of the overlapping corrections, 8 in 10 are the same, 1 was edited there since, 1 edited on both sides. */
function memories(options: SyncPipelineOptions): { theirs: CorrectionRecord[]; ours: CorrectionRecord[] } {
  const theirs: CorrectionRecord[] = [];
  const ours: CorrectionRecord[] = [];
  for (let index = 0; index < options.corrections; index += 1) {
    const original = sampleCorrection(index);
    const editedThere: CorrectionRecord = {
      ...original,
      approvedText: `${original.approvedText}\nP.S. Refund sent.`,
      author: 'Bo Chen',
      updatedAt: original.updatedAt + 2_000,
      history: [{ approvedText: original.approvedText, author: original.author, updatedAt: original.updatedAt }],
    };
    const kind = index % 10;
    theirs.push(index < options.existing && kind >= 8 ? editedThere : original);
    if (index >= options.existing) continue;
    ours.push(kind === 8 ? { ...original, approvedText: `${original.approvedText} (checked)`, updatedAt: original.updatedAt + 1_000, history: editedThere.history } : original);
  }
  return { theirs, ours };
}

async function freshDatabase(name: string): Promise<ReplyLoopDatabase> {
  await ReplyLoopDatabase.delete(name);
  const database = new ReplyLoopDatabase(name);
  await database.open();
  return database;
}

/** Export, preview and import through utils/sync's own functions (what options → Team sync calls). */
export async function runSyncPipeline(options: SyncPipelineOptions): Promise<SyncFigures> {
  const { dimensions } = options;
  const embedder = { id: `sample-embedder:${dimensions}`, dimensions };
  const { theirs, ours } = memories(options);

  const teammate = await freshDatabase('sync-bench-teammate');
  await teammate.transaction('rw', [teammate.corrections, ...vectorTables(teammate)], async () => {
    await teammate.corrections.bulkPut(theirs);
    const vectors = theirs.map((record, index) => ({ key: `correction:${record.id}`, vector: sampleVector(index, dimensions).values }));
    await putBlocks(teammate, packBlocks(embedder.id, dimensions, vectors));
  });
  const mine = await freshDatabase('sync-bench-mine');
  await mine.corrections.bulkPut(ours);

  let progressEvents = 0;
  const onProgress = () => (progressEvents += 1);
  let started = now();
  const chunks: string[] = [];
  for await (const chunk of exportMemory(teammate, { exporter: { name: 'Bench', app: 'ReplyLoop 0.1.0' }, embedder, categories: [], settings: null, onProgress })) chunks.push(chunk);
  const exportMs = now() - started;
  teammate.close();
  const file = new Blob(chunks);

  // Import: read the file as the agent's browser would, check it all and plan (the preview), then write once.
  started = now();
  const preview = await previewImport(mine, memoryFileText(file), { embedderId: embedder.id, embedderDimensions: dimensions, categories: [], settings: null, fileBytes: file.size, onProgress });
  if (!preview.ok) throw new Error(preview.error.message);
  const previewMs = now() - started;

  started = now();
  await applyImport(mine, preview.plan, embedder);
  const writeMs = now() - started;

  const count = await mine.corrections.count();
  mine.close();
  if (count !== options.corrections) throw new Error(`expected ${options.corrections} corrections after the import, found ${count}`);

  const { importMs: importWithoutVectorsMs, reembedMs } = await importWithoutVectors(options);
  return {
    exportMs,
    bytes: file.size,
    progressEvents,
    previewMs,
    writeMs,
    importMs: previewMs + writeMs,
    importWithoutVectorsMs,
    reembedMs,
    preview: preview.plan.counts,
    previewText: previewText(preview.plan.counts),
  };
}

/** A teammate's memory exported with no embedder (so no vectors), imported into an empty memory and re-embedded. */
async function importWithoutVectors(options: SyncPipelineOptions): Promise<{ importMs: number; reembedMs: number }> {
  const teammate = await freshDatabase('sync-bench-plain');
  await teammate.corrections.bulkPut(Array.from({ length: options.reembedded }, (_, index) => sampleCorrection(index)));
  const chunks: string[] = [];
  for await (const chunk of exportMemory(teammate, { exporter: { name: 'Bench', app: 'ReplyLoop 0.1.0' }, embedder: null, categories: [], settings: null })) chunks.push(chunk);
  teammate.close();
  const embedder = createOfflineEmbedder(options.dimensions);
  const fresh = await freshDatabase('sync-bench-fresh');
  let started = now();
  const file = new Blob(chunks);
  const preview = await previewImport(fresh, memoryFileText(file), { embedderId: embedder.id, embedderDimensions: embedder.dimensions, categories: [], settings: null, fileBytes: file.size });
  if (!preview.ok) throw new Error(preview.error.message);
  await applyImport(fresh, preview.plan, embedder);
  const importMs = now() - started;
  started = now();
  const memory = createCorrectionMemory({ db: fresh, currentEmbedder: async () => embedder });
  await memory.sync();
  const reembedMs = now() - started;
  const indexed = (await fresh.vectorBlocks.toArray()).reduce((sum, block) => sum + block.keys.length, 0);
  fresh.close();
  if (indexed !== options.reembedded) throw new Error(`expected ${options.reembedded} corrections re-embedded, found ${indexed}`);
  return { importMs, reembedMs };
}

(globalThis as unknown as { syncBench: typeof runSyncPipeline }).syncBench = runSyncPipeline;
