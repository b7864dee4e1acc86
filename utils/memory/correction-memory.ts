import type { ReplyLoopDatabase, VectorBlockRecord } from '../db';
import type { Embedder } from './embedder';
import { appendToBlocks, loadIndexFromBlocks, removeFromBlock, type VectorEntry } from './vector-blocks';
import { createVectorIndex, type VectorIndex } from './vector-index';

/** What memory holds: corrections, replies approved as drafted, and saved knowledge chunks. */
export type MemoryKind = 'correction' | 'approved' | 'knowledge';

export interface MemoryMatch {
  kind: MemoryKind;
  id: string;
  similarity: number;
}

export interface IndexingProgress {
  embedderId: string;
  done: number;
  total: number;
}

export interface CorrectionMemoryDeps {
  db: ReplyLoopDatabase;
  /** The embedder the settings choose now; a change re-embeds memory for it. */
  currentEmbedder(): Promise<Embedder>;
  /** Told while texts are being embedded, so the panel can show progress. */
  onProgress?(progress: IndexingProgress | null): void;
}

const EMBED_BATCH = 64;

const keyOf = (kind: MemoryKind, id: string) => `${kind}:${id}`;
function parseKey(key: string): { kind: MemoryKind; id: string } {
  const split = key.indexOf(':');
  return { kind: key.slice(0, split) as MemoryKind, id: key.slice(split + 1) };
}

interface WarmIndex {
  embedder: Embedder;
  index: VectorIndex;
  /** The keys the index holds, and the stored block each is in (so a change rewrites one block, not all). */
  blockOfKey: Map<string, string>;
  /** Keys with no text to embed (a review whose draft is gone): skipped, not retried at every sync. */
  empty: Set<string>;
}

/**
 * Correction memory in the worker: one warm index per embedder, loaded from
 * packed blocks and kept in line with the database. Anything written by any
 * path (approvals, captured sends, imports) is embedded before the next
 * recall; anything deleted is dropped. Vectors of different embedders are
 * never compared: each embedder has its own blocks and index.
 */
