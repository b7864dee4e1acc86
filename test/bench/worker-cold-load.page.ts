/**
 * Runs inside the built extension (bundled by worker-cold-load.ts and
 * evaluated there): `seed` in an extension page writes N sample corrections
 * with their vectors into the extension's own database through utils/storage
 * and utils/memory's block store; `firstSearch` in the service worker opens
 * correction memory the way the worker does at start (blocks read, full
 * check against the database's keys, query embedded) and answers one recall.
 */
import { ReplyLoopDatabase } from '../../utils/storage/db';
import { createCorrectionMemory } from '../../utils/memory/correction-memory';
import { createOfflineEmbedder } from '../../utils/memory/embedding/offline/offline-embedder';
import { putBlocks, vectorTables } from '../../utils/memory/vectors/vector-block-store';
import { packBlocks } from '../../utils/memory/vectors/vector-blocks';
import { sampleCorrection } from '../../utils/sync/sample-memory';
import { randomUnitVectors, rowOf } from './vector-data';
import type { PipelineMarker } from '../../utils/metrics/pipeline-trace';

/** Written this many at a time, so the page never holds all vectors at once. */
const SEED_BATCH = 8_192;

const embedderFor = (dimensions: number) => createOfflineEmbedder(dimensions);

async function seed(count: number, dimensions: number): Promise<{ ms: number }> {
  const start = performance.now();
  const db = new ReplyLoopDatabase();
  const embedderId = embedderFor(dimensions).id;
  for (let first = 0, sequence = 0; first < count; first += SEED_BATCH) {
    const rows = Math.min(SEED_BATCH, count - first);
    const vectors = randomUnitVectors(rows, dimensions, first + 1);
    const records = Array.from({ length: rows }, (_, at) => sampleCorrection(first + at));
    const blocks = packBlocks(embedderId, dimensions, records.map((record, at) => ({ key: `correction:${record.id}`, vector: rowOf(vectors, dimensions, at) })), { firstSequence: sequence });
    sequence += blocks.length;
    await db.transaction('rw', [db.corrections, ...vectorTables(db)], async () => {
      await db.corrections.bulkPut(records);
      await putBlocks(db, blocks);
    });
  }
  db.close();
  return { ms: performance.now() - start };
}

/** Kept so the loaded memory stays alive for the memory reading that follows. */
let memory: ReturnType<typeof createCorrectionMemory> | null = null;

const MESSAGE = 'Hi, the parcel for my order never arrived and tracking has not moved for a week.';

/**
 * The whole cold start, and of it the embedder's first answer (timed apart, then again inside the recall);
 * `stages`: when the recall's pipeline marks came after memory was created, and `rowChunks` the float32 chunks it read.
 */
async function firstSearch(dimensions: number): Promise<{ ms: number; firstEmbedMs: number; matches: number; stages: Record<string, number>; rowChunks: number }> {
  const start = performance.now();
  const embedder = embedderFor(dimensions);
  await embedder.embed([MESSAGE]);
  const embedded = performance.now();
  memory = createCorrectionMemory({ db: new ReplyLoopDatabase(), currentEmbedder: async () => embedder });
  const stages: Record<string, number> = {};
  let rowChunks = 0;
  const mark: PipelineMarker = (stage, detail) => {
    stages[stage] = performance.now() - embedded;
    rowChunks += detail?.chunks ?? 0;
  };
  const matches = await memory.recall(MESSAGE, { k: 10, mark });
  return { ms: performance.now() - start, firstEmbedMs: embedded - start, matches: matches.length, stages, rowChunks };
}

/** Waits until memory holds everything (the float32 rows follow the first answer in the background). */
async function settle(): Promise<void> {
  await memory?.sync();
}

export type WorkerBench = { seed: typeof seed; firstSearch: typeof firstSearch; settle: typeof settle };
(globalThis as unknown as { workerBench: WorkerBench }).workerBench = { seed, firstSearch, settle };
