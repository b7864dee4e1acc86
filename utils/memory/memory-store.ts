import type { ReplyLoopDatabase, VectorRowsRecord } from '../storage/db';
import type { Embedder } from './embedding/embedder';
import { deleteBlocks, layoutOf, putBlocks, readBlock, readBlocks, readRowChunks, vectorTables, type RowsLayout } from './vectors/vector-block-store';
import { addBlocks, appendToBlocks, checkedBlocks, checkNoRepeatedKeys, preparedEntries, removeFromBlock, removeKeysFromBlock, RepeatedKeysError, ROWS_PER_BLOCK, staleCopies } from './vectors/vector-blocks';
import { capacityFor, createVectorIndex, RowsNotLoadedError, type VectorIndex, type VectorMatch, type VectorSearchOptions } from './vectors/vector-index';
import { measureBackground, type PipelineMarker } from '../metrics/pipeline-trace';

/**
 * One embedder's warm index and its stored blocks, changed together: every
 * change reaches the index and IndexedDB, or neither.
 */
export interface MemoryStore {
  embedder: Embedder;
  index: VectorIndex;
  /** The keys the index holds, and the stored block each is in (so a change rewrites one block, not all). */
  blockOfKey: Map<string, string>;
  /** Each stored block's keys in row order and rows per chunk (to find the `vectorRows` record holding a key's float32 row). */
  layouts: Map<string, RowsLayout>;
  /** Blocks stored without the prepared form (an import writes plain vectors): rewritten with it after loading. */
  unprepared: string[];
}

/** Blocks per read when a store opens: a few large reads (about 6 MB each at 384 d), each released once copied into the kernel. */
const BLOCKS_PER_OPENING_READ = 16;
/**
 * Blocks per background read of float32 rows: one, so a recall arriving meanwhile waits for at most 1.5 MB at 384 d
 * (two blocks' read overlapped a draft by up to 85 ms at load 3.7, #14).
 */
const BLOCKS_PER_ROWS_READ = 1;
/** Blocks stored unprepared (an import) read at a time when memory opens: rows and their joined copy, about 6 MB at 384 d. */
const BLOCKS_PER_UNPREPARED_READ = 2;

/**
 * Reads the embedder's blocks (keys and prepared form, no float32 rows) in a
 * few large reads, each copied into the kernel while the next is read, the
 * kernel sized once from the block count; float32 rows are read only for
 * blocks stored without the prepared form (an import). The other rows
 * follow: `loadRows`.
 */
export async function openStore(db: ReplyLoopDatabase, embedder: Embedder): Promise<MemoryStore> {
  return openStoreRepairing(db, embedder, true);
}

/**
 * Drops the stale copies of keys stored in more than one block, in one
 * transaction; a block rewritten so loses its prepared form, which the next
 * start stores again (storePreparedForm).
 */
async function dropStaleCopies(db: ReplyLoopDatabase, stale: ReadonlyMap<string, ReadonlySet<string>>): Promise<void> {
  await db.transaction('rw', vectorTables(db), async () => {
    for (const [blockId, keys] of stale) {
      const block = await readBlock(db, blockId);
      if (!block) continue;
      const changes = removeKeysFromBlock(block, keys);
      await deleteBlocks(db, changes.delete);
      await putBlocks(db, changes.put);
    }
  });
}

type BlockKeys = { id: string; keys: string[]; layout: RowsLayout };

/**
 * Copies the stored blocks into the store's index, prepared ones as they
 * are, and returns each loaded block's keys. Throws RepeatedKeysError when a
 * prepared block holds a key already loaded.
 */
async function loadBlocks(db: ReplyLoopDatabase, store: MemoryStore, ids: readonly string[]): Promise<BlockKeys[]> {
  const { index, embedder } = store;
  const { id: embedderId, dimensions } = embedder;
  // Ids, keys and layouts only: each page's codes are garbage once copied.
  const loaded: BlockKeys[] = [];
  const read = (at: number) => db.vectorBlocks.bulkGet(ids.slice(at, at + BLOCKS_PER_OPENING_READ));
  let reading = ids.length > 0 ? read(0) : null;
  for (let at = 0; reading; at += BLOCKS_PER_OPENING_READ) {
    // Gone since the ids were read (a block emptied meanwhile): nothing to load.
    const page = (await reading).filter((block) => block !== undefined);
    reading = at + BLOCKS_PER_OPENING_READ < ids.length ? read(at + BLOCKS_PER_OPENING_READ) : null;
    // Blocks an import stored without the prepared form have their rows apart: checked once joined, below.
    for (const block of page) if (block.codes === undefined) store.unprepared.push(block.id);
    const prepared = page.filter((block) => block.codes !== undefined);
    addBlocks(index, checkedBlocks(prepared, embedderId, dimensions, loaded.length), () => [...loaded, ...prepared]);
    for (const block of prepared) loaded.push({ id: block.id, keys: block.keys, layout: layoutOf(block) });
  }
  // A couple at a time: all of an import's rows at once, and their joined copies, took 300 MB at 100k × 384 (#14).
  for (let at = 0; at < store.unprepared.length; at += BLOCKS_PER_UNPREPARED_READ) {
    const joined = await readBlocks(db, embedderId, store.unprepared.slice(at, at + BLOCKS_PER_UNPREPARED_READ));
    addBlocks(index, checkedBlocks(joined, embedderId, dimensions, loaded.length), () => [...loaded, ...joined]);
    for (const block of joined) loaded.push({ id: block.id, keys: block.keys, layout: layoutOf(block) });
  }
  return loaded;
}

