/**
 * Runs inside Chromium (bundled by vector-cold-load.ts): writes N×d vectors
 * to IndexedDB as packed blocks, and later reads them back into an index,
 * the way the worker does on a cold start.
 */
import Dexie, { type EntityTable } from 'dexie';
import { loadIndexFromBlocks, packBlocks, type VectorBlock } from '../../utils/memory/vectors/vector-blocks';
import type { VectorIndex } from '../../utils/memory/vectors/vector-index';
import { randomUnitVectors, rowOf } from './vector-data';

const DATABASE = 'replyloop-vector-bench';
const EMBEDDER = 'bench-embedder';
/** Vectors are generated and written this many rows at a time, to keep the page's memory down. */
const WRITE_BATCH_ROWS = 16_384;

export interface ColdLoadRun {
  readMs: number;
  buildMs: number;
  totalMs: number;
  rows: number;
  kernel: string;
}

function openDatabase() {
  const db = new Dexie(DATABASE) as Dexie & { vectorBlocks: EntityTable<VectorBlock, 'id'> };
  db.version(1).stores({ vectorBlocks: 'id, embedderId' });
  return db;
}

async function write(count: number, dimensions: number): Promise<{ ms: number; blocks: number }> {
  await Dexie.delete(DATABASE);
  const db = openDatabase();
  const start = performance.now();
  let blocks = 0;
  for (let first = 0; first < count; first += WRITE_BATCH_ROWS) {
    const rows = Math.min(WRITE_BATCH_ROWS, count - first);
    const packed = randomUnitVectors(rows, dimensions, first + 1);
    // Correction ids are UUIDs in the app; their length matters for what is stored.
    const entries = Array.from({ length: rows }, (_, row) => ({ key: crypto.randomUUID(), vector: rowOf(packed, dimensions, row) }));
    const packedBlocks = packBlocks(EMBEDDER, dimensions, entries, { firstSequence: blocks });
    await db.vectorBlocks.bulkPut(packedBlocks);
    blocks += packedBlocks.length;
  }
  db.close();
  return { ms: performance.now() - start, blocks };
}

let index: VectorIndex | null = null;

async function load(): Promise<ColdLoadRun> {
  const start = performance.now();
  const db = openDatabase();
  const blocks = await db.vectorBlocks.where('embedderId').equals(EMBEDDER).toArray();
  const read = performance.now();
  index = await loadIndexFromBlocks(blocks);
  const end = performance.now();
  db.close();
  return { readMs: read - start, buildMs: end - read, totalMs: end - start, rows: index.size, kernel: index.kernelKind };
}

/** Times top-10 queries against the loaded index, in this browser's engine. */
function queryTimes(count: number): number[] {
  if (!index) throw new Error('load the index first');
  const queries = randomUnitVectors(count, index.dimensions, 424_242);
  const times: number[] = [];
  for (let q = 0; q < count; q += 1) {
    const start = performance.now();
    index.search(rowOf(queries, index.dimensions, q), 10);
    times.push(performance.now() - start);
  }
  return times;
}

async function clear(): Promise<void> {
  index = null;
  await Dexie.delete(DATABASE);
}

export type VectorBench = { write: typeof write; load: typeof load; queryTimes: typeof queryTimes; clear: typeof clear };
(globalThis as unknown as { vectorBench: VectorBench }).vectorBench = { write, load, queryTimes, clear };
