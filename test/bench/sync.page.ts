/**
 * The team-sync round trip the benchmark times, in whatever runtime runs it
 * (the Chromium bench page, or Node with fake-indexeddb): a teammate's memory
 * is read from IndexedDB and exported, then imported into a memory that
 * already holds some of the same corrections: parse and validate, plan the
 * merge, write it in one transaction.
 */
import { ReplyLoopDatabase, type CorrectionRecord } from '../../utils/db';
import { packBlocks } from '../../utils/memory/vector-blocks';
import { exportMemoryFile } from '../../utils/sync/export';
import type { RecordVector, VectorEntry } from '../../utils/sync/format';
import { parseMemoryFile } from '../../utils/sync/import';
import { describePreview, planMerge, type PreviewCounts } from '../../utils/sync/merge';
import { sampleCorrection, sampleExportSource, sampleVector } from '../../utils/sync/sample-memory';

export interface SyncPipelineOptions {
  corrections: number;
  /** How many of them the importing memory already has. */
  existing: number;
  dimensions: number;
}

export interface SyncFigures {
  exportMs: number;
  readMs: number;
  bytes: number;
  progressEvents: number;
  parseMs: number;
  planMs: number;
  writeMs: number;
  importMs: number;
  preview: PreviewCounts;
  previewText: string;
}

const PAGE = 2_000;
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

/**
 * Every correction with its vector, page by page in id order, as an export
 * reads them. The next page is requested before this one is serialized, so
 * IndexedDB reads while the exporter works.
 */
async function* storedCorrections(database: ReplyLoopDatabase, timing: { readMs: number }): AsyncGenerator<VectorEntry<CorrectionRecord>> {
  const waitFor = async <T>(pending: Promise<T>): Promise<T> => {
    const started = now();
    const value = await pending;
    timing.readMs += now() - started;
    return value;
  };
  const vectors = new Map<string, RecordVector>();
  for (const block of await waitFor(database.vectorBlocks.toArray())) {
    const rows = new Float32Array(block.vectors);
    block.keys.forEach((key, row) => {
      vectors.set(key, { embedderId: block.embedderId, dimensions: block.dimensions, values: rows.subarray(row * block.dimensions, (row + 1) * block.dimensions) });
    });
  }
  let page = await waitFor(database.corrections.orderBy(':id').limit(PAGE).toArray());
  while (page.length > 0) {
    const next = database.corrections.where(':id').above(page.at(-1)!.id).limit(PAGE).toArray();
    for (const record of page) yield { record, vector: vectors.get(`correction:${record.id}`) };
    page = await waitFor(next);
  }
}

export async function runSyncPipeline(options: SyncPipelineOptions): Promise<SyncFigures> {
  const { dimensions } = options;
  const embedderId = `sample-embedder:${dimensions}`;
  const { theirs, ours } = memories(options);

  const teammate = await freshDatabase('sync-bench-teammate');
  await teammate.transaction('rw', teammate.corrections, teammate.vectorBlocks, async () => {
    await teammate.corrections.bulkPut(theirs);
    const vectors = theirs.map((record, index) => ({ key: `correction:${record.id}`, vector: sampleVector(index, dimensions).values }));
    await teammate.vectorBlocks.bulkPut(packBlocks(embedderId, dimensions, vectors));
  });
  const mine = await freshDatabase('sync-bench-mine');
  await mine.corrections.bulkPut(ours);

  // Export: read the teammate's memory and stream the file.
  const timing = { readMs: 0 };
  let progressEvents = 0;
  let started = now();
  const source = { ...sampleExportSource({ corrections: [], knowledge: [] }, dimensions), corrections: storedCorrections(teammate, timing) };
  source.counts = { ...source.counts, corrections: await teammate.corrections.count() };
  const chunks: string[] = [];
  for await (const chunk of exportMemoryFile(source, { onProgress: () => (progressEvents += 1) })) chunks.push(chunk);
  const exportMs = now() - started;
  teammate.close();
  const file = new Blob(chunks);

  // Import: read the file as the agent's browser would, check it all, plan, write once.
  started = now();
  const parsed = await parseMemoryFile(file.stream().pipeThrough(new TextDecoderStream()), { onProgress: () => (progressEvents += 1) });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const parseMs = now() - started;

  started = now();
  // Only the ids both sides have: all keys come back in one cheap read, and bulkGet of 50k mostly missing keys is slow.
  const storedIds = new Set(await mine.corrections.toCollection().primaryKeys());
  const shared = parsed.file.corrections.map((entry) => entry.record.id).filter((id) => storedIds.has(id));
  const stored = (await mine.corrections.bulkGet(shared)).filter((record) => record !== undefined);
  const plan = planMerge({ corrections: stored, knowledge: [], categories: [], settings: null, embedderId, embedderDimensions: dimensions }, parsed.file);
  const planMs = now() - started;

  started = now();
  const vectorPuts = plan.puts.vectors.map((put) => ({ key: `${put.kind}:${put.id}`, vector: put.vector.values }));
  await mine.transaction('rw', mine.corrections, mine.knowledge, mine.vectorBlocks, async () => {
    await mine.corrections.bulkPut(plan.puts.corrections);
    await mine.knowledge.bulkPut(plan.puts.knowledge);
    await mine.vectorBlocks.bulkPut(packBlocks(embedderId, dimensions, vectorPuts));
  });
  const writeMs = now() - started;

  const count = await mine.corrections.count();
  mine.close();
  if (count !== options.corrections) throw new Error(`expected ${options.corrections} corrections after the import, found ${count}`);
  return {
    exportMs,
    readMs: timing.readMs,
    bytes: file.size,
    progressEvents,
    parseMs,
    planMs,
    writeMs,
    importMs: parseMs + planMs + writeMs,
    preview: plan.counts,
    previewText: describePreview(plan.counts),
  };
}

(globalThis as unknown as { syncBench: typeof runSyncPipeline }).syncBench = runSyncPipeline;
