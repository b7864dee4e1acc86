import type { ReplyLoopDatabase, VectorBlockRecord } from '../db';
import type { Embedder } from './embedder';
import { appendToBlocks, loadIndexFromBlocks, preparedEntries, removeFromBlock } from './vector-blocks';
import { createVectorIndex, type VectorIndex } from './vector-index';

/**
 * One embedder's warm index and its stored blocks, changed together: every
 * change reaches the index and IndexedDB, or neither.
 */
export interface MemoryStore {
  embedder: Embedder;
  index: VectorIndex;
  /** The keys the index holds, and the stored block each is in (so a change rewrites one block, not all). */
  blockOfKey: Map<string, string>;
  /** Blocks stored without the prepared form (an import writes plain vectors): rewritten with it after loading. */
  unprepared: string[];
}

/** Reads the embedder's blocks in one request and builds its index from their prepared form. */
export async function openStore(db: ReplyLoopDatabase, embedder: Embedder): Promise<MemoryStore> {
  const blocks = await db.vectorBlocks.where('embedderId').equals(embedder.id).toArray();
  const index =
    blocks.length > 0
      ? await loadIndexFromBlocks(blocks, { embedderId: embedder.id, dimensions: embedder.dimensions })
      : await createVectorIndex({ embedderId: embedder.id, dimensions: embedder.dimensions });
  if (index.kernelKind === 'js') console.warn('[ReplyLoop] vector search runs without WebAssembly SIMD: exact, but slower');
  const blockOfKey = new Map<string, string>();
  for (const block of blocks) for (const key of block.keys) blockOfKey.set(key, block.id);
  const unprepared = blocks.filter((block) => block.codes === undefined).map((block) => block.id);
  return { embedder, index, blockOfKey, unprepared };
}

/** Stores the prepared form of blocks that lack it, so the next start copies instead of preparing. */
export async function storePreparedForm(db: ReplyLoopDatabase, store: MemoryStore): Promise<void> {
  const { index } = store;
  while (store.unprepared.length > 0) {
    const id = store.unprepared.pop()!;
    await db.transaction('rw', db.vectorBlocks, async () => {
      const block = await db.vectorBlocks.get(id);
      // Changed since loading (or gone): its rows are whatever the index was told since, so leave it.
      if (!block || block.codes !== undefined || !block.keys.every((key) => store.blockOfKey.get(key) === id)) return;
      const rows = index.preparedRows(block.keys);
      await db.vectorBlocks.put({ ...block, vectors: rows.vectors.buffer, codes: rows.codes.buffer, meta: rows.meta.buffer } as VectorBlockRecord);
    });
  }
}

/**
 * Adds new keys. Order: room in the index first (a failed growth changes
 * nothing), then the index, then the blocks in one transaction; if that
 * write fails the rows leave the index again, so both always agree.
 */
export async function rememberEntries(db: ReplyLoopDatabase, store: MemoryStore, keys: readonly string[], vectors: readonly ArrayLike<number>[]): Promise<void> {
  const { index, embedder } = store;
  index.reserve(keys.length);
  const packed = new Float32Array(keys.length * embedder.dimensions);
  vectors.forEach((vector, at) => packed.set(vector, at * embedder.dimensions));
  index.addMany(keys, packed);
  try {
    const entries = preparedEntries(keys, index.preparedRows(keys), embedder.dimensions);
    const written = await db.transaction('rw', db.vectorBlocks, async () => {
      // Block ids sort in block order: the last id is the block that may have room.
      const lastId = (await db.vectorBlocks.where('embedderId').equals(embedder.id).primaryKeys()).sort().at(-1);
      const last = lastId === undefined ? undefined : await db.vectorBlocks.get(lastId);
      const changes = appendToBlocks(last, embedder.id, embedder.dimensions, entries);
      await db.vectorBlocks.bulkPut(changes.put as VectorBlockRecord[]);
      return changes.put;
    });
    for (const block of written) for (const key of block.keys) store.blockOfKey.set(key, block.id);
  } catch (error) {
    for (const key of keys) index.remove(key);
    throw error;
  }
}

/** Drops a key: from its block first, then from the index (which cannot fail). */
export async function forgetEntry(db: ReplyLoopDatabase, store: MemoryStore, key: string): Promise<void> {
  const holderId = store.blockOfKey.get(key);
  if (holderId === undefined) return;
  await db.transaction('rw', db.vectorBlocks, async () => {
    const holder = await db.vectorBlocks.get(holderId);
    if (!holder) return;
    const changes = removeFromBlock(holder, key);
    await db.vectorBlocks.bulkDelete(changes.delete);
    await db.vectorBlocks.bulkPut(changes.put as VectorBlockRecord[]);
  });
  store.index.remove(key);
  store.blockOfKey.delete(key);
}
