/**
 * Vectors as stored in IndexedDB: blocks of rows, each ONE ArrayBuffer of
 * packed float32 values plus the block's keys and, for rows the index
 * prepared, its int8 codes and per-row scale and error. Reading back 100
 * blocks is far faster than reading 100,000 rows (structured clone and
 * per-record overhead dominate), and prepared rows go straight into the
 * kernel's memory, so a cold worker gets its index quickly. Pure functions:
 * the caller does the Dexie reads and writes.
 */
import type { VectorKernelPreference } from '../kernel/vector-kernel';
import { strideFor } from './vector-index-quantisation';
import { createVectorIndex, MAX_DIMENSIONS, type PreparedRows, type VectorIndex } from './vector-index';

export interface VectorBlock {
  /**
   * `${embedderId}:${sequence}`, sequence zero-padded so one embedder's ids
   * sort in block order: its last block is the last of
   * `where('embedderId').equals(id).primaryKeys()` (keys only, no vectors read).
   */
  id: string;
  embedderId: string;
  dimensions: number;
  keys: string[];
  /** keys.length × dimensions float32 values, row after row. (Stored apart since v4: see vector-block-store.ts.) */
  vectors: ArrayBuffer;
  /** When every row is prepared: keys.length × stride int8 codes (stride: the dimensions padded to 16). */
  codes?: ArrayBuffer;
  /** With codes: keys.length × 2 float32 values, each row's scale and error. */
  meta?: ArrayBuffer;
}

/** One row; `prepared` when it comes from the index (its vector then is the unit row). */
export interface VectorEntry {
  key: string;
  vector: ArrayLike<number>;
  prepared?: { codes: Int8Array; scale: number; error: number };
}

/** What to write back after an incremental change. */
export interface BlockChanges {
  put: VectorBlock[];
  delete: string[];
}

export const ROWS_PER_BLOCK = 1024;
const SEQUENCE_DIGITS = 8;

