/**
 * The vector kernel in plain JavaScript, for runtimes without WebAssembly
 * SIMD or where the content security policy forbids WebAssembly. Same
 * storage and arithmetic as vector-kernel.wat (in float64, which only
 * tightens the bounds); the scan is some 20–30 times slower.
 */
import { ROW_CODE_LIMIT as CODE_LIMIT } from '../vectors/vector-index-quantisation';
import type { KernelBuffers, ScanRequest, VectorKernel } from './vector-kernel';

/** A row this close to unit length is kept as it is (as in vector-kernel.wat). */
const UNIT_TOLERANCE = 1e-6;

class JsVectorKernel implements VectorKernel {
  readonly kind = 'js';
  capacity = 0;
  private views: KernelBuffers;

  constructor(readonly stride: number) {
    this.views = {
      vectors: new Float32Array(0),
      codes: new Int8Array(0),
      meta: new Float32Array(0),
      query: new Int16Array(stride),
      hitRows: new Int32Array(0),
      hitBounds: new Float32Array(0),
    };
  }

  buffers(): KernelBuffers {
    return this.views;
  }

  reserve(capacity: number, keptRows: number): void {
    if (capacity <= this.capacity) return;
    const { vectors, codes, meta, query } = this.views;
    const grown: KernelBuffers = {
      vectors: new Float32Array(capacity * this.stride),
      codes: new Int8Array(capacity * this.stride),
      meta: new Float32Array(capacity * 2),
      query,
      hitRows: new Int32Array(capacity),
      hitBounds: new Float32Array(capacity),
    };
    grown.vectors.set(vectors.subarray(0, keptRows * this.stride));
    grown.codes.set(codes.subarray(0, keptRows * this.stride));
    grown.meta.set(meta.subarray(0, keptRows * 2));
    this.views = grown;
    this.capacity = capacity;
  }

  prepareRows(from: number, to: number): number {
    const { vectors, codes, meta } = this.views;
    const stride = this.stride;
    for (let row = from; row < to; row += 1) {
      const base = row * stride;
      let sumOfSquares = 0;
      let largest = 0;
      for (let i = base; i < base + stride; i += 1) {
        const value = vectors[i]!;
        sumOfSquares += value * value;
        largest = Math.max(largest, Math.abs(value));
      }
      if (!(sumOfSquares > 0 && sumOfSquares < Infinity)) return row;
      const inverseNorm = Math.abs(sumOfSquares - 1) <= UNIT_TOLERANCE ? 1 : 1 / Math.sqrt(sumOfSquares);
      // The scan multiplies by the float32 scale, so quantise against exactly that.
      const scale = Math.fround((largest * inverseNorm) / CODE_LIMIT);
      let errorSquares = 0;
      for (let i = base; i < base + stride; i += 1) {
        const value = Math.fround(vectors[i]! * inverseNorm);
        vectors[i] = value;
        const code = Math.max(-CODE_LIMIT, Math.min(CODE_LIMIT, Math.round(value / scale)));
        codes[i] = code;
        const residual = value - code * scale;
        errorSquares += residual * residual;
      }
      meta[2 * row] = scale;
      meta[2 * row + 1] = Math.sqrt(errorSquares);
    }
    return -1;
  }

  scan({ from, to, threshold, queryScale, errorWeight, errorBias }: ScanRequest): number {
    const { codes, meta, query, hitRows, hitBounds } = this.views;
    const stride = this.stride;
    let hits = 0;
    for (let row = from; row < to; row += 1) {
      const base = row * stride;
      let dot = 0;
      for (let j = 0; j < stride; j += 1) dot += codes[base + j]! * query[j]!;
      const upper = dot * meta[2 * row]! * queryScale + meta[2 * row + 1]! * errorWeight + errorBias;
      if (upper >= threshold) {
        hitRows[hits] = row;
        hitBounds[hits] = upper;
        hits += 1;
      }
    }
    return hits;
  }

  byteLength(): number {
    return Object.values(this.views).reduce((bytes: number, view: ArrayBufferView) => bytes + view.byteLength, 0);
  }
}

export function createJsVectorKernel(stride: number): VectorKernel {
  return new JsVectorKernel(stride);
}
