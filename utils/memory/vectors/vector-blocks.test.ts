import Dexie, { type EntityTable } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { randomUnitVectors, rowOf } from '@/test/bench/vector-data';
import {
  appendToBlocks,
  entriesOf,
  loadIndexFromBlocks,
  locateKey,
  packBlocks,
  preparedEntries,
  removeFromBlock,
  staleCopies,
  replaceInBlock,
  ROWS_PER_BLOCK,
  type VectorBlock,
  type VectorEntry,
} from './vector-blocks';
import { createVectorIndex } from './vector-index';

const DIMENSIONS = 16;

function entries(count: number, seed = 1, prefix = 'k'): VectorEntry[] {
  const packed = randomUnitVectors(count, DIMENSIONS, seed);
  return Array.from({ length: count }, (_, row) => ({ key: `${prefix}${row}`, vector: rowOf(packed, DIMENSIONS, row) }));
}

const keysIn = (blocks: VectorBlock[]) => blocks.flatMap((block) => block.keys);

describe('packBlocks', () => {
  it('packs rows into full blocks of one ArrayBuffer each, ids in block order', () => {
    const blocks = packBlocks('emb', DIMENSIONS, entries(ROWS_PER_BLOCK * 2 + 5));
    expect(blocks.map((block) => [block.id, block.keys.length, block.vectors.byteLength])).toEqual([
      ['emb:00000000', ROWS_PER_BLOCK, ROWS_PER_BLOCK * DIMENSIONS * 4],
      ['emb:00000001', ROWS_PER_BLOCK, ROWS_PER_BLOCK * DIMENSIONS * 4],
      ['emb:00000002', 5, 5 * DIMENSIONS * 4],
    ]);
    expect(blocks.map((block) => block.id)).toEqual(blocks.map((block) => block.id).sort());
    expect(entriesOf(blocks[2]!)[4]!.vector).toEqual(entries(ROWS_PER_BLOCK * 2 + 5).at(-1)!.vector);
  });

  it('refuses a vector of another dimension', () => {
    expect(() => packBlocks('emb', DIMENSIONS, [{ key: 'x', vector: [1, 2] }])).toThrow('the vector for "x" has 2 dimensions, expected 16');
  });
});

describe('loadIndexFromBlocks', () => {
  it('rebuilds an index that answers exactly like the one that was packed', async () => {
    const original = await createVectorIndex({ embedderId: 'emb', dimensions: DIMENSIONS });
    for (const { key, vector } of entries(2500)) original.add(key, vector);
    const loaded = await loadIndexFromBlocks(packBlocks('emb', DIMENSIONS, original.entries()));
    expect(loaded.size).toBe(2500);
    expect([loaded.embedderId, loaded.dimensions]).toEqual(['emb', DIMENSIONS]);
    for (const { vector } of entries(5, 99)) expect(loaded.search(vector, 10)).toEqual(original.search(vector, 10));
  });

  it('gives an empty index for no blocks when told the embedder', async () => {
    const index = await loadIndexFromBlocks([], { embedderId: 'emb', dimensions: 8 });
    expect([index.size, index.dimensions]).toEqual([0, 8]);
    await expect(loadIndexFromBlocks([])).rejects.toThrow('no vector blocks to load');
  });

  const good = () => packBlocks('emb', DIMENSIONS, entries(3));
  it.each([
    ['a buffer of the wrong length', () => [{ ...good()[0]!, vectors: new ArrayBuffer(12) }], 'vector block 0 is malformed'],
    ['numbers instead of a buffer', () => [{ ...good()[0]!, vectors: [1, 2, 3] }], 'vector block 0 is malformed'],
    ['a missing field', () => [{ id: 'emb:00000000', keys: [] }], 'vector block 0 is malformed'],
    ['another embedder', () => [...good(), ...packBlocks('other', DIMENSIONS, entries(1, 2, 'o'), { firstSequence: 1 })], 'vector block "other:00000001" holds 16-dimensional vectors of "other", not 16-dimensional vectors of "emb"'],
    ['another dimension', () => [...good(), ...packBlocks('emb', 4, [{ key: 'z', vector: [1, 0, 0, 0] }], { firstSequence: 1 })], 'not 16-dimensional'],
    ['a key stored twice', () => [...good(), ...packBlocks('emb', DIMENSIONS, entries(1), { firstSequence: 1 })], 'vector blocks store "k0" more than once'],
  ])('refuses %s, naming the block', async (_, blocks, message) => {
    await expect(loadIndexFromBlocks(blocks())).rejects.toThrow(message);
  });
});