/** Every stored block's keys, without loading anything. */
async function keysOfBlocks(db: ReplyLoopDatabase, ids: readonly string[]): Promise<BlockKeys[]> {
  const found: BlockKeys[] = [];
  for (let at = 0; at < ids.length; at += BLOCKS_PER_OPENING_READ) {
    for (const block of await db.vectorBlocks.bulkGet(ids.slice(at, at + BLOCKS_PER_OPENING_READ))) if (block) found.push({ id: block.id, keys: block.keys, layout: layoutOf(block) });
  }
  return found;
}

async function openStoreRepairing(db: ReplyLoopDatabase, embedder: Embedder, repair: boolean): Promise<MemoryStore> {
  const { id: embedderId, dimensions } = embedder;
  const ids = await db.vectorBlocks.where('embedderId').equals(embedderId).primaryKeys();
  // Blocks hold at most ROWS_PER_BLOCK rows: room reserved once, not grown (and copied) block by block.
  const index = await createVectorIndex({ embedderId, dimensions, capacity: ids.length > 0 ? Math.min(capacityFor(dimensions), ids.length * ROWS_PER_BLOCK) : undefined });
  if (index.kernelKind === 'js') console.warn('[ReplyLoop] vector search runs without WebAssembly SIMD: exact, but slower');
  const store: MemoryStore = { embedder, index, blockOfKey: new Map(), layouts: new Map(), unprepared: [] };
  let loaded: BlockKeys[];
  let refused: RepeatedKeysError | null = null;
  try {
    loaded = await loadBlocks(db, store, ids);
  } catch (error) {
    // Both copies prepared: the index refuses the second before every block's keys are known (#13), so they are read on their own.
    if (!repair || !(error instanceof RepeatedKeysError)) throw error;
    refused = error;
    loaded = await keysOfBlocks(db, ids);
  }
  // A key in two blocks (an old import race) would refuse to load: the newest copy is kept, and the store
  // opened again from the repaired blocks, so the index holds exactly what storage does. Rare, so reading twice is fine;
  // looked for only when the index holds fewer rows than the blocks hold keys (a repeated key replaced a row).
  const repeated = refused !== null || index.size !== loaded.reduce((sum, block) => sum + block.keys.length, 0);
  const stale = repair && repeated ? staleCopies(loaded) : new Map<string, Set<string>>();
  if (stale.size > 0) {
    await dropStaleCopies(db, stale);
    const copies = [...stale.values()].reduce((sum, keys) => sum + keys.size, 0);
    console.warn(`[ReplyLoop] correction memory stored ${copies} entries more than once: kept the newest copy of each`);
    return openStoreRepairing(db, embedder, false);
  }
  // A key twice within one block: no copy is newer, so nothing to repair.
  if (refused) throw refused;
  checkNoRepeatedKeys(index, loaded);
  for (const block of loaded) {
    store.layouts.set(block.id, block.layout);
    for (const key of block.keys) store.blockOfKey.set(key, block.id);
  }
  return store;
}

/** The store learns where blocks just written keep their rows (their keys are its own already, or new). */
function noteWritten(store: MemoryStore, layouts: ReadonlyMap<string, RowsLayout>): void {
  for (const [id, layout] of layouts) {
    store.layouts.set(id, layout);
    for (const key of layout.keys) store.blockOfKey.set(key, id);
  }
}

/** Gives the index the float32 rows in these chunks (rows changed since are passed over by fillVectors). */
function fillFrom(store: MemoryStore, chunks: readonly VectorRowsRecord[]): void {
  for (const chunk of chunks) store.index.fillVectors(chunk.keys, new Float32Array(chunk.vectors));
}

/**
 * Reads the float32 rows the index lacks, a block at a time,
 * until it has all of them or the store is replaced. Each read first waits
 * for `whenFree` (no recall running), so it never competes with a search.
 */
