/**
 * Exact top-k cosine search over the vectors of one embedder, kept warm in
 * the worker and updated row by row.
 *
 * The kernel packs every row twice: the unit float32 vector (the truth, used
 * to rescore) and int8 codes (a quarter of the bytes to stream per query).
 * The scan bounds each row's similarity, the selection keeps only rows whose
 * bound can reach the top k, and those are rescored from the float32 rows,
 * so results equal a brute-force search (recall@10 = 1.0).
 */
import { formatCount, i18n } from '../../i18n';
import { createVectorKernel, type VectorKernel, type VectorKernelKind, type VectorKernelPreference } from '../kernel/vector-kernel';
import { checkedNorm, strideFor } from './vector-index-quantisation';
import { rescore, rescoreWhereLoaded, topKCandidates, type Candidates, type RowSource, type VectorMatch, type VectorSearchOptions } from './vector-index-search';
import { RowFlags } from './row-flags';
import { BorrowedRows } from './borrowed-rows';

export type { VectorMatch, VectorSearchOptions } from './vector-index-search';

export interface VectorIndexOptions {
  embedderId: string;
  dimensions: number;
  /** Rows to make room for up front (e.g. when loading a known number). */
  capacity?: number;
  /** 'auto' (default): WebAssembly SIMD where it runs, JavaScript otherwise. */
  kernel?: VectorKernelPreference;
}

export const MAX_DIMENSIONS = 8192;
const INITIAL_CAPACITY = 64;
/**
 * Growth doubles up to this many rows, then adds this many at a time: a
 * large memory grows by a few MB per step instead of doubling (WebAssembly
 * memory never shrinks, and doubling 100k rows would cost another 200 MB).
 */
export const GROWTH_STEP_ROWS = 8_192;
/**
 * The kernel's memory stays below 2 GiB: 32-bit WebAssembly memory can in
 * principle reach 4 GiB, but an extension worker asking for more than 2 GiB
 * in one piece fails on many machines.
 */
export const MAX_KERNEL_BYTES = 2 ** 31;
/**
 * A search missing float32 rows asks for at most max(2k, this) per round
 * (see rescoreWhereLoaded): a worker start's first search reads its best candidates
 * first, then only those that can still rank, not every candidate (#14).
 */
const MIN_ROWS_PER_LOAD_ROUND = 16;

/** Bytes the kernel holds per row: float32 row, int8 codes, scale and error, and scan scratch. */
export function bytesPerRow(dimensions: number): number {
  const stride = strideFor(dimensions);
  return stride * 4 + stride + 8 + 8;
}

/** How many entries memory can hold at `dimensions` (384 d: about 1.1 million; 1536 d: about 280,000). */
export function capacityFor(dimensions: number): number {
  return Math.floor((MAX_KERNEL_BYTES - strideFor(dimensions) * 2) / bytesPerRow(dimensions));
}

/** Adding would go past `capacityFor(dimensions)`: nothing was added. */
export class MemoryFullError extends Error {
  constructor(readonly capacity: number, readonly dimensions: number) {
    super(i18n.t('memoryProblems.full', { capacity: formatCount(capacity), dimensions: String(dimensions) }));
    this.name = 'MemoryFullError';
  }
}

/**
 * A search's candidates include rows whose float32 values are not loaded
 * yet (see `addPrepared` without vectors): load them (`fillVectors`), then
 * call `resume` to finish the same search without scanning again (#14).
 * Thrown before anything is rescored, so no result is ever approximate.
 */
export class RowsNotLoadedError extends Error {
  constructor(
    readonly keys: string[],
    /** Finishes the interrupted search: rescores its candidates, or searches anew if the index changed meanwhile. */
    readonly resume?: () => VectorMatch[],
  ) {
    super(`${keys.length} rows to rescore have no float32 values loaded yet`);
    this.name = 'RowsNotLoadedError';
  }
}