describe('incremental block updates', () => {
  it('appends into the last block until it is full, then starts new ones', () => {
    const first = appendToBlocks(undefined, 'emb', DIMENSIONS, entries(ROWS_PER_BLOCK - 2));
    expect(first.put.map((block) => block.id)).toEqual(['emb:00000000']);
    const more = appendToBlocks(first.put[0], 'emb', DIMENSIONS, entries(5, 3, 'n'));
    expect(more.put.map((block) => [block.id, block.keys.length])).toEqual([
      ['emb:00000000', ROWS_PER_BLOCK],
      ['emb:00000001', 3],
    ]);
    expect(keysIn(more.put)).toEqual([...first.put[0]!.keys, 'n0', 'n1', 'n2', 'n3', 'n4']);
    const afterFull = appendToBlocks(more.put[0], 'emb', DIMENSIONS, entries(1, 4, 'f'));
    expect(afterFull.put.map((block) => block.id)).toEqual(['emb:00000001']);
    expect(() => appendToBlocks(more.put[1], 'other', DIMENSIONS, [])).toThrow('cannot append 16-dimensional vectors of "other" to block "emb:00000001"');
  });

  it('finds the block of a key, rewrites it without the key, and deletes it once empty', () => {
    const blocks = packBlocks('emb', DIMENSIONS, entries(ROWS_PER_BLOCK + 2));
    const found = locateKey(blocks, `k${ROWS_PER_BLOCK + 1}`);
    expect([found?.block.id, found?.row]).toEqual(['emb:00000001', 1]);
    expect(locateKey(blocks, 'missing')).toBeNull();
    const rewritten = removeFromBlock(blocks[1]!, `k${ROWS_PER_BLOCK}`);
    expect(rewritten.put.map((block) => [block.id, block.keys])).toEqual([['emb:00000001', [`k${ROWS_PER_BLOCK + 1}`]]]);
    expect(entriesOf(rewritten.put[0]!)[0]!.vector).toEqual(entriesOf(blocks[1]!)[1]!.vector);
    expect(removeFromBlock(rewritten.put[0]!, `k${ROWS_PER_BLOCK + 1}`)).toEqual({ put: [], delete: ['emb:00000001'] });
    expect(removeFromBlock(blocks[0]!, 'missing')).toEqual({ put: [], delete: [] });
  });

  it('rewrites one row of a block in place', () => {
    const [block] = packBlocks('emb', DIMENSIONS, entries(3));
    const vector = new Float32Array(DIMENSIONS).fill(0.25);
    const { put } = replaceInBlock(block!, 'k1', vector);
    expect(put[0]!.id).toBe(block!.id);
    expect(entriesOf(put[0]!).map((entry) => entry.key)).toEqual(['k0', 'k1', 'k2']);
    expect(entriesOf(put[0]!)[1]!.vector).toEqual(vector);
    expect(() => replaceInBlock(block!, 'nope', vector)).toThrow('vector block "emb:00000000" does not hold "nope"');
  });
});