export function createCorrectionMemory(deps: CorrectionMemoryDeps) {
  const { db } = deps;
  let warm: Promise<WarmIndex> | null = null;
  let warmEmbedderId: string | null = null;
  let syncing: Promise<void> = Promise.resolve();

  async function open(): Promise<WarmIndex> {
    const embedder = await deps.currentEmbedder();
    if (warm === null || warmEmbedderId !== embedder.id) {
      warmEmbedderId = embedder.id;
      warm = load(embedder).catch((error: unknown) => {
        warm = null;
        throw error;
      });
    }
    return warm;
  }

  async function load(embedder: Embedder): Promise<WarmIndex> {
    const blocks = await db.vectorBlocks.where('embedderId').equals(embedder.id).sortBy('id');
    const index =
      blocks.length > 0
        ? await loadIndexFromBlocks(blocks, { embedderId: embedder.id, dimensions: embedder.dimensions })
        : await createVectorIndex({ embedderId: embedder.id, dimensions: embedder.dimensions });
    if (index.kernelKind === 'js') console.warn('[ReplyLoop] vector search runs without WebAssembly SIMD: exact, but slower');
    const blockOfKey = new Map(blocks.flatMap((block) => block.keys.map((key) => [key, block.id] as const)));
    return { embedder, index, blockOfKey, empty: new Set() };
  }

  /** Every key memory should hold now. */
  async function wantedKeys(): Promise<Set<string>> {
    const [corrections, approved, knowledge] = await Promise.all([
      db.corrections.toCollection().primaryKeys(),
      db.reviews.where('decision').equals('approved').primaryKeys(),
      db.knowledge.toCollection().primaryKeys(),
    ]);
    return new Set([
      ...corrections.map((id) => keyOf('correction', id)),
      ...approved.map((id) => keyOf('approved', id)),
      ...knowledge.map((id) => keyOf('knowledge', id)),
    ]);
  }

  /** The text each key is found by: the customer's message, or the knowledge chunk. */
  async function textsFor(keys: string[]): Promise<string[]> {
    return Promise.all(
      keys.map(async (key) => {
        const { kind, id } = parseKey(key);
        if (kind === 'correction') return (await db.corrections.get(id))?.customerMessage ?? '';
        if (kind === 'knowledge') return (await db.knowledge.get(id))?.text ?? '';
        const review = await db.reviews.get(id);
        return (review && (await db.drafts.get(review.draftId))?.customerMessage) ?? '';
      }),
    );
  }

  async function reconcile(state: WarmIndex): Promise<void> {
    const wanted = await wantedKeys();
    const gone = [...state.blockOfKey.keys()].filter((key) => !wanted.has(key));
    const missing = [...wanted].filter((key) => !state.blockOfKey.has(key) && !state.empty.has(key));
    for (const key of gone) await forget(state, key);
    for (let start = 0; start < missing.length; start += EMBED_BATCH) {
      deps.onProgress?.({ embedderId: state.embedder.id, done: start, total: missing.length });
      const batch = missing.slice(start, start + EMBED_BATCH);
      const texts = await textsFor(batch);
      batch.filter((_, at) => texts[at]!.trim() === '').forEach((key) => state.empty.add(key));
      const keys = batch.filter((key) => !state.empty.has(key));
      if (keys.length === 0) continue;
      const vectors = await state.embedder.embed(texts.filter((text) => text.trim() !== ''));
      await remember(state, keys.map((key, at) => ({ key, vector: vectors[at]! })));
    }
    if (missing.length > 0) deps.onProgress?.(null);
  }

  async function remember(state: WarmIndex, entries: VectorEntry[]): Promise<void> {
    const written = await db.transaction('rw', db.vectorBlocks, async () => {
      // Block ids sort in block order: the last id is the block that may have room.
      const lastId = (await db.vectorBlocks.where('embedderId').equals(state.embedder.id).primaryKeys()).sort().at(-1);
      const last = lastId === undefined ? undefined : await db.vectorBlocks.get(lastId);
      const changes = appendToBlocks(last, state.embedder.id, state.embedder.dimensions, entries);
      await db.vectorBlocks.bulkPut(changes.put as VectorBlockRecord[]);
      return changes.put;
    });
    for (const { key, vector } of entries) state.index.add(key, vector);
    for (const block of written) for (const key of block.keys) state.blockOfKey.set(key, block.id);
  }

  async function forget(state: WarmIndex, key: string): Promise<void> {
    const holderId = state.blockOfKey.get(key);
    if (holderId === undefined) return;
    await db.transaction('rw', db.vectorBlocks, async () => {
      const holder = await db.vectorBlocks.get(holderId);
      if (!holder) return;
      const changes = removeFromBlock(holder, key);
      await db.vectorBlocks.bulkDelete(changes.delete);
      await db.vectorBlocks.bulkPut(changes.put as VectorBlockRecord[]);
    });
    state.index.remove(key);
    state.blockOfKey.delete(key);
  }

  /** Brings the warm index in line with the database (one sync at a time). */
  function sync(): Promise<WarmIndex> {
    const next = syncing.then(async () => reconcile(await open()));
    syncing = next.catch(() => undefined);
    return next.then(open);
  }

  /** The memory entries most similar to a customer message, most similar first. */
  async function recall(text: string, options: { k: number; kinds?: readonly MemoryKind[] }): Promise<MemoryMatch[]> {
    const state = await sync();
    if (state.blockOfKey.size === 0) return [];
    const [query] = await state.embedder.embed([text]);
    const kinds = options.kinds;
    return state.index
      .search(query!, options.k, kinds ? { filter: (key) => kinds.includes(parseKey(key).kind) } : {})
      .map((match) => ({ ...parseKey(match.key), similarity: match.similarity }));
  }

  return { recall, sync };
}

export type CorrectionMemory = ReturnType<typeof createCorrectionMemory>;
