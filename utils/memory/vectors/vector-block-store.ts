/**
 * Vector blocks in IndexedDB since v4 (#14): `vectorBlocks` holds each
 * block's keys and prepared form (int8 codes, scale and error: what the
 * search scans), `vectorRows` its float32 rows in chunks (rowsPerChunkFor)
 * (what exact rescoring reads). A worker start reads the first table only,
 * a quarter of the bytes; rows follow in the background or, for a search's
 * candidates, on demand. Callers run these inside a transaction over both
 * tables (`VECTOR_TABLES`), so a block and its rows change together.
 */
import { rowChunksOf, rowsPerChunkFor, V4_ROWS_PER_CHUNK, type ReplyLoopDatabase, type VectorBlockRecord, type VectorRowsRecord } from '../../storage/db';
import type { VectorBlock } from './vector-blocks';

export const vectorTables = (db: ReplyLoopDatabase) => [db.vectorBlocks, db.vectorRows] as const;

/** A block as stored: keys and prepared form, without its float32 rows. */
export type StoredBlock = Omit<VectorBlockRecord, 'vectors'>;

const chunksOfBlock = (db: ReplyLoopDatabase, blockId: string) => db.vectorRows.where('blockId').equals(blockId);

/** Joins rows read from `vectorRows` back into one block's float32 buffer, in the block's key order. */
function joinRows(block: StoredBlock, chunks: readonly VectorRowsRecord[]): ArrayBuffer {
  const rowBytes = block.dimensions * 4;
  const values = new Uint8Array(block.keys.length * rowBytes);
  const rowOf = new Map(block.keys.map((key, row) => [key, row]));
  let found = 0;
  for (const chunk of chunks) {
    const bytes = new Uint8Array(chunk.vectors);
    chunk.keys.forEach((key, at) => {
      const row = rowOf.get(key);
      if (row === undefined) return;
      values.set(bytes.subarray(at * rowBytes, (at + 1) * rowBytes), row * rowBytes);
      found += 1;
    });
  }
  if (found !== block.keys.length) throw new Error(`vector block "${block.id}" has ${found} of its ${block.keys.length} float32 rows stored`);
  return values.buffer;
}

/** One block with its float32 rows, or undefined. */
export async function readBlock(db: ReplyLoopDatabase, id: string): Promise<VectorBlock | undefined> {
  const [block, chunks] = await Promise.all([db.vectorBlocks.get(id), chunksOfBlock(db, id).toArray()]);
  return block && { ...block, vectors: joinRows(block, chunks) };
}

/** Every block of an embedder (or `only` these of it) with its float32 rows, in block order (export, and blocks stored unprepared). */
export async function readBlocks(db: ReplyLoopDatabase, embedderId: string, only?: readonly string[]): Promise<VectorBlock[]> {
  const blocks = only
    ? (await db.vectorBlocks.bulkGet([...only].sort())).filter((block): block is VectorBlockRecord => block !== undefined && block.embedderId === embedderId)
    : await db.vectorBlocks.where('embedderId').equals(embedderId).sortBy('id');
  const chunks = await db.vectorRows.where('blockId').anyOf(blocks.map((block) => block.id)).toArray();
  const byBlock = new Map<string, VectorRowsRecord[]>();
  for (const chunk of chunks) byBlock.set(chunk.blockId, [...(byBlock.get(chunk.blockId) ?? []), chunk]);
  return blocks.map((block) => ({ ...block, vectors: joinRows(block, byBlock.get(block.id) ?? []) }));
}

/** How a stored block's float32 rows are chunked: its keys in row order, and rows per `vectorRows` record. */
export interface RowsLayout {
  keys: readonly string[];
  rowsPerChunk: number;
}

export const layoutOf = (block: Pick<VectorBlockRecord, 'keys' | 'rowsPerChunk'>): RowsLayout => ({ keys: block.keys, rowsPerChunk: block.rowsPerChunk ?? V4_ROWS_PER_CHUNK });

/**
 * Writes blocks: each block's record without rows, its rows in chunks of
 * rowsPerChunkFor (replacing the chunks it had); returns each block's layout.
 */
export async function putBlocks(db: ReplyLoopDatabase, blocks: readonly VectorBlock[]): Promise<Map<string, RowsLayout>> {
  const layouts = new Map<string, RowsLayout>();
  if (blocks.length === 0) return layouts;
  await db.vectorRows.where('blockId').anyOf(blocks.map((block) => block.id)).delete();
  const stored = blocks.map(({ vectors: _rows, ...block }): VectorBlockRecord => ({ ...block, rowsPerChunk: rowsPerChunkFor(block.dimensions) }));
  await db.vectorRows.bulkPut(blocks.flatMap((block, at) => rowChunksOf(block, stored[at]!.rowsPerChunk)));
  await db.vectorBlocks.bulkPut(stored);
  for (const block of stored) layouts.set(block.id, layoutOf(block));
  return layouts;
}

export async function deleteBlocks(db: ReplyLoopDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.vectorRows.where('blockId').anyOf(ids).delete();
  await db.vectorBlocks.bulkDelete([...ids]);
}

/** The chunks holding these rows (block id, row in it, and the block's rows per chunk), each read once. */
export async function readRowChunks(db: ReplyLoopDatabase, rows: Iterable<{ blockId: string; row: number; rowsPerChunk: number }>): Promise<VectorRowsRecord[]> {
  const ids = new Set<string>();
  for (const { blockId, row, rowsPerChunk } of rows) ids.add(`${blockId}~${Math.floor(row / rowsPerChunk)}`);
  return (await db.vectorRows.bulkGet([...ids])).filter((chunk) => chunk !== undefined);
}
