import { describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '@/test/support/worker-fakes';
import type { Embedder } from './embedding/embedder';
import { forgetEntry, loadRows, openStore, rememberEntries, searchStore } from './memory-store';
import { putBlocks } from './vectors/vector-block-store';
import { packBlocks, preparedEntries } from './vectors/vector-blocks';
import { createVectorIndex } from './vectors/vector-index';
import { rowChunksOf, rowsPerChunkFor, V4_ROWS_PER_CHUNK } from '../storage/db';

const DIMENSIONS = 24;
const embedder: Embedder = { id: 'test-embedder:24', dimensions: DIMENSIONS, embed: async () => [] };

/** Clustered rows (a few topics with noise), so candidates are few and the bound matters; seeded. */
function clusteredVectors(count: number, seed = 7): Float32Array[] {
  let state = seed;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31) * 2 - 1;
  const centres = Array.from({ length: 5 }, () => Array.from({ length: DIMENSIONS }, random));
  return Array.from({ length: count }, (_, at) => Float32Array.from(centres[at % 5]!, (value) => value + random() * 0.3));
}

async function seeded(count: number) {
  const db = freshDatabase();
  const store = await openStore(db, embedder);
  const vectors = clusteredVectors(count);
  const keys = vectors.map((_, at) => `correction:c${String(at).padStart(4, '0')}`);
  for (let at = 0; at < count; at += 500) await rememberEntries(db, store, keys.slice(at, at + 500), vectors.slice(at, at + 500));
  return { db, store, keys, vectors };
}

/** Entries in the index's prepared form, as a worker stores them. */
async function preparedCopies(keys: string[], rows: Float32Array[]) {
  const index = await createVectorIndex({ embedderId: embedder.id, dimensions: DIMENSIONS });
  const packed = new Float32Array(keys.length * DIMENSIONS);
  rows.forEach((row, at) => packed.set(row, at * DIMENSIONS));
  index.addMany(keys, packed);
  return preparedEntries(keys, index.preparedRows(keys), DIMENSIONS);
}

