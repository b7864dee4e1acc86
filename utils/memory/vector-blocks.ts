/**
 * Vectors as stored in IndexedDB: blocks of rows, each ONE ArrayBuffer of
 * packed float32 values plus the block's keys. Reading back 100 blocks is far
 * faster than reading 100,000 rows (structured clone and per-record overhead
 * dominate), so a cold worker gets its index quickly. Pure functions: the
 * caller does the Dexie reads and writes.
 */
import { z } from 'zod';
import type { VectorKernelPreference } from './kernel/vector-kernel';
import { createVectorIndex, MAX_DIMENSIONS, type VectorIndex } from './vector-index';

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
  /** keys.length × dimensions float32 values, row after row. */
  vectors: ArrayBuffer;
}

export interface VectorEntry {
  key: string;
  vector: ArrayLike<number>;
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

const vectorBlockSchema = z
  .object({
    id: z.string().min(1),
    embedderId: z.string().min(1),
    dimensions: z.number().int().min(1).max(MAX_DIMENSIONS),
    keys: z.array(z.string()),
    vectors: z.instanceof(ArrayBuffer),
  })
  .refine((block) => block.vectors.byteLength === block.keys.length * block.dimensions * 4, {
    message: 'holds a number of float32 values other than keys × dimensions',
  });

/** Packs entries of one embedder into blocks numbered from `firstSequence`. */
export function packBlocks(
  embedderId: string,
  dimensions: number,
  entries: Iterable<VectorEntry>,
  options: { firstSequence?: number; rowsPerBlock?: number } = {},
): VectorBlock[] {
  const rowsPerBlock = options.rowsPerBlock ?? ROWS_PER_BLOCK;
  const blocks: VectorBlock[] = [];
  let keys: string[] = [];
  let values = new Float32Array(rowsPerBlock * dimensions);
  const flush = () => {
    blocks.push({
      id: blockId(embedderId, (options.firstSequence ?? 0) + blocks.length),
      embedderId,
      dimensions,
      keys,
      vectors: values.slice(0, keys.length * dimensions).buffer,
    });
    keys = [];
    values = new Float32Array(rowsPerBlock * dimensions);
  };
  for (const { key, vector } of entries) {
    if (vector.length !== dimensions) throw new Error(`the vector for "${key}" has ${vector.length} dimensions, expected ${dimensions}`);
    values.set(vector, keys.length * dimensions);
    keys.push(key);
    if (keys.length === rowsPerBlock) flush();
  }
  if (keys.length > 0) flush();
  return blocks;
}

/** The rows of a block as entries (views over its buffer). */
export function entriesOf(block: VectorBlock): VectorEntry[] {
  const values = new Float32Array(block.vectors);
  return block.keys.map((key, row) => ({ key, vector: values.subarray(row * block.dimensions, (row + 1) * block.dimensions) }));
}

/**
 * Builds the index from one embedder's blocks, as read from IndexedDB. The
 * blocks are checked first: anything malformed, mixed or repeated is refused
 * with the block named, and nothing half-built is returned.
 */
export async function loadIndexFromBlocks(
  blocks: readonly unknown[],
  options: { embedderId?: string; dimensions?: number; kernel?: VectorKernelPreference } = {},
): Promise<VectorIndex> {
  const checked = blocks.map((block, at) => {
    const parsed = vectorBlockSchema.safeParse(block);
    if (!parsed.success) throw new Error(`vector block ${at} is malformed: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
  const embedderId = options.embedderId ?? checked[0]?.embedderId;
  const dimensions = options.dimensions ?? checked[0]?.dimensions;
  if (embedderId === undefined || dimensions === undefined) throw new Error('no vector blocks to load, and no embedder id and dimensions given');
  for (const block of checked) {
    if (block.embedderId !== embedderId || block.dimensions !== dimensions) {
      throw new Error(`vector block "${block.id}" holds ${block.dimensions}-dimensional vectors of "${block.embedderId}", not ${dimensions}-dimensional vectors of "${embedderId}"`);
    }
  }
  const rows = checked.reduce((sum, block) => sum + block.keys.length, 0);
  const index = await createVectorIndex({ embedderId, dimensions, capacity: rows, kernel: options.kernel });
  // One kernel pass per block: also lets WebAssembly tier up to optimised code after the first blocks.
  for (const block of checked) {
    try {
      index.addMany(block.keys, new Float32Array(block.vectors));
    } catch (error) {
      throw new Error(`vector block "${block.id}" cannot be loaded: ${(error as Error).message}`);
    }
  }
  // A key in two blocks replaced its first row: cheap to notice, and worth naming.
  if (index.size !== rows) throw new Error(`vector blocks store ${repeatedKeys(checked).map((key) => `"${key}"`).join(', ')} more than once`);
  return index;
}

function repeatedKeys(blocks: readonly VectorBlock[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const key of blocks.flatMap((block) => block.keys)) (seen.has(key) ? repeated : seen).add(key);
  return [...repeated];
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
  const kept = entriesOf(block).filter((entry) => entry.key !== key);
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
