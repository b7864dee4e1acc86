/**
 * Top-10 cosine search: ReplyLoop's exact index against usearch's exact
 * (brute-force) search, in the same process on the same vectors, queries
 * interleaved so both see the same machine load. Uniform random unit
 * vectors are the worst case for the quantised first stage (every
 * similarity sits near 0); clustered ones, with duplicates, are what a
 * memory of many corrections of the same questions looks like, and put many
 * rows within the quantisation margin of each other. Cold load is measured
 * in the extension's own service worker (worker-cold-load.ts).
 */
import usearch, { MetricKind } from 'usearch';
import { availableParallelism, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createVectorIndex } from '../../utils/memory/vectors/vector-index';
import { describeSamples, timed } from './stats';
import { K, printSearchTable, searchJsonLines, TARGET_QUERY_MS, TARGET_SPEEDUP, type DataKind, type SearchFigures } from './vector-search-report';
import { bruteForceTopK, clusteredUnitVectors, randomUnitVectors, rowOf } from './vector-data';

/**
 * Untimed queries first, for every implementation: WebAssembly starts in
 * V8's baseline tier and moves to optimised code only after enough work,
 * and caches fill.
 */
const WARM_UP_QUERIES = 10;
const WARM_UP_MS = 300;

interface Plan {
  sizes: { n: number; d: number; data: DataKind }[];
  queries: number;
  recallQueries: (n: number) => number;
}

/** Clustered data at 384 d, the size the targets name; uniform at every size. */
const FULL_SIZES = [1_000, 10_000, 100_000].flatMap((n) => [
  ...[256, 384, 1536].map((d) => ({ n, d, data: 'uniform' as const })),
  { n, d: 384, data: 'clustered' as const },
]);

function planFor(quick: boolean): Plan {
  if (quick) {
    const sizes = [1_000, 10_000].flatMap((n) => (['uniform', 'clustered'] as const).map((data) => ({ n, d: 384, data })));
    return { sizes, queries: 50, recallQueries: () => 10 };
  }
  return { sizes: FULL_SIZES, queries: 200, recallQueries: (n) => (n >= 100_000 ? 20 : 50) };
}

/** Clusters like many corrections of a few hundred questions; queries are near some of them, as a new ticket is. */
function vectorsOf(data: DataKind, count: number, d: number, seed: number): Float32Array {
  return data === 'uniform' ? randomUnitVectors(count, d, seed) : clusteredUnitVectors(count, d, 200, 0.05, seed);
}

const gc: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/**
 * Resident memory once garbage is really returned: V8 frees a dead
 * WebAssembly memory some time after the collection that finds it, so
 * collect and wait until three readings in a row agree.
 */
async function settledRss(): Promise<number> {
  const readings: number[] = [];
  for (let round = 0; round < 30; round += 1) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 100));
    readings.push(process.memoryUsage().rss);
    const lastThree = readings.slice(-3);
    if (lastThree.length === 3 && Math.max(...lastThree) - Math.min(...lastThree) < 2e6) break;
  }
  return readings.at(-1)!;
}

/** A query in its own buffer: usearch's exactSearch reads a view from the start of its buffer (it ignores byteOffset). */
function queryAt(queries: Float32Array, d: number, q: number): Float32Array {
  return rowOf(queries, d, q).slice();
}

function usearchTopK(data: Float32Array, d: number, query: Float32Array, threads: number): bigint[] {
  return Array.from(usearch.exactSearch(data, query, d, K, MetricKind.Cos, threads).keys);
}