/** Rows in the kernel's prepared form, one after another. */
export interface PreparedRows {
  /** Unit rows, `dimensions` values each. */
  vectors: Float32Array;
  /** int8 codes, `stride` per row. */
  codes: Int8Array;
  /** Per row: scale, then quantisation error norm. */
  meta: Float32Array;
}

export async function createVectorIndex(options: VectorIndexOptions): Promise<VectorIndex> {
  const { embedderId, dimensions } = options;
  if (!embedderId) throw new Error('a vector index needs the id of the embedder its vectors come from');
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > MAX_DIMENSIONS) {
    throw new Error(`vector dimensions must be a whole number from 1 to ${MAX_DIMENSIONS}, got ${dimensions}`);
  }
  const kernel = await createVectorKernel(strideFor(dimensions), options.kernel);
  kernel.reserve(Math.min(capacityFor(dimensions), Math.max(1, options.capacity ?? INITIAL_CAPACITY)), 0);
  return new VectorIndex(embedderId, dimensions, kernel);
}

export class VectorIndex {
  private readonly keys: string[] = [];
  private readonly rowOfKey = new Map<string, number>();
  /** Rows added in prepared form without their float32 values (see `addPrepared`), until `fillVectors`. */
  private readonly unloadedRows = new RowFlags();
  /** Float32 rows loaded from storage, kept in the buffers they were read into (see `fillVectors`). */
  private readonly borrowed: BorrowedRows;
  private readonly unitQuery: Float64Array;
  /** Bumped by every change of which keys the rows hold or of their values: a paused search's candidates are stale after one. */
  private changes = 0;

  /** Use `createVectorIndex`: the kernel is compiled asynchronously. */
  constructor(
    readonly embedderId: string,
    readonly dimensions: number,
    private readonly kernel: VectorKernel,
  ) {
    this.unitQuery = new Float64Array(dimensions);
    this.borrowed = new BorrowedRows(dimensions);
  }

  get size(): number {
    return this.keys.length;
  }

  get kernelKind(): VectorKernelKind {
    return this.kernel.kind;
  }

  has(key: string): boolean {
    return this.rowOfKey.has(key);
  }

  /** Adds `vector` under `key`, replacing the key's previous vector. Stored scaled to unit length. */
  add(key: string, vector: ArrayLike<number>): void {
    const what = `the vector for "${key}"`;
    const norm = checkedNorm(this.checkedDimensions(vector, what), what);
    const row = this.rowOfKey.get(key) ?? this.appendKeys([key]);
    this.changes += 1;
    this.unloadedRows.delete(row);
    this.borrowed.release(row);
    const { vectors } = this.kernel.buffers();
    const base = row * this.kernel.stride;
    for (let i = 0; i < this.dimensions; i += 1) vectors[base + i] = vector[i]! / norm;
    this.kernel.prepareRows(row, row + 1);
  }

  /**
   * Adds many rows at once (`packed` holds them one after another), with one
   * kernel pass over the new ones: the fast path for loading. All or nothing.
   */
  addMany(keys: readonly string[], packed: Float32Array): void {
    const dims = this.dimensions;
    if (packed.length !== keys.length * dims) {
      throw new Error(`${keys.length} keys need ${keys.length * dims} values of ${dims} dimensions, got ${packed.length}`);
    }
    if (new Set(keys).size !== keys.length) throw new Error('the keys to add repeat a key');
    const rowOf = (at: number) => packed.subarray(at * dims, (at + 1) * dims);
    const replaced: number[] = [];
    const fresh: number[] = [];
    for (let at = 0; at < keys.length; at += 1) (this.rowOfKey.has(keys[at]!) ? replaced : fresh).push(at);
    for (const at of replaced) checkedNorm(rowOf(at), `the vector for "${keys[at]}"`);
    const first = this.appendKeys(fresh.map((at) => keys[at]!));
    const { vectors } = this.kernel.buffers();
    const stride = this.kernel.stride;
    if (stride === dims && replaced.length === 0) vectors.set(packed, first * stride);
    else fresh.forEach((at, offset) => vectors.set(rowOf(at), (first + offset) * stride));
    const bad = this.kernel.prepareRows(first, this.keys.length);
    if (bad !== -1) {
      const key = this.keys[bad]!;
      this.truncate(first);
      throw new Error(`the vector for "${key}" is all zeros or not finite, so it has no direction to compare; nothing was added`);
    }
    for (const at of replaced) this.add(keys[at]!, rowOf(at));
  }

