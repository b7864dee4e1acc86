/**
 * The arithmetic behind the quantised first stage of the exact search.
 *
 * A row x (unit length) is stored as int8 codes c within ±127 and a scale
 * s = max|xᵢ| / 127, with x̃ = s·c, and its error norm e = ‖x − x̃‖ beside it
 * (the kernel computes these). The query q is quantised the same way, to
 * int16, as finely as the kernel's int32 sums allow. Then, by Cauchy–Schwarz,
 *   |⟨x, q⟩ − ⟨x̃, q̃⟩| ≤ e·‖q‖ + ‖x̃‖·e_q ≤ e·(1 + e_q) + e_q,
 * which the search turns into an upper and a lower bound for every row.
 */

/** Row codes stay within ±127: an int8 that never needs its −128. */
export const ROW_CODE_LIMIT = 127;
/** The kernel reads 16 codes (and 16 floats when preparing) per step; rows are zero-padded to that. */
export const CODES_PER_STEP = 16;
const INT32_MAX = 2 ** 31 - 1;
const INT16_MAX = 32_767;

export function strideFor(dimensions: number): number {
  return Math.ceil(dimensions / CODES_PER_STEP) * CODES_PER_STEP;
}

/**
 * The largest query code that keeps every dot product inside int32: each of
 * the `stride` products is at most 127 · limit.
 */
export function queryCodeLimit(stride: number): number {
  return Math.min(INT16_MAX, Math.floor(INT32_MAX / (ROW_CODE_LIMIT * stride)));
}

/** Euclidean norm of `vector`, refusing what cannot be a direction (zero, NaN, Infinity). */
export function checkedNorm(vector: ArrayLike<number>, what: string): number {
  let sumOfSquares = 0;
  for (let i = 0; i < vector.length; i += 1) {
    const value = vector[i]!;
    sumOfSquares += value * value;
  }
  if (!Number.isFinite(sumOfSquares)) throw new Error(`${what} has a value that is not a finite number`);
  if (sumOfSquares === 0) throw new Error(`${what} is all zeros, so it has no direction to compare`);
  return Math.sqrt(sumOfSquares);
}

export interface QuantisedQuery {
  /** Multiply the codes by this to get the approximation back. */
  scale: number;
  /** ‖query − scale·codes‖. */
  error: number;
}

/** Quantises a unit query into `codes` (its first `unitQuery.length` entries) within ±`codeLimit`. */
export function quantiseQuery(unitQuery: Float64Array, codeLimit: number, codes: Int16Array): QuantisedQuery {
  let largest = 0;
  for (let i = 0; i < unitQuery.length; i += 1) largest = Math.max(largest, Math.abs(unitQuery[i]!));
  // The kernel multiplies by a float32 scale, so quantise against exactly that value.
  const scale = Math.fround(largest / codeLimit);
  const toCode = 1 / scale;
  let errorSquares = 0;
  for (let i = 0; i < unitQuery.length; i += 1) {
    const value = unitQuery[i]!;
    // Any rounding is fine (the error is measured against the code); the clamp keeps the int32 sums safe.
    const code = Math.max(-codeLimit, Math.min(codeLimit, Math.round(value * toCode)));
    codes[i] = code;
    const residual = value - code * scale;
    errorSquares += residual * residual;
  }
  return { scale, error: Math.sqrt(errorSquares) };
}
