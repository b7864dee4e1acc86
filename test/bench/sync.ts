/**
 * Team sync: export then import of a large correction memory with vectors.
 * The round trip runs in headless Chromium against real, on-disk IndexedDB
 * (sync.page.ts bundled and served from a fake https origin); without
 * Chromium it runs in Node on fake-indexeddb, and says so.
 */
import { benchBrowser, bundleForBrowser } from './bench-page';
import { findBrowser } from '../support/find-browser';
import type { SyncFigures, SyncPipelineOptions } from './sync.page';
import { loadavg } from 'node:os';
import { describeSamples } from './stats';

const ORIGIN = 'https://sync-bench.replyloop.test';
const EXPORT_TARGET_MS = 5_000;
const IMPORT_TARGET_MS = 10_000;

type RunPipeline = (options: SyncPipelineOptions) => Promise<SyncFigures>;

async function inChromium(options: SyncPipelineOptions, runs: number): Promise<SyncFigures[]> {
  const browser = await benchBrowser(ORIGIN, await bundleForBrowser('sync.page.ts'));
  try {
    const page = await browser.open();
    const figures: SyncFigures[] = [];
    for (let run = 0; run < runs; run += 1) {
      figures.push(await page.evaluate((pipeline) => (globalThis as unknown as { syncBench: RunPipeline }).syncBench(pipeline), options));
    }
    return figures;
  } finally {
    await browser.close();
  }
}

async function inNode(options: SyncPipelineOptions, runs: number): Promise<SyncFigures[]> {
  // indexedDB must exist before Dexie loads.
  const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
  Object.assign(globalThis, { indexedDB, IDBKeyRange });
  const { runSyncPipeline } = await import('./sync.page');
  const figures: SyncFigures[] = [];
  for (let run = 0; run < runs; run += 1) figures.push(await runSyncPipeline(options));
  return figures;
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
const row = (samples: number[]) => {
  const { min, median, p95, max } = describeSamples(samples);
  return `min ${ms(min)}  median ${ms(median)}  p95 ${ms(p95)}  max ${ms(max)} (${samples.length} runs)`;
};

export async function runSyncBench(options: { json: boolean; quick: boolean }): Promise<void> {
  // Re-embedding runs at full size since it writes a block per batch (#14); before, 10k alone took ~5 min a run at load ~20.
  const pipeline: SyncPipelineOptions = options.quick
    ? { corrections: 5_000, existing: 1_000, reembedded: 5_000, dimensions: 384 }
    : { corrections: 50_000, existing: 10_000, reembedded: 50_000, dimensions: 384 };
  const runs = options.quick ? 1 : 3;
  const inBrowser = findBrowser() !== null;
  const figures = inBrowser ? await inChromium(pipeline, runs) : await inNode(pipeline, runs);
  // Taken when the runs end: the 1-minute figure covers most of a run.
  const load = loadavg()[0]!;
  const env = inBrowser ? 'chromium' : 'node-fake-indexeddb';
  const last = figures.at(-1)!;
  const pick = (what: (run: SyncFigures) => number) => figures.map(what);

  if (options.json) {
    const common = { n: pipeline.corrections, d: pipeline.dimensions, env, load };
    const rows = [
      { metric: 'export_ms', ...common, ...describeSamples(pick((run) => run.exportMs)), bytes: last.bytes, target_ms: EXPORT_TARGET_MS },
      { metric: 'import_ms', ...common, existing: pipeline.existing, ...describeSamples(pick((run) => run.importMs)), preview: last.preview, target_ms: IMPORT_TARGET_MS },
      { metric: 'import_preview_ms', ...common, existing: pipeline.existing, ...describeSamples(pick((run) => run.previewMs)) },
      { metric: 'import_write_ms', ...common, existing: pipeline.existing, ...describeSamples(pick((run) => run.writeMs)) },
      { metric: 'import_ms', ...common, n: pipeline.reembedded, vectors: 'left out', existing: 0, ...describeSamples(pick((run) => run.importWithoutVectorsMs)) },
      { metric: 'reembed_ms', ...common, n: pipeline.reembedded, embedder: 'offline-hash-v2', ...describeSamples(pick((run) => run.reembedMs)) },
    ];
    for (const row of rows) console.log(JSON.stringify(row));
    return;
  }
  const where = inBrowser ? 'headless Chromium, IndexedDB on disk' : "Node, fake-indexeddb: no Chromium found, so the write is not a browser's";
  console.log(`Team sync through utils/sync's exportMemory / previewImport / applyImport, ${pipeline.corrections.toLocaleString('en-US')} corrections with ${pipeline.dimensions}-d vectors (${where}):`);
  console.log(`  export: ${row(pick((run) => run.exportMs))}; ${(last.bytes / 1024 / 1024).toFixed(0)} MB file (target ≤ ${ms(EXPORT_TARGET_MS)})`);
  console.log(`  import: ${row(pick((run) => run.importMs))} (target ≤ ${ms(IMPORT_TARGET_MS)})`);
  console.log(`    of it, preview (parse, validate, plan against ${pipeline.existing.toLocaleString('en-US')} stored): ${row(pick((run) => run.previewMs))}`);
  console.log(`    of it, the one-transaction write: ${row(pick((run) => run.writeMs))}`);
  console.log(`  ${pipeline.reembedded.toLocaleString('en-US')} corrections without vectors (another embedder's file) into an empty memory: import ${row(pick((run) => run.importWithoutVectorsMs))}`);
  console.log(`    then correction memory re-embeds all of it (offline embedder, ${pipeline.dimensions} d): ${row(pick((run) => run.reembedMs))}, ${(last.reembedMs / pipeline.reembedded).toFixed(2)} ms a correction`);
  console.log(`  preview: ${last.previewText}; ${last.progressEvents} progress reports. Load average: ${loadavg().map((value) => value.toFixed(2)).join(' ')} (1, 5, 15 min)`);
}