  /** Removes `key`; the last row moves into its place so rows stay packed. */
  remove(key: string): boolean {
    const row = this.rowOfKey.get(key);
    if (row === undefined) return false;
    this.changes += 1;
    const last = this.keys.length - 1;
    if (row !== last) {
      const { vectors, codes, meta } = this.kernel.buffers();
      const stride = this.kernel.stride;
      vectors.copyWithin(row * stride, last * stride, (last + 1) * stride);
      codes.copyWithin(row * stride, last * stride, (last + 1) * stride);
      meta.copyWithin(row * 2, last * 2, last * 2 + 2);
      const movedKey = this.keys[last]!;
      this.keys[row] = movedKey;
      this.rowOfKey.set(movedKey, row);
      this.unloadedRows.move(last, row);
      this.borrowed.move(last, row);
    }
    this.unloadedRows.delete(last);
    this.borrowed.release(last);
    this.keys.pop();
    this.rowOfKey.delete(key);
    return true;
  }

  /**
   * Makes room for `extra` more rows, or throws (MemoryFullError past the
   * capacity, or the browser's own error when WebAssembly memory cannot
   * grow) having changed nothing. Callers reserve before writing anything
   * else, so a failed growth never leaves storage and index apart.
   */
  reserve(extra: number): void {
    const needed = this.keys.length + extra;
    let capacity = this.kernel.capacity;
    if (needed <= capacity) return;
    const limit = capacityFor(this.dimensions);
    if (needed > limit) throw new MemoryFullError(limit, this.dimensions);
    while (capacity < needed) capacity += Math.min(capacity, GROWTH_STEP_ROWS);
    this.kernel.reserve(Math.min(capacity, limit), this.keys.length);
  }

  /**
   * Appends rows in the kernel's own prepared form (unit float32 rows of
   * `dimensions`, int8 codes of the kernel's stride, scale and error per
   * row), as `preparedRows` gave them out: copied in, nothing recomputed.
   * The keys must be new. Without `vectors` the rows can be scanned at once
   * but not rescored until `fillVectors` gives them their float32 values:
   * a search that needs them throws RowsNotLoadedError.
   */
  addPrepared(keys: readonly string[], prepared: Omit<PreparedRows, 'vectors'> & { vectors?: Float32Array }): void {
    const { dimensions } = this;
    const stride = this.kernel.stride;
    if ((prepared.vectors && prepared.vectors.length !== keys.length * dimensions) || prepared.codes.length !== keys.length * stride || prepared.meta.length !== keys.length * 2) {
      throw new Error(`${keys.length} prepared rows of ${dimensions} dimensions do not match the buffers given`);
    }
    this.reserve(keys.length);
    const first = this.appendNewKeys(keys);
    const { codes, meta } = this.kernel.buffers();
    codes.set(prepared.codes, first * stride);
    meta.set(prepared.meta, first * 2);
    if (prepared.vectors) this.writeUnitRows(first, keys.length, prepared.vectors);
    else this.unloadedRows.markRange(first, first + keys.length);
  }