function blockId(embedderId: string, sequence: number): string {
  return `${embedderId}:${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

function sequenceOf(block: VectorBlock): number {
  const sequence = Number(block.id.slice(block.id.lastIndexOf(':') + 1));
  if (!Number.isInteger(sequence)) throw new Error(`vector block id "${block.id}" does not end in a block number`);
  return sequence;
}

/** The entries of index rows in prepared form (as VectorIndex.preparedRows gives them). */
export function preparedEntries(keys: readonly string[], rows: PreparedRows, dimensions: number): VectorEntry[] {
  const stride = strideFor(dimensions);
  return keys.map((key, at) => ({
    key,
    vector: rows.vectors.subarray(at * dimensions, (at + 1) * dimensions),
    prepared: { codes: rows.codes.subarray(at * stride, (at + 1) * stride), scale: rows.meta[at * 2]!, error: rows.meta[at * 2 + 1]! },
  }));
}

/** Packs entries of one embedder into blocks numbered from `firstSequence`. */
export function packBlocks(
  embedderId: string,
  dimensions: number,
  entries: Iterable<VectorEntry>,
  options: { firstSequence?: number; rowsPerBlock?: number } = {},
): VectorBlock[] {
  const rowsPerBlock = options.rowsPerBlock ?? ROWS_PER_BLOCK;
  const stride = strideFor(dimensions);
  const blocks: VectorBlock[] = [];
  let rows: VectorEntry[] = [];
  const flush = () => {
    const values = new Float32Array(rows.length * dimensions);
    rows.forEach((row, at) => values.set(row.vector, at * dimensions));
    const block: VectorBlock = { id: blockId(embedderId, (options.firstSequence ?? 0) + blocks.length), embedderId, dimensions, keys: rows.map((row) => row.key), vectors: values.buffer };
    // A block keeps the prepared form only when all its rows have it: the loader prepares the others.
    if (rows.every((row) => row.prepared)) {
      const codes = new Int8Array(rows.length * stride);
      const meta = new Float32Array(rows.length * 2);
      rows.forEach(({ prepared }, at) => {
        codes.set(prepared!.codes, at * stride);
        meta[at * 2] = prepared!.scale;
        meta[at * 2 + 1] = prepared!.error;
      });
      Object.assign(block, { codes: codes.buffer, meta: meta.buffer });
    }
    blocks.push(block);
    rows = [];
  };
  for (const entry of entries) {
    if (entry.vector.length !== dimensions) throw new Error(`the vector for "${entry.key}" has ${entry.vector.length} dimensions, expected ${dimensions}`);
    rows.push(entry);
    if (rows.length === rowsPerBlock) flush();
  }
  if (rows.length > 0) flush();
  return blocks;
}

/** The rows of a block as entries (views over its buffers). */
export function entriesOf(block: VectorBlock): VectorEntry[] {
  const values = new Float32Array(block.vectors);
  const stride = strideFor(block.dimensions);
  const codes = block.codes && new Int8Array(block.codes);
  const meta = block.meta && new Float32Array(block.meta);
  return block.keys.map((key, row) => ({
    key,
    vector: values.subarray(row * block.dimensions, (row + 1) * block.dimensions),
    ...(codes && meta ? { prepared: { codes: codes.subarray(row * stride, (row + 1) * stride), scale: meta[row * 2]!, error: meta[row * 2 + 1]! } } : {}),
  }));
}

/**
 * What is wrong with a block as read from IndexedDB, or null. Costs O(1)
 * per block (types and byte lengths), not O(rows): the keys are checked as
 * they go into the index.
 */
function blockProblem(block: unknown): string | null {
  if (typeof block !== 'object' || block === null) return 'is not an object';
  const { id, embedderId, dimensions, keys, vectors, codes, meta } = block as Partial<VectorBlock>;
  if (typeof id !== 'string' || id === '' || typeof embedderId !== 'string' || embedderId === '') return 'has no id or embedder id';
  if (!Number.isInteger(dimensions) || dimensions! < 1 || dimensions! > MAX_DIMENSIONS) return `has ${String(dimensions)} dimensions`;
  if (!Array.isArray(keys)) return 'has no list of keys';
  if ((codes === undefined) !== (meta === undefined)) return 'has codes without scales, or scales without codes';
  // Since v4 a stored block may leave its float32 rows to `vectorRows` (vector-block-store.ts), when it has codes.
  if (vectors === undefined ? codes === undefined : !(vectors instanceof ArrayBuffer) || vectors.byteLength !== keys.length * dimensions! * 4) {
    return 'holds a number of float32 values other than keys × dimensions';
  }
  if (codes !== undefined && (!(codes instanceof ArrayBuffer) || codes.byteLength !== keys.length * strideFor(dimensions!))) return 'holds a number of codes other than keys × stride';
  if (meta !== undefined && (!(meta instanceof ArrayBuffer) || meta.byteLength !== keys.length * 8)) return 'holds a number of scales other than two per key';
  return null;
}

/** A block as read from IndexedDB; a prepared one may come without `vectors` (see VectorIndex.fillVectors). */
export type StoredVectorBlock = Omit<VectorBlock, 'vectors'> & { vectors?: ArrayBuffer };

/**
 * Checks blocks as read from IndexedDB: anything malformed, or of another
 * embedder or dimension, is refused with the block named (`firstAt`: the
 * position of the first of them among all being loaded).
 */
export function checkedBlocks(blocks: readonly unknown[], embedderId: string, dimensions: number, firstAt = 0): readonly StoredVectorBlock[] {
  return sameEmbedder(wellFormed(blocks, firstAt), embedderId, dimensions);
}

function wellFormed(blocks: readonly unknown[], firstAt: number): readonly StoredVectorBlock[] {
  blocks.forEach((block, at) => {
    const problem = blockProblem(block);
    if (problem) throw new Error(`vector block ${firstAt + at} is malformed: it ${problem}`);
  });
  return blocks as readonly StoredVectorBlock[];
}

function sameEmbedder(blocks: readonly StoredVectorBlock[], embedderId: string, dimensions: number): readonly StoredVectorBlock[] {
  for (const block of blocks) {
    if (block.embedderId !== embedderId || block.dimensions !== dimensions) {
      throw new Error(`vector block "${block.id}" holds ${block.dimensions}-dimensional vectors of "${block.embedderId}", not ${dimensions}-dimensional vectors of "${embedderId}"`);
    }
  }
  return blocks;
}

/**
 * Adds checked blocks to the index: prepared ones are copied into the
 * kernel as they are, others are prepared on the way in. A block that
 * cannot be loaded is named; `all` (every block being loaded) names
 * repeated keys instead when they are the cause.
 */
export function addBlocks(index: VectorIndex, blocks: readonly StoredVectorBlock[], all: () => readonly { keys: string[] }[] = () => blocks): void {
  for (const block of blocks) {
    try {
      if (block.codes && block.meta) {
        const vectors = block.vectors === undefined ? {} : { vectors: new Float32Array(block.vectors) };
        index.addPrepared(block.keys, { ...vectors, codes: new Int8Array(block.codes), meta: new Float32Array(block.meta) });
      } else {
        // One kernel pass per block: also lets WebAssembly tier up to optimised code after the first blocks.
        index.addMany(block.keys, new Float32Array(block.vectors!));
      }
    } catch (error) {
      throw repeatedKeysError(all()) ?? new Error(`vector block "${block.id}" cannot be loaded: ${(error as Error).message}`);
    }
  }
}

/** Throws when the index holds fewer rows than the blocks loaded into it: a key in two blocks replaced its first row. */
export function checkNoRepeatedKeys(index: VectorIndex, blocks: readonly { keys: string[] }[]): void {
  const rows = blocks.reduce((sum, block) => sum + block.keys.length, 0);
  if (index.size !== rows) throw repeatedKeysError(blocks)!;
}

/**
 * Builds the index from one embedder's blocks, as read from IndexedDB. The
 * blocks are checked first (`checkedBlocks`), and nothing half-built is
 * returned.
 */
export async function loadIndexFromBlocks(
  /** VectorBlocks; prepared ones may come without `vectors` (their rows are then loaded later, see VectorIndex.fillVectors). */
  blocks: readonly unknown[],
  options: { embedderId?: string; dimensions?: number; kernel?: VectorKernelPreference } = {},
): Promise<VectorIndex> {
  const shaped = wellFormed(blocks, 0);
  const embedderId = options.embedderId ?? shaped[0]?.embedderId;
  const dimensions = options.dimensions ?? shaped[0]?.dimensions;
  if (embedderId === undefined || dimensions === undefined) throw new Error('no vector blocks to load, and no embedder id and dimensions given');
  const checked = sameEmbedder(shaped, embedderId, dimensions);
  const rows = checked.reduce((sum, block) => sum + block.keys.length, 0);
  const index = await createVectorIndex({ embedderId, dimensions, capacity: rows, kernel: options.kernel });
  addBlocks(index, checked);
  checkNoRepeatedKeys(index, checked);
  return index;
}

/**
 * Keys stored in more than one block (an old import race wrote some twice):
 * the copies to drop, by block. The newest block's copy is kept — block ids
 * sort in block order, and the later write is the one memory last meant.
 * A key repeated within one block is left for checkNoRepeatedKeys to name.
 */
export function staleCopies(blocks: readonly { id: string; keys: readonly string[] }[]): Map<string, Set<string>> {
  const newest = new Map<string, string>();
  for (const block of blocks) for (const key of block.keys) if ((newest.get(key) ?? '') < block.id) newest.set(key, block.id);
  const stale = new Map<string, Set<string>>();
  for (const block of blocks) {
    for (const key of block.keys) {
      if (newest.get(key) === block.id) continue;
      stale.set(block.id, (stale.get(block.id) ?? new Set()).add(key));
    }
  }
  return stale;
}

/** A key stored more than once: its own class, so that opening memory can tell it from damage and repair it (staleCopies). */
export class RepeatedKeysError extends Error {}

function repeatedKeysError(blocks: readonly { keys: string[] }[]): RepeatedKeysError | null {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const key of blocks.flatMap((block) => block.keys)) (seen.has(key) ? repeated : seen).add(key);
  return repeated.size === 0 ? null : new RepeatedKeysError(`vector blocks store ${[...repeated].map((key) => `"${key}"`).join(', ')} more than once`);
}

/** The block holding `key`, and its row there. */
export function locateKey(blocks: readonly VectorBlock[], key: string): { block: VectorBlock; row: number } | null {
  for (const block of blocks) {
    const row = block.keys.indexOf(key);
    if (row !== -1) return { block, row };
  }
  return null;
}

/**
 * Appends entries after the last block: it is filled up to ROWS_PER_BLOCK
 * (rewritten), then new blocks follow. `lastBlock` is the embedder's block
 * with the highest id, or undefined when it has none.
 */
export function appendToBlocks(lastBlock: VectorBlock | undefined, embedderId: string, dimensions: number, entries: readonly VectorEntry[]): BlockChanges {
  if (lastBlock && (lastBlock.embedderId !== embedderId || lastBlock.dimensions !== dimensions)) {
    throw new Error(`cannot append ${dimensions}-dimensional vectors of "${embedderId}" to block "${lastBlock.id}"`);
  }
  const carried = lastBlock && lastBlock.keys.length < ROWS_PER_BLOCK ? entriesOf(lastBlock) : [];
  const firstSequence = lastBlock ? sequenceOf(lastBlock) + (carried.length > 0 ? 0 : 1) : 0;
  return { put: packBlocks(embedderId, dimensions, [...carried, ...entries], { firstSequence }), delete: [] };
}

/** Rewrites `block` without `key`; an emptied block is deleted. */
export function removeFromBlock(block: VectorBlock, key: string): BlockChanges {
  return removeKeysFromBlock(block, new Set([key]));
}

/** Rewrites `block` without `keys`; an emptied block is deleted. */
export function removeKeysFromBlock(block: VectorBlock, keys: ReadonlySet<string>): BlockChanges {
  const kept = entriesOf(block).filter((entry) => !keys.has(entry.key));
  if (kept.length === block.keys.length) return { put: [], delete: [] };
  if (kept.length === 0) return { put: [], delete: [block.id] };
  return { put: packBlocks(block.embedderId, block.dimensions, kept, { firstSequence: sequenceOf(block) }), delete: [] };
}

/** Rewrites `block` with a new vector for `key`, which it must hold. */
export function replaceInBlock(block: VectorBlock, key: string, vector: ArrayLike<number>): BlockChanges {
  const row = block.keys.indexOf(key);
  if (row === -1) throw new Error(`vector block "${block.id}" does not hold "${key}"`);
  const entries = entriesOf(block);
  entries[row] = { key, vector };
  return { put: packBlocks(block.embedderId, block.dimensions, entries, { firstSequence: sequenceOf(block) }), delete: [] };
}
