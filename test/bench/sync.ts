/**
 * Team sync: export then import of a large correction memory with vectors.
 * The round trip runs in headless Chromium against real, on-disk IndexedDB
 * (sync.page.ts bundled and served from a fake https origin); without
 * Chromium it runs in Node on fake-indexeddb, and says so.
 */
import { benchBrowser, bundleForBrowser } from './bench-page';
import { findBrowser } from '../support/find-browser';
import type { SyncFigures, SyncPipelineOptions } from './sync.page';
import { summarise, type Summary } from './stats';

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
const spread = (summary: Summary) => (summary.samples > 1 ? ` (${ms(summary.p10)}–${ms(summary.p90)} over ${summary.samples} runs)` : '');

export async function runSyncBench(options: { json: boolean; quick: boolean }): Promise<void> {
  const pipeline: SyncPipelineOptions = { corrections: options.quick ? 5_000 : 50_000, existing: options.quick ? 1_000 : 10_000, dimensions: 384 };
  const runs = options.quick ? 1 : 3;
  const inBrowser = findBrowser() !== null;
  const figures = inBrowser ? await inChromium(pipeline, runs) : await inNode(pipeline, runs);
  const env = inBrowser ? 'chromium' : 'node-fake-indexeddb';
  const median = (pick: (run: SyncFigures) => number) => Math.round(summarise(figures.map(pick)).median);
  const exported = summarise(figures.map((run) => run.exportMs));
  const imported = summarise(figures.map((run) => run.importMs));
  const last = figures.at(-1)!;

  if (options.json) {
    const common = { n: pipeline.corrections, dimensions: pipeline.dimensions, env, runs };
    const exportLine = { metric: 'export_ms', ...common, ms: Math.round(exported.median), read_wait_ms: median((run) => run.readMs), bytes: last.bytes, target_ms: EXPORT_TARGET_MS };
    const importParts = { parse_ms: median((run) => run.parseMs), plan_ms: median((run) => run.planMs), write_ms: median((run) => run.writeMs) };
    const importLine = { metric: 'import_ms', ...common, existing: pipeline.existing, ms: Math.round(imported.median), ...importParts, preview: last.preview, target_ms: IMPORT_TARGET_MS };
    console.log(JSON.stringify(exportLine));
    console.log(JSON.stringify(importLine));
    return;
  }
  const where = inBrowser ? 'headless Chromium, IndexedDB on disk' : "Node, fake-indexeddb: no Chromium found, so the write is not a browser's";
  console.log(`Team sync, ${pipeline.corrections.toLocaleString('en-US')} corrections with ${pipeline.dimensions}-d vectors (${where}), medians:`);
  console.log(
    `  export ${ms(exported.median)}${spread(exported)}: read from IndexedDB and serialize, ${ms(median((run) => run.readMs))} of it waiting on reads; ${(last.bytes / 1024 / 1024).toFixed(0)} MB file (target ≤ ${ms(EXPORT_TARGET_MS)})`,
  );
  console.log(
    `  import ${ms(imported.median)}${spread(imported)}: parse + validate ${ms(median((run) => run.parseMs))}, plan against ${pipeline.existing.toLocaleString('en-US')} stored ${ms(median((run) => run.planMs))}, one-transaction write ${ms(median((run) => run.writeMs))} (target ≤ ${ms(IMPORT_TARGET_MS)})`,
  );
  console.log(`  preview: ${last.previewText}; ${last.progressEvents} progress reports`);
}