  /**
   * Gives rows added without them their float32 values (unit rows, as
   * `preparedRows` gave them out). Keys not held, or already loaded, are
   * passed over: the index may have changed since the rows were read.
   * `unitRows` is kept, not copied (a buffer just read from storage): the
   * caller must not change it afterwards.
   */
  fillVectors(keys: readonly string[], unitRows: Float32Array): void {
    if (unitRows.length !== keys.length * this.dimensions) throw new Error(`${keys.length} rows of ${this.dimensions} dimensions do not match the values given`);
    const rows = new Int32Array(keys.length);
    keys.forEach((key, at) => {
      const row = this.rowOfKey.get(key);
      rows[at] = row !== undefined && this.unloadedRows.delete(row) ? row : -1;
    });
    this.borrowed.lend(unitRows, rows);
  }

  /** Rows still without float32 values. */
  get unloaded(): number {
    return this.unloadedRows.size;
  }

  private writeUnitRows(first: number, count: number, unitRows: Float32Array): void {
    const { dimensions } = this;
    const stride = this.kernel.stride;
    const { vectors } = this.kernel.buffers();
    if (stride === dimensions) vectors.set(unitRows, first * stride);
    else for (let at = 0; at < count; at += 1) vectors.set(unitRows.subarray(at * dimensions, (at + 1) * dimensions), (first + at) * stride);
  }

  /** Copies of the prepared form of `keys`' rows (see addPrepared); every key must be held. */
  preparedRows(keys: readonly string[]): PreparedRows {
    const { dimensions } = this;
    const stride = this.kernel.stride;
    const out: PreparedRows = { vectors: new Float32Array(keys.length * dimensions), codes: new Int8Array(keys.length * stride), meta: new Float32Array(keys.length * 2) };
    const { codes, meta } = this.kernel.buffers();
    keys.forEach((key, at) => {
      const row = this.rowOfKey.get(key);
      if (row === undefined) throw new Error(`the index does not hold "${key}"`);
      if (this.unloadedRows.has(row)) throw new RowsNotLoadedError([key]);
      out.vectors.set(this.rowVector(row), at * dimensions);
      out.codes.set(codes.subarray(row * stride, (row + 1) * stride), at * stride);
      out.meta.set(meta.subarray(row * 2, row * 2 + 2), at * 2);
    });
    return out;
  }

  /** The kernel's stride: values per stored row, the dimensions padded to a multiple of 16. */
  get stride(): number {
    return this.kernel.stride;
  }

  /** Rows the kernel has room for now. */
  get capacity(): number {
    return this.kernel.capacity;
  }

  /** A copy of the stored (unit) vector of `key`, or null. */
  vectorOf(key: string): Float32Array | null {
    const row = this.rowOfKey.get(key);
    if (row !== undefined && this.unloadedRows.has(row)) throw new RowsNotLoadedError([key]);
    return row === undefined ? null : this.rowVector(row).slice();
  }

  /** Every key with a view of its stored vector, in row order. Views are invalid after the next change. */
  *entries(): IterableIterator<{ key: string; vector: Float32Array }> {
    for (let row = 0; row < this.keys.length; row += 1) yield { key: this.keys[row]!, vector: this.rowVector(row) };
  }

  /** The k keys most similar to `query`, best first; equal similarities in key order. */
  search(query: ArrayLike<number>, k: number, options: VectorSearchOptions = {}): VectorMatch[] {
    if (!Number.isInteger(k) || k < 0) throw new Error(`k must be a whole number, got ${k}`);
    const norm = checkedNorm(this.checkedDimensions(query, 'the query'), 'the query');
    if (k === 0 || this.keys.length === 0) return [];
    for (let i = 0; i < this.dimensions; i += 1) this.unitQuery[i] = query[i]! / norm;
    const source = this.rowSource();
    return this.rescoreLoaded(source, this.unitQuery, topKCandidates(source, this.unitQuery, k, options), k, options);
  }

  private rowSource(): RowSource {
    return {
      kernel: this.kernel,
      dimensions: this.dimensions,
      count: this.keys.length,
      keyOf: (row: number) => this.keys[row]!,
      similarity: (row: number, unitQuery: Float64Array) => (this.borrowed.has(row) ? this.borrowed.dot(row, unitQuery) : this.kernelDot(row, unitQuery)),
    };
  }

