/**
 * Cold load in Chromium: N×d vectors written to IndexedDB as packed blocks,
 * then read back and built into an index after a page reload (like a worker
 * restart) and after a browser restart. Also times queries in Chromium's
 * engine on the loaded index.
 */
import type { Page } from '@playwright/test';
import { benchBrowser, bundleForBrowser } from './bench-page';
import { summarise, type Summary } from './stats';
import type { ColdLoadRun, VectorBench } from './vector-cold-load.page';

const ORIGIN = 'https://vector-bench.replyloop.test';

export interface ColdLoadFigures {
  n: number;
  d: number;
  writeMs: number;
  blocks: number;
  /** After a page reload: the browser's own caches may be warm. */
  afterReload: ColdLoadRun[];
  /** After a browser restart: a new process reads the profile. */
  afterRestart: ColdLoadRun;
  chromiumQueryMs: Summary;
  /** The first query after the restart, before WebAssembly has tiered up. */
  chromiumFirstQueryMs: number;
}

type BenchGlobal = { vectorBench: VectorBench };

function load(page: Page): Promise<ColdLoadRun> {
  return page.evaluate(() => (globalThis as unknown as BenchGlobal).vectorBench.load());
}

export async function measureColdLoads(
  sizes: readonly { n: number; d: number }[],
  plan: { reloads: number; queries: number },
  onResult: (figures: ColdLoadFigures) => void,
): Promise<void> {
  const browser = await benchBrowser(ORIGIN, await bundleForBrowser('vector-cold-load.page.ts'));
  try {
    for (const { n, d } of sizes) {
      let page = await browser.open();
      const written = await page.evaluate((size) => (globalThis as unknown as BenchGlobal).vectorBench.write(size.n, size.d), { n, d });
      const afterReload: ColdLoadRun[] = [];
      for (let run = 0; run < plan.reloads; run += 1) {
        await page.reload();
        afterReload.push(await load(page));
      }
      page = await browser.open();
      const afterRestart = await load(page);
      const times = await page.evaluate((count) => (globalThis as unknown as BenchGlobal).vectorBench.queryTimes(count), plan.queries);
      await page.evaluate(() => (globalThis as unknown as BenchGlobal).vectorBench.clear());
      onResult({ n, d, writeMs: written.ms, blocks: written.blocks, afterReload, afterRestart, chromiumQueryMs: summarise(times), chromiumFirstQueryMs: times[0]! });
    }
  } finally {
    await browser.close();
  }
}