describe('memory store: prepared form first, float32 rows apart (#14)', () => {
  it('a reopened store reads no float32 rows, yet answers exactly what the warm one does, reading only its candidates’ chunks', async () => {
    const { db, store: warm } = await seeded(1_500);
    const queries = clusteredVectors(6, 99);
    const expected = queries.map((query) => warm.index.search(query, 10));

    const cold = await openStore(db, embedder);
    expect(cold.index.size).toBe(1_500);
    expect(cold.index.unloaded).toBe(1_500);
    const reads = vi.spyOn(db.vectorRows, 'bulkGet');
    const first = await searchStore(db, cold, queries[0]!, 10);
    expect(first).toEqual(expected[0]);
    // Only chunks holding rows rescoring reads, at most 2k of them a round.
    expect(reads).toHaveBeenCalled();
    for (const [ids] of reads.mock.calls) expect(ids.length).toBeLessThanOrEqual(20);
    reads.mockRestore();

    await loadRows(db, cold, () => true);
    expect(cold.index.unloaded).toBe(0);
    for (const [at, query] of queries.entries()) expect(await searchStore(db, cold, query, 10)).toEqual(expected[at]);
  });

  it('a key forgotten while rows load is neither found nor given another key’s row', async () => {
    const { db, keys } = await seeded(700);
    const cold = await openStore(db, embedder);
    await forgetEntry(db, cold, keys[3]!);
    await loadRows(db, cold, () => true);
    expect(cold.index.unloaded).toBe(0);
    expect(cold.index.has(keys[3]!)).toBe(false);
    const reference = await seeded(700);
    await forgetEntry(reference.db, reference.store, keys[3]!);
    const query = clusteredVectors(1, 5)[0]!;
    expect(await searchStore(db, cold, query, 10)).toEqual(reference.store.index.search(query, 10));
  });

  it('float32 rows missing from storage give a clear error, not a wrong answer', async () => {
    const { db } = await seeded(300);
    await db.vectorRows.clear();
    const cold = await openStore(db, embedder);
    await expect(searchStore(db, cold, clusteredVectors(1, 3)[0]!, 5)).rejects.toThrow(/float32 rows of \d+ memory entries are missing/);
  });

  it.each(['plain', 'prepared'])('repairs a key stored in two blocks (an old import race) on opening, the newer block %s: the newest copy is kept, once, and a second open finds nothing to repair', async (form) => {
    const { db, keys, vectors } = await seeded(300);
    const duplicated = keys[5]!;
    const newer = clusteredVectors(1, 42)[0]!;
    // A later block holding a second, newer copy of a key the first block holds too (prepared as the first is, or plain).
    const lastId = (await db.vectorBlocks.toCollection().primaryKeys()).sort().at(-1)!;
    const sequence = Number(lastId.slice(lastId.lastIndexOf(':') + 1)) + 1;
    const copies = [duplicated, 'knowledge:k1'];
    const rows = [newer, vectors[7]!];
    const entries = form === 'plain' ? copies.map((key, at) => ({ key, vector: rows[at]! })) : await preparedCopies(copies, rows);
    await putBlocks(db, packBlocks(embedder.id, DIMENSIONS, entries, { firstSequence: sequence }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const repaired = await openStore(db, embedder);
    expect(warn.mock.calls.filter(([message]) => String(message).includes('more than once'))).toHaveLength(1);
    expect(repaired.index.size).toBe(301);
    const found = await searchStore(db, repaired, newer, 5);
    expect(found.filter((match) => match.key === duplicated)).toHaveLength(1);
    expect(found[0]).toMatchObject({ key: duplicated });
    expect(found[0]!.similarity).toBeCloseTo(1, 3);

    warn.mockClear();
    const again = await openStore(db, embedder);
    expect(warn.mock.calls.filter(([message]) => String(message).includes('more than once'))).toHaveLength(0);
    expect(again.index.size).toBe(301);
    expect([...again.blockOfKey.keys()].filter((key) => key === duplicated)).toHaveLength(1);
    warn.mockRestore();
  });

  it('writes float32 rows in records under 64 KiB (Chrome keeps larger ones as files of their own), and reads blocks v4 chunked by 128 rows alike', async () => {
    expect(rowsPerChunkFor(384)).toBe(35);
    expect(rowsPerChunkFor(1536)).toBe(9);
    const { db, store: warm, keys } = await seeded(1_100);
    for (const chunk of await db.vectorRows.toArray()) expect(chunk.keys.length).toBeLessThanOrEqual(rowsPerChunkFor(DIMENSIONS));
    // The first block as v4 stored it: no rowsPerChunk, rows in chunks of 128.
    const first = (await db.vectorBlocks.toCollection().first())!;
    const rows = new Float32Array(first.keys.length * DIMENSIONS);
    first.keys.forEach((key, at) => rows.set(warm.index.vectorOf(key)!, at * DIMENSIONS));
    await db.vectorRows.where('blockId').equals(first.id).delete();
    await db.vectorRows.bulkPut(rowChunksOf({ ...first, vectors: rows.buffer }));
    delete first.rowsPerChunk;
    await db.vectorBlocks.put(first);
    expect(await db.vectorRows.where('blockId').equals(first.id).count()).toBe(Math.ceil(first.keys.length / V4_ROWS_PER_CHUNK));

    const cold = await openStore(db, embedder);
    const queries = [...clusteredVectors(4, 31), warm.index.vectorOf(keys[3]!)!, warm.index.vectorOf(keys[1_050]!)!];
    for (const query of queries) expect(await searchStore(db, cold, query, 10)).toEqual(warm.index.search(query, 10));
    // A key forgotten from the old block: the block is written anew, chunked as blocks are now, and still found.
    await forgetEntry(db, cold, keys[5]!);
    expect(await db.vectorRows.where('blockId').equals(first.id).count()).toBe(Math.ceil((first.keys.length - 1) / rowsPerChunkFor(DIMENSIONS)));
    const reopened = await openStore(db, embedder);
    expect(await searchStore(db, reopened, warm.index.vectorOf(keys[7]!)!, 3)).toEqual(await searchStore(db, cold, warm.index.vectorOf(keys[7]!)!, 3));
  });

  it('refuses, unrepaired, a key stored twice in one prepared block: neither copy is newer', async () => {
    const { db } = await seeded(10);
    const twice = await preparedCopies(['knowledge:k1'], clusteredVectors(1, 3));
    await putBlocks(db, packBlocks(embedder.id, DIMENSIONS, [...twice, ...twice], { firstSequence: 1 }));
    await expect(openStore(db, embedder)).rejects.toThrow('vector blocks store "knowledge:k1" more than once');
    expect(await db.vectorBlocks.count()).toBe(2);
  });
});
