/**
 * Reproducible vectors and a brute-force reference, shared by the vector
 * index tests and the search benchmark.
 */
import { seededRandom } from '../../utils/metrics/seeded-random';

export { seededRandom };

/** Standard normal samples (Box–Muller). */
export function gaussian(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function normalise(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const norm = Math.sqrt(sum);
  for (let i = 0; i < vector.length; i += 1) vector[i] = vector[i]! / norm;
  return vector;
}

/** `count` random directions, packed row after row: the hardest case for pruning, all similarities near 0. */
export function randomUnitVectors(count: number, dimensions: number, seed: number): Float32Array {
  const normal = gaussian(seededRandom(seed));
  const packed = new Float32Array(count * dimensions);
  for (let row = 0; row < count; row += 1) {
    const vector = packed.subarray(row * dimensions, (row + 1) * dimensions);
    for (let i = 0; i < dimensions; i += 1) vector[i] = normal();
    normalise(vector);
  }
  return packed;
}

/**
 * Rows in tight clusters around a few centres, with exact duplicates: like
 * many corrections of the same question. Many rows fall inside the
 * quantisation margin of each other, which is what stresses exactness.
 */
export function clusteredUnitVectors(count: number, dimensions: number, clusters: number, spread: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  const normal = gaussian(random);
  const centres = randomUnitVectors(clusters, dimensions, seed + 1);
  const packed = new Float32Array(count * dimensions);
  for (let row = 0; row < count; row += 1) {
    const vector = packed.subarray(row * dimensions, (row + 1) * dimensions);
    if (row > 0 && random() < 0.1) {
      vector.set(packed.subarray((row - 1) * dimensions, row * dimensions));
      continue;
    }
    const centre = Math.floor(random() * clusters) * dimensions;
    for (let i = 0; i < dimensions; i += 1) vector[i] = centres[centre + i]! + spread * normal();
    normalise(vector);
  }
  return packed;
}

export function rowOf(packed: Float32Array, dimensions: number, row: number): Float32Array {
  return packed.subarray(row * dimensions, (row + 1) * dimensions);
}

/** Top k rows by cosine, the plain way: every row, float64 sums, ties by row number. */
export function bruteForceTopK(packed: Float32Array, dimensions: number, query: ArrayLike<number>, k: number): { row: number; similarity: number }[] {
  let queryNorm = 0;
  for (let i = 0; i < dimensions; i += 1) queryNorm += query[i]! * query[i]!;
  queryNorm = Math.sqrt(queryNorm);
  const best: { row: number; similarity: number }[] = [];
  for (let row = 0; row * dimensions < packed.length; row += 1) {
    let dot = 0;
    let norm = 0;
    for (let i = 0, base = row * dimensions; i < dimensions; i += 1) {
      const value = packed[base + i]!;
      dot += value * query[i]!;
      norm += value * value;
    }
    const similarity = dot / (Math.sqrt(norm) * queryNorm);
    if (best.length === k && similarity <= best[k - 1]!.similarity) continue;
    // Insertion into a short sorted list: k is small.
    let at = best.length;
    while (at > 0 && best[at - 1]!.similarity < similarity) at -= 1;
    best.splice(at, 0, { row, similarity });
    if (best.length > k) best.pop();
  }
  return best;
}
