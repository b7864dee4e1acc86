/** How the vector search bench reports: one JSON object per line, or aligned tables. */
import { availableParallelism } from 'node:os';
import { formatBytes, formatSpread, printTable, summarise, type Summary } from './stats';
import type { ColdLoadFigures } from './vector-cold-load';

export const K = 10;
export const TARGET_QUERY_MS = 5;
export const TARGET_SPEEDUP = 4;
export const TARGET_COLD_LOAD_MS = 1000;

export interface SearchFigures {
  n: number;
  d: number;
  kernel: string;
  buildMs: number;
  indexBytes: number;
  rssDeltaBytes: number;
  ours: Summary;
  usearch: Summary;
  usearchAllThreads: Summary;
  /** Median of usearch ÷ ours over the same queries. */
  pairedSpeedup: number;
  recall: number;
  usearchRecall: number;
  recallQueries: number;
}

export function searchJsonLines(f: SearchFigures): object[] {
  const at = { n: f.n, d: f.d };
  const timing = (s: Summary) => ({ median: s.median, p10: s.p10, p90: s.p90, queries: s.samples });
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

export function coldLoadJsonLines(f: ColdLoadFigures): object[] {
  const at = { n: f.n, d: f.d };
  const reload = summarise(f.afterReload.map((run) => run.totalMs));
  return [
    {
      metric: 'cold_load_ms',
      ...at,
      impl: 'replyloop',
      runtime: 'chromium',
      after: 'page reload',
      median: reload.median,
      p10: reload.p10,
      p90: reload.p90,
      runs: f.afterReload.map((run) => ({ read_ms: run.readMs, build_ms: run.buildMs, total_ms: run.totalMs })),
      target: TARGET_COLD_LOAD_MS,
    },
    { metric: 'cold_load_ms', ...at, impl: 'replyloop', runtime: 'chromium', after: 'browser restart', median: f.afterRestart.totalMs, read_ms: f.afterRestart.readMs, build_ms: f.afterRestart.buildMs },
    {
      metric: 'query_ms',
      ...at,
      impl: 'replyloop-chromium',
      kernel: f.afterRestart.kernel,
      median: f.chromiumQueryMs.median,
      p10: f.chromiumQueryMs.p10,
      p90: f.chromiumQueryMs.p90,
      first: f.chromiumFirstQueryMs,
      queries: f.chromiumQueryMs.samples,
    },
    { metric: 'write_ms', ...at, impl: 'replyloop', runtime: 'chromium', value: f.writeMs, blocks: f.blocks, note: 'includes generating the vectors' },
  ];
}

const ratio = (value: number) => `${value.toFixed(1)}×`;

export function printSearchTable(results: SearchFigures[]): void {
  console.log(`\nTop-${K} cosine query, ms: median (p10–p90) over interleaved queries; usearch = exactSearch(cos), same process`);
  printTable(
    ['N', 'd', 'replyloop', 'usearch 1 thread', 'ratio', `usearch ${availableParallelism()} threads`, 'ratio', 'build ms', 'index', 'RSS Δ', 'recall@10'],
    results.map((f) => [
      f.n.toLocaleString('en-US'),
      String(f.d),
      formatSpread(f.ours),
      formatSpread(f.usearch),
      ratio(f.usearch.median / f.ours.median),
      formatSpread(f.usearchAllThreads),
      ratio(f.usearchAllThreads.median / f.ours.median),
      f.buildMs.toFixed(0),
      formatBytes(f.indexBytes),
      formatBytes(f.rssDeltaBytes),
      `${f.recall.toFixed(3)} (usearch ${f.usearchRecall.toFixed(3)})`,
    ]),
  );
}

export function printColdLoadTable(results: ColdLoadFigures[]): void {
  console.log(`\nCold load from IndexedDB in Chromium (packed blocks → index), ms; query ms in Chromium on the loaded index`);
  const runs = (list: { readMs: number; buildMs: number; totalMs: number }[]) => list.map((run) => `${run.totalMs.toFixed(0)} (${run.readMs.toFixed(0)}+${run.buildMs.toFixed(0)})`).join(', ');
  printTable(
    ['N', 'd', 'after reload: total (read+build)', 'after browser restart', 'query ms', 'first query', 'write ms'],
    results.map((f) => [
      f.n.toLocaleString('en-US'),
      String(f.d),
      runs(f.afterReload),
      runs([f.afterRestart]),
      formatSpread(f.chromiumQueryMs),
      f.chromiumFirstQueryMs.toFixed(2),
      f.writeMs.toFixed(0),
    ]),
  );
}

