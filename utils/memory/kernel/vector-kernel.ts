/**
 * The packed storage of a vector index and its two hot loops (see
 * vector-kernel.wat): WebAssembly SIMD when the runtime allows it (Chrome
 * needs 'wasm-unsafe-eval' in the extension's CSP), the same arithmetic in
 * plain JavaScript otherwise. Both feed the same exact rescoring, so they
 * return the same results; only the speed differs.
 */
import { i18n } from '../../i18n';
import { createJsVectorKernel } from './vector-kernel-js';
import { VECTOR_KERNEL_WASM_BASE64 } from './vector-kernel-wasm';

export type VectorKernelKind = 'wasm-simd' | 'js';
export type VectorKernelPreference = VectorKernelKind | 'auto';

/** Views over the kernel's storage; valid until the next `reserve`. */
export interface KernelBuffers {
  /** `capacity` float32 rows of `stride` values; padding past the dimensions is zero. */
  vectors: Float32Array;
  /** `capacity` int8 rows of `stride` codes. */
  codes: Int8Array;
  /** Per row: scale, then quantisation error norm. */
  meta: Float32Array;
  /** The quantised query: `stride` int16 values. */
  query: Int16Array;
  /** Written by `scan`: the rows that reached the threshold, and their upper bounds. */
  hitRows: Int32Array;
  hitBounds: Float32Array;
}

export interface ScanRequest {
  /** Rows from..to−1. */
  from: number;
  to: number;
  /** Keep rows whose upper bound is at least this. */
  threshold: number;
  queryScale: number;
  errorWeight: number;
  errorBias: number;
}

export interface VectorKernel {
  readonly kind: VectorKernelKind;
  /** Values per row: the dimensions padded to a multiple of 16. */
  readonly stride: number;
  readonly capacity: number;
  buffers(): KernelBuffers;
  /** Room for `capacity` rows, keeping the first `keptRows`. */
  reserve(capacity: number, keptRows: number): void;
  /**
   * Normalises rows from..to−1 of `vectors` in place and quantises them into
   * `codes` and `meta`. Returns −1, or the first row that has no direction
   * (zero, infinite or NaN norm); rows from there on are left unprepared.
   */
  prepareRows(from: number, to: number): number;
  /**
   * upper = dot(codes, query) · scale · queryScale + error · errorWeight + errorBias
   * for rows from..to−1; those with upper ≥ threshold become the first hits.
   * Returns the number of hits.
   */
  scan(request: ScanRequest): number;
  /** Bytes the kernel holds. */
  byteLength(): number;
}

interface KernelExports {
  memory: WebAssembly.Memory;
  prepareRows(vectors: number, codes: number, meta: number, from: number, to: number, stride: number): number;
  scanAbove(
    query: number, codes: number, meta: number, from: number, to: number, stride: number,
    queryScale: number, errorWeight: number, errorBias: number, threshold: number, hitRows: number, hitBounds: number,
  ): number;
}

const WASM_PAGE = 65_536;

/**
 * Where each array sits in the WebAssembly memory. Vectors come right after
 * the query so growing never moves the largest array; codes and meta are
 * copied up, hits are scratch.
 */
function layoutOf(capacity: number, stride: number) {
  const query = 0;
  const vectors = stride * 2;
  const codes = vectors + capacity * stride * 4;
  const meta = codes + capacity * stride;
  const hitRows = meta + capacity * 8;
  const hitBounds = hitRows + capacity * 4;
  return { query, vectors, codes, meta, hitRows, hitBounds, end: hitBounds + capacity * 4 };
}

class WasmVectorKernel implements VectorKernel {
  readonly kind = 'wasm-simd';
  capacity = 0;
  private views: KernelBuffers | null = null;

  constructor(
    private readonly exports: KernelExports,
    readonly stride: number,
  ) {}

  buffers(): KernelBuffers {
    if (!this.views) {
      const buffer = this.exports.memory.buffer;
      const at = layoutOf(this.capacity, this.stride);
      this.views = {
        query: new Int16Array(buffer, at.query, this.stride),
        vectors: new Float32Array(buffer, at.vectors, this.capacity * this.stride),
        codes: new Int8Array(buffer, at.codes, this.capacity * this.stride),
        meta: new Float32Array(buffer, at.meta, this.capacity * 2),
        hitRows: new Int32Array(buffer, at.hitRows, this.capacity),
        hitBounds: new Float32Array(buffer, at.hitBounds, this.capacity),
      };
    }
    return this.views;
  }

  reserve(capacity: number, keptRows: number): void {
    if (capacity <= this.capacity) return;
    const before = layoutOf(this.capacity, this.stride);
    const after = layoutOf(capacity, this.stride);
    const memory = this.exports.memory;
    if (after.end > memory.buffer.byteLength) memory.grow(Math.ceil((after.end - memory.buffer.byteLength) / WASM_PAGE));
    const bytes = new Uint8Array(memory.buffer);
    // Meta first: the codes' new place may cover meta's old one.
    bytes.copyWithin(after.meta, before.meta, before.meta + keptRows * 8);
    bytes.copyWithin(after.codes, before.codes, before.codes + keptRows * this.stride);
    // Rows added later write only their dimensions, so their padding must be zero: clear what the old
    // layout left in the new vector rows (memory past the old end is fresh, hence already zero).
    bytes.fill(0, after.vectors + keptRows * this.stride * 4, Math.min(after.codes, before.end));
    this.capacity = capacity;
    // A memory.grow detaches the old buffer, so views are rebuilt.
    this.views = null;
  }

  prepareRows(from: number, to: number): number {
    const at = layoutOf(this.capacity, this.stride);
    return this.exports.prepareRows(at.vectors, at.codes, at.meta, from, to, this.stride);
  }

  scan({ from, to, threshold, queryScale, errorWeight, errorBias }: ScanRequest): number {
    const at = layoutOf(this.capacity, this.stride);
    return this.exports.scanAbove(
      at.query, at.codes, at.meta, from, to, this.stride, queryScale, errorWeight, errorBias, threshold, at.hitRows, at.hitBounds,
    );
  }

  byteLength(): number {
    return this.exports.memory.buffer.byteLength;
  }
}

function kernelBytes(): Uint8Array<ArrayBuffer> {
  const binary = atob(VECTOR_KERNEL_WASM_BASE64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function createWasmVectorKernel(stride: number): Promise<VectorKernel | null> {
  if (typeof WebAssembly !== 'object') return null;
  const bytes = kernelBytes();
  // validate() is false without SIMD; instantiate throws where the CSP forbids WebAssembly.
  if (!WebAssembly.validate(bytes)) return null;
  try {
    const { instance } = await WebAssembly.instantiate(bytes);
    return new WasmVectorKernel(instance.exports as unknown as KernelExports, stride);
  } catch {
    return null;
  }
}

/** A kernel for rows of `stride` values (a multiple of 16). 'auto' takes WebAssembly SIMD where it runs. */
export async function createVectorKernel(stride: number, preference: VectorKernelPreference = 'auto'): Promise<VectorKernel> {
  if (!Number.isInteger(stride) || stride <= 0 || stride % 16 !== 0) {
    throw new Error(`kernel rows must be a positive multiple of 16 values, got ${stride}`);
  }
  if (preference === 'js') return createJsVectorKernel(stride);
  const wasm = await createWasmVectorKernel(stride);
  if (wasm) return wasm;
  if (preference === 'wasm-simd') throw new Error(i18n.t('memoryProblems.noSimd'));
  return createJsVectorKernel(stride);
}