export async function loadRows(db: ReplyLoopDatabase, store: MemoryStore, current: () => boolean, whenFree: () => Promise<void> = async () => undefined): Promise<void> {
  const blockIds = [...store.layouts.keys()].sort();
  for (let at = 0; at < blockIds.length && store.index.unloaded > 0 && current(); at += BLOCKS_PER_ROWS_READ) {
    await whenFree();
    if (!current()) return;
    const startedAt = performance.now();
    fillFrom(store, await db.vectorRows.where('blockId').anyOf(blockIds.slice(at, at + BLOCKS_PER_ROWS_READ)).toArray());
    measureBackground('rows-load', startedAt);
  }
}

/**
 * An exact search. While float32 rows are still loading, the candidates
 * that lack them are read first (a few chunks), then the same search is
 * rescored (scanned again only if the index changed meanwhile): results
 * never depend on how far loading got.
 */
export async function searchStore(
  db: ReplyLoopDatabase,
  store: MemoryStore,
  query: ArrayLike<number>,
  k: number,
  options: VectorSearchOptions = {},
  mark: PipelineMarker = () => undefined,
): Promise<VectorMatch[]> {
  let search = () => store.index.search(query, k, options);
  const unloaded = store.index.unloaded;
  for (;;) {
    try {
      const matches = search();
      mark('index-searched', { unloaded });
      return matches;
    } catch (error) {
      if (!(error instanceof RowsNotLoadedError)) throw error;
      const rows = error.keys.map((key) => {
        const blockId = store.blockOfKey.get(key)!;
        const { keys, rowsPerChunk } = store.layouts.get(blockId)!;
        return { blockId, row: keys.indexOf(key), rowsPerChunk };
      });
      const before = store.index.unloaded;
      const chunks = await readRowChunks(db, rows);
      fillFrom(store, chunks);
      mark('rows-read', { chunks: chunks.length, rows: rows.length });
      if (store.index.unloaded === before) throw new Error(`the float32 rows of ${error.keys.length} memory entries are missing from storage`);
      search = error.resume ?? search;
    }
  }
}

/** Stores the prepared form of blocks that lack it, so the next start copies instead of preparing. */
export async function storePreparedForm(db: ReplyLoopDatabase, store: MemoryStore): Promise<void> {
  const { index } = store;
  while (store.unprepared.length > 0) {
    const id = store.unprepared.pop()!;
    const written = await db.transaction('rw', vectorTables(db), async () => {
      const block = await db.vectorBlocks.get(id);
      // Changed since loading (or gone): its rows are whatever the index was told since, so leave it.
      if (!block || block.codes !== undefined || !block.keys.every((key) => store.blockOfKey.get(key) === id)) return null;
      const rows = index.preparedRows(block.keys);
      return putBlocks(db, [{ ...block, vectors: rows.vectors.buffer as ArrayBuffer, codes: rows.codes.buffer as ArrayBuffer, meta: rows.meta.buffer as ArrayBuffer }]);
    });
    // Its rows were chunked anew, as any block written now.
    if (written) noteWritten(store, written);
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
    const written = await db.transaction('rw', vectorTables(db), async () => {
      // Block ids sort in block order: the last id is the block that may have room.
      const lastId = (await db.vectorBlocks.where('embedderId').equals(embedder.id).primaryKeys()).sort().at(-1);
      const last = lastId === undefined ? undefined : await readBlock(db, lastId);
      return putBlocks(db, appendToBlocks(last, embedder.id, embedder.dimensions, entries).put);
    });
    noteWritten(store, written);
  } catch (error) {
    for (const key of keys) index.remove(key);
    throw error;
  }
}

/** Drops a key: from its block first, then from the index (which cannot fail). */
export async function forgetEntry(db: ReplyLoopDatabase, store: MemoryStore, key: string): Promise<void> {
  const holderId = store.blockOfKey.get(key);
  if (holderId === undefined) return;
  const written = await db.transaction('rw', vectorTables(db), async () => {
    const holder = await readBlock(db, holderId);
    if (!holder) return null;
    const changes = removeFromBlock(holder, key);
    await deleteBlocks(db, changes.delete);
    return putBlocks(db, changes.put);
  });
  store.index.remove(key);
  store.blockOfKey.delete(key);
  const held = store.layouts.get(holderId);
  const kept = held?.keys.filter((other) => other !== key) ?? [];
  if (kept.length > 0) store.layouts.set(holderId, written?.get(holderId) ?? { keys: kept, rowsPerChunk: held!.rowsPerChunk });
  else store.layouts.delete(holderId);
}