async function measureSearch(n: number, d: number, kind: DataKind, plan: Plan): Promise<SearchFigures> {
  const data = vectorsOf(kind, n, d, n + d);
  // Same seed, so clustered queries share the data's cluster centres.
  const queries = vectorsOf(kind, WARM_UP_QUERIES + plan.queries, d, n + d);
  const keys = Array.from({ length: n }, (_, row) => `correction-${row}`);
  const rssBefore = await settledRss();
  const buildStart = performance.now();
  const index = await createVectorIndex({ embedderId: 'bench', dimensions: d, capacity: n });
  index.addMany(keys, data);
  const buildMs = performance.now() - buildStart;
  const rssDeltaBytes = (await settledRss()) - rssBefore;

  const runAll = (query: Float32Array) => [
    timed(() => index.search(query, K)),
    timed(() => usearchTopK(data, d, query, 1)),
    timed(() => usearchTopK(data, d, query, 0)),
  ];
  const warmUpStart = performance.now();
  for (let round = 0; round < WARM_UP_QUERIES || performance.now() - warmUpStart < WARM_UP_MS; round += 1) {
    runAll(queryAt(queries, d, round % WARM_UP_QUERIES));
  }
  const ours: number[] = [];
  const peer: number[] = [];
  const peerAllThreads: number[] = [];
  const ratios: number[] = [];
  for (let q = WARM_UP_QUERIES; q < WARM_UP_QUERIES + plan.queries; q += 1) {
    const [oursMs, peerMs, peerAllMs] = runAll(queryAt(queries, d, q)) as [number, number, number];
    ours.push(oursMs);
    peer.push(peerMs);
    peerAllThreads.push(peerAllMs);
    ratios.push(peerMs / oursMs);
  }

  const recallQueries = Math.min(plan.recallQueries(n), plan.queries);
  let found = 0;
  let peerFound = 0;
  for (let q = 0; q < recallQueries; q += 1) {
    const query = queryAt(queries, d, WARM_UP_QUERIES + q);
    const truth = new Set(bruteForceTopK(data, d, query, K).map((match) => match.row));
    found += index.search(query, K).filter((match) => truth.has(Number(match.key.slice('correction-'.length)))).length;
    peerFound += usearchTopK(data, d, query, 1).filter((row) => truth.has(Number(row))).length;
  }
  return {
    n,
    d,
    data: kind,
    load: loadavg()[0]!,
    kernel: index.kernelKind,
    buildMs,
    indexBytes: index.byteLength(),
    rssDeltaBytes,
    ours: describeSamples(ours),
    usearch: describeSamples(peer),
    usearchAllThreads: describeSamples(peerAllThreads),
    pairedSpeedup: describeSamples(ratios).median,
    recall: found / (recallQueries * K),
    usearchRecall: peerFound / (recallQueries * K),
    recallQueries,
  };
}

export async function runVectorSearchBench(options: { json: boolean; quick: boolean }): Promise<void> {
  const plan = planFor(options.quick);
  const environment = { metric: 'environment', bench: 'vector-search', cpus: availableParallelism(), node: process.version };
  const loadAtStart = loadavg()[0]!;
  if (options.json) console.log(JSON.stringify({ ...environment, when: 'start', loadavg_1m: loadAtStart }));
  const searches: SearchFigures[] = [];
  for (const { n, d, data } of plan.sizes) {
    const figures = await measureSearch(n, d, data, plan);
    searches.push(figures);
    if (options.json) for (const line of searchJsonLines(figures)) console.log(JSON.stringify(line));
    gc();
  }
  const loadAtEnd = loadavg()[0]!;
  if (options.json) {
    console.log(JSON.stringify({ ...environment, when: 'end', loadavg_1m: loadAtEnd }));
    return;
  }
  console.log(
    `Vector search bench: ${environment.cpus} CPUs, Node ${environment.node}, load average ${loadAtStart.toFixed(1)} → ${loadAtEnd.toFixed(1)} ` +
      '(other work on the machine inflates the figures and their spread)',
  );
  printSearchTable(searches);
  console.log(`\nTargets: ≤ ${TARGET_QUERY_MS} ms at 100k×384 (p95 here), ≥ ${TARGET_SPEEDUP}× usearch (median of paired ratios), uniform and clustered. /proc/loadavg 1 min at the end: ${loadAtEnd.toFixed(1)}`);
}
