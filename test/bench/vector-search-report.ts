/** How the vector search bench reports: one JSON object per line, or aligned tables. */
import { availableParallelism } from 'node:os';
import { describeSamples, formatBytes, printTable } from './stats';

export const K = 10;
export const TARGET_QUERY_MS = 5;
export const TARGET_SPEEDUP = 4;

type Samples = ReturnType<typeof describeSamples>;
/** Uniform random directions, or tight clusters with duplicates (see vector-data.ts). */
export type DataKind = 'uniform' | 'clustered';

export interface SearchFigures {
  n: number;
  d: number;
  data: DataKind;
  /** 1-minute load average when the size finished. */
  load: number;
  kernel: string;
  buildMs: number;
  indexBytes: number;
  rssDeltaBytes: number;
  ours: Samples;
  usearch: Samples;
  usearchAllThreads: Samples;
  /** Median of usearch ÷ ours over the same queries. */
  pairedSpeedup: number;
  recall: number;
  usearchRecall: number;
  recallQueries: number;
}

export function searchJsonLines(f: SearchFigures): object[] {
  const at = { n: f.n, d: f.d, data: f.data, load: f.load };
  const timing = (s: Samples) => ({ min: s.min, median: s.median, p95: s.p95, max: s.max, queries: s.samples });
  return [
    { metric: 'query_ms', ...at, impl: 'replyloop', kernel: f.kernel, threads: 1, ...timing(f.ours), target: TARGET_QUERY_MS },
    { metric: 'query_ms', ...at, impl: 'usearch', call: 'exactSearch cos', threads: 1, ...timing(f.usearch) },
    { metric: 'query_ms', ...at, impl: 'usearch-all-threads', call: 'exactSearch cos', threads: availableParallelism(), ...timing(f.usearchAllThreads) },
    { metric: 'speedup', ...at, impl: 'replyloop', vs: 'usearch', ratio: f.usearch.median / f.ours.median, paired_median: f.pairedSpeedup, target: TARGET_SPEEDUP },
    { metric: 'speedup', ...at, impl: 'replyloop', vs: 'usearch-all-threads', ratio: f.usearchAllThreads.median / f.ours.median },
    { metric: 'build_ms', ...at, impl: 'replyloop', value: f.buildMs },
    { metric: 'memory_bytes', ...at, impl: 'replyloop', index_bytes: f.indexBytes, rss_delta_bytes: f.rssDeltaBytes },
    { metric: 'memory_bytes', ...at, impl: 'usearch', index_bytes: f.n * f.d * 4, note: 'exactSearch scans the caller’s float32 array' },
    { metric: 'recall_at_10', ...at, impl: 'replyloop', value: f.recall, queries: f.recallQueries },
    { metric: 'recall_at_10', ...at, impl: 'usearch', value: f.usearchRecall, queries: f.recallQueries },
  ];
}

const ratio = (value: number) => `${value.toFixed(1)}×`;
const spread = (s: Samples) => [s.min, s.median, s.p95, s.max].map((value) => value.toFixed(2)).join(' / ');

export function printSearchTable(results: SearchFigures[]): void {
  console.log(`\nTop-${K} cosine query, ms: min / median / p95 / max over interleaved queries; usearch = exactSearch(cos), same process; load = 1-min load average`);
  printTable(
    ['N', 'd', 'data', 'replyloop', 'usearch 1 thread', 'ratio', `usearch ${availableParallelism()} threads`, 'ratio', 'build ms', 'index', 'RSS Δ', 'recall@10', 'load'],
    results.map((f) => [
      f.n.toLocaleString('en-US'),
      String(f.d),
      f.data,
      spread(f.ours),
      spread(f.usearch),
      ratio(f.usearch.median / f.ours.median),
      spread(f.usearchAllThreads),
      ratio(f.usearchAllThreads.median / f.ours.median),
      f.buildMs.toFixed(0),
      formatBytes(f.indexBytes),
      formatBytes(f.rssDeltaBytes),
      `${f.recall.toFixed(3)} (usearch ${f.usearchRecall.toFixed(3)})`,
      f.load.toFixed(1),
    ]),
  );
}