  /**
   * Rescores the candidates, or throws RowsNotLoadedError naming rows
   * rescoring would read that have no float32 values (a round of at most
   * max(2k, MIN_ROWS_PER_LOAD_ROUND), see rescoreWhereLoaded); its `resume` rescores these same
   * candidates once they are filled (or asks for the next round), unless the
   * index changed meanwhile (then rows moved or new rows could rank, so it
   * searches again).
   */
  private rescoreLoaded(source: RowSource, unitQuery: Float64Array, candidates: Candidates, k: number, options: VectorSearchOptions): VectorMatch[] {
    if (this.unloadedRows.size === 0) return rescore(source, unitQuery, candidates, k, options.minSimilarity);
    const limit = Math.max(2 * k, MIN_ROWS_PER_LOAD_ROUND);
    const { matches, missing } = rescoreWhereLoaded(source, unitQuery, candidates, k, options.minSimilarity ?? -Infinity, (row) => this.unloadedRows.has(row), limit);
    if (missing.length === 0) return matches;
    // The query buffer is shared by every search: the paused one keeps its own copy.
    const query = unitQuery.slice();
    const changesThen = this.changes;
    const resume = () =>
      this.changes === changesThen ? this.rescoreLoaded(this.rowSource(), query, candidates, k, options) : this.search(query, k, options);
    throw new RowsNotLoadedError(missing.map((row) => this.keys[row]!), resume);
  }

  /** Bytes of packed storage (float32 rows, codes, scratch); keys are not counted. */
  byteLength(): number {
    return this.kernel.byteLength() + this.unitQuery.byteLength;
  }

  private rowVector(row: number): Float32Array {
    if (this.borrowed.has(row)) return this.borrowed.view(row);
    const base = row * this.kernel.stride;
    return this.kernel.buffers().vectors.subarray(base, base + this.dimensions);
  }

  private kernelDot(row: number, unitQuery: Float64Array): number {
    const { vectors } = this.kernel.buffers();
    const base = row * this.kernel.stride;
    let similarity = 0;
    for (let i = 0; i < this.dimensions; i += 1) similarity += vectors[base + i]! * unitQuery[i]!;
    return similarity;
  }

  /** Gives `keys` rows after the last one (see `reserve` for growth); returns the first new row. */
  private appendKeys(keys: readonly string[]): number {
    const first = this.keys.length;
    this.reserve(keys.length);
    this.changes += 1;
    for (const key of keys) {
      this.rowOfKey.set(key, this.keys.length);
      this.keys.push(key);
    }
    return first;
  }

  /**
   * Gives keys that must all be new the rows after the last one (room
   * reserved by the caller): one map operation per key, as a worker start
   * adds 100k at once. A repeated key takes them all out again.
   */
  private appendNewKeys(keys: readonly string[]): number {
    const first = this.keys.length;
    this.changes += 1;
    for (const key of keys) {
      if (this.rowOfKey.has(key)) {
        this.truncate(first);
        throw new Error('the keys to add repeat a key, or one the index holds');
      }
      this.rowOfKey.set(key, this.keys.length);
      this.keys.push(key);
    }
    return first;
  }

  private truncate(rows: number): void {
    this.changes += 1;
    this.unloadedRows.clearFrom(rows);
    for (let row = rows; row < this.keys.length; row += 1) this.borrowed.release(row);
    for (const key of this.keys.splice(rows)) this.rowOfKey.delete(key);
  }

  private checkedDimensions<T extends ArrayLike<number>>(vector: T, what: string): T {
    if (vector.length !== this.dimensions) {
      throw new Error(`${what} has ${vector.length} dimensions, but index "${this.embedderId}" holds ${this.dimensions}-dimensional vectors`);
    }
    return vector;
  }
}