describe('a round trip through IndexedDB', () => {
  const db = new Dexie('vector-blocks-test') as Dexie & { vectorBlocks: EntityTable<VectorBlock, 'id'> };
  db.version(1).stores({ vectorBlocks: 'id, embedderId' });
  afterEach(() => db.vectorBlocks.clear());

  it('stores blocks, applies incremental changes, and loads the same index back', async () => {
    const original = await createVectorIndex({ embedderId: 'emb', dimensions: DIMENSIONS });
    for (const { key, vector } of entries(1500)) original.add(key, vector);
    await db.vectorBlocks.bulkPut(packBlocks('emb', DIMENSIONS, original.entries()));

    // Add two, drop one: the way the worker keeps storage in step with the warm index.
    const added = entries(2, 7, 'new');
    for (const { key, vector } of added) original.add(key, vector);
    // The last block, found from the ids alone: no vectors are read.
    const lastId = (await db.vectorBlocks.where('embedderId').equals('emb').primaryKeys()).at(-1);
    const last = lastId === undefined ? undefined : await db.vectorBlocks.get(lastId);
    const appended = appendToBlocks(last, 'emb', DIMENSIONS, added);
    await db.vectorBlocks.bulkPut(appended.put);
    original.remove('k3');
    const holder = locateKey(await db.vectorBlocks.where('embedderId').equals('emb').toArray(), 'k3')!;
    const removed = removeFromBlock(holder.block, 'k3');
    await db.vectorBlocks.bulkPut(removed.put);
    await db.vectorBlocks.bulkDelete(removed.delete);

    const stored = await db.vectorBlocks.where('embedderId').equals('emb').toArray();
    expect(stored.map((block) => block.keys.length)).toEqual([ROWS_PER_BLOCK - 1, 1500 - ROWS_PER_BLOCK + 2]);
    expect(stored[0]!.vectors).toBeInstanceOf(ArrayBuffer);
    const loaded = await loadIndexFromBlocks(stored);
    expect(loaded.size).toBe(original.size);
    for (const { vector } of entries(5, 42)) expect(loaded.search(vector, 10)).toEqual(original.search(vector, 10));
  });
});

describe('prepared blocks', () => {
  it('carry the index’s codes and scales, load without preparing again, and answer the same', async () => {
    const original = await createVectorIndex({ embedderId: 'emb', dimensions: DIMENSIONS });
    const added = entries(1500);
    for (const { key, vector } of added) original.add(key, vector);
    const keys = added.map((entry) => entry.key);
    const blocks = packBlocks('emb', DIMENSIONS, preparedEntries(keys, original.preparedRows(keys), DIMENSIONS));
    expect(blocks.every((block) => block.codes?.byteLength === block.keys.length * 16 && block.meta?.byteLength === block.keys.length * 8)).toBe(true);
    const loaded = await loadIndexFromBlocks(blocks);
    for (const { vector } of entries(5, 99)) expect(loaded.search(vector, 10)).toEqual(original.search(vector, 10));
    // Appending raw rows to a prepared block leaves it unprepared (the loader prepares it), never half prepared.
    const appended = appendToBlocks(blocks.at(-1), 'emb', DIMENSIONS, entries(2, 7, 'raw')).put;
    expect(appended.map((block) => block.codes === undefined)).toEqual([true]);
    expect((await loadIndexFromBlocks([...blocks.slice(0, -1), ...appended])).size).toBe(1502);
  });

  it('refuses codes of the wrong size, naming the block', async () => {
    const [block] = packBlocks('emb', DIMENSIONS, entries(3));
    await expect(loadIndexFromBlocks([{ ...block, codes: new ArrayBuffer(5), meta: new ArrayBuffer(24) }])).rejects.toThrow('vector block 0 is malformed: it holds a number of codes other than keys × stride');
  });
});

describe('staleCopies', () => {
  it('names every copy of a key but the newest block’s, by block, and nothing when each key is stored once', () => {
    const blocks = [
      { id: 'emb:00000000', keys: ['a', 'b'] },
      { id: 'emb:00000002', keys: ['b', 'c'] },
      { id: 'emb:00000001', keys: ['b', 'a', 'd'] },
    ];
    expect(staleCopies(blocks)).toEqual(new Map([['emb:00000000', new Set(['a', 'b'])], ['emb:00000001', new Set(['b'])]]));
    expect(staleCopies([{ id: 'emb:00000000', keys: ['a'] }, { id: 'emb:00000001', keys: ['b'] }]).size).toBe(0);
  });
});
