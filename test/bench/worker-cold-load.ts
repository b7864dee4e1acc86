/**
 * Cold start of correction memory in the REAL service worker of the built
 * extension (npm run build first): N×d sample corrections with vectors are
 * written into the extension's own IndexedDB, then the browser is restarted
 * (a new process: nothing of memory is warm) and, in the new worker, memory
 * is opened as at a worker start (blocks read, the full check of the
 * database's keys, the query embedded) up to the first answered top-10
 * recall. After memory has settled, the extension process's resident memory
 * (no extension page is open: the worker alone) is read with ps, against
 * the vectors' own bytes.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../support/browser';
import { bundleForBrowser } from './bench-page';
import { describeSamples } from './stats';
import type { WorkerBench } from './worker-cold-load.page';

const TARGET_COLD_LOAD_MS = 750;
/** Worker memory with the index loaded, as a multiple of the vectors' own float32 bytes. */
const TARGET_MEMORY_RATIO = 2;

type BenchGlobal = { workerBench: WorkerBench };

/** The extension renderer process (the worker's, when no extension page is open) of the Chromium that uses `profile`. */
function extensionProcess(profile: string): { pid: string; rssKb: number } | null {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/))
    .filter((match) => match !== null)
    .map(([, pid, ppid, rss, args]) => ({ pid: pid!, ppid: ppid!, rssKb: Number(rss), args: args! }));
  const browser = rows.find((row) => row.args.includes(`--user-data-dir=${profile}`) && !row.args.includes('--type='));
  if (!browser) return null;
  // Renderers are children of the zygote, itself a child of the browser.
  const family = new Set([browser.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const row of rows) if (family.has(row.ppid) && !family.has(row.pid)) (family.add(row.pid), (grew = true));
  }
  return rows.find((row) => family.has(row.pid) && row.args.includes('--extension-process')) ?? null;
}

function extensionProcessMb(profile: string): number | null {
  const found = extensionProcess(profile);
  return found && found.rssKb / 1024;
}

/**
 * CPU milliseconds (user + system) the process has used: on a loaded machine, the part of
 * a cold start's wall time that is the code's own work rather than waiting for a core.
 */
function cpuMsOf(pid: string): number {
  // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in clock ticks (100 a second on Linux).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Reads until three readings a second apart agree within 2 MB (V8 returns freed memory lazily). */
async function settledMb(profile: string): Promise<number | null> {
  const readings: number[] = [];
  for (let round = 0; round < 30; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const mb = extensionProcessMb(profile);
    if (mb === null) return null;
    readings.push(mb);
    const lastThree = readings.slice(-3);
    if (lastThree.length === 3 && Math.max(...lastThree) - Math.min(...lastThree) < 2) break;
  }
  return readings.at(-1)!;
}

async function workerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

interface Run {
  ms: number;
  firstEmbedMs: number;
  /** CPU time the extension process used from the script's evaluation to the answered recall. */
  cpuMs: number | null;
  beforeMb: number | null;
  afterMb: number | null;
  /** The recall's pipeline marks, after memory was created. */
  stages: Record<string, number>;
  rowChunks: number;
}

/** Each marked stage's times over the runs, in the order first marked. */
function stageSamples(runs: readonly Run[]): Map<string, number[]> {
  const samples = new Map<string, number[]>();
  for (const run of runs) for (const [stage, ms] of Object.entries(run.stages)) samples.set(stage, [...(samples.get(stage) ?? []), ms]);
  return samples;
}

export async function runWorkerColdLoadBench(options: { json: boolean; quick: boolean }): Promise<void> {
  const n = options.quick ? 10_000 : 100_000;
  const d = 384;
  const restarts = options.quick ? 2 : 5;
  const script = await bundleForBrowser('worker-cold-load.page.ts');
  const profile = await mkdtemp(join(tmpdir(), 'replyloop-worker-bench-'));
  const runs: Run[] = [];
  try {
    const seeding = await launchWithExtension({ profile });
    const page = await seeding.context.newPage();
    await page.goto(`chrome-extension://${seeding.extensionId}/options.html`);
    await page.evaluate(script);
    const seeded = await page.evaluate((size) => (globalThis as unknown as BenchGlobal).workerBench.seed(size.n, size.d), { n, d });
    if (!options.json) console.log(`  ${n.toLocaleString('en')} corrections × ${d} d written to the extension's IndexedDB in ${Math.round(seeded.ms)} ms`);
    await seeding.context.close();

    for (let run = 0; run < restarts; run += 1) {
      const { context } = await launchWithExtension({ profile });
      try {
        const worker = await workerOf(context);
        const beforeMb = await settledMb(profile);
        const pid = extensionProcess(profile)?.pid;
        const cpuBefore = pid === undefined ? null : cpuMsOf(pid);
        await worker.evaluate(script);
        const answer = await worker.evaluate((dimensions) => (globalThis as unknown as BenchGlobal).workerBench.firstSearch(dimensions), d);
        const cpuMs = pid === undefined || cpuBefore === null ? null : cpuMsOf(pid) - cpuBefore;
        if (answer.matches !== 10) throw new Error(`the first recall found ${answer.matches} matches, not 10`);
        await worker.evaluate(() => (globalThis as unknown as BenchGlobal).workerBench.settle());
        runs.push({ ms: answer.ms, firstEmbedMs: answer.firstEmbedMs, cpuMs, beforeMb, afterMb: await settledMb(profile), stages: answer.stages, rowChunks: answer.rowChunks });
      } finally {
        await context.close();
      }
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }

  const load = loadavg()[0]!;
  const vectorsMb = (n * d * 4) / 1024 / 1024;
  const cold = describeSamples(runs.map((run) => run.ms));
  const firstEmbed = describeSamples(runs.map((run) => run.firstEmbedMs));
  const cpu = runs.map((run) => run.cpuMs).filter((ms) => ms !== null);
  const cpuTime = cpu.length > 0 ? describeSamples(cpu) : null;
  const after = runs.map((run) => run.afterMb).filter((mb) => mb !== null);
  const delta = runs.filter((run) => run.afterMb !== null && run.beforeMb !== null).map((run) => run.afterMb! - run.beforeMb!);
  const memory = after.length > 0 ? describeSamples(after) : null;
  const memoryDelta = delta.length > 0 ? describeSamples(delta) : null;
  if (options.json) {
    console.log(JSON.stringify({ metric: 'worker_cold_load_ms', n, d, after: 'browser restart', until: 'first answered recall', ...cold, target: TARGET_COLD_LOAD_MS, load }));
    if (cpuTime) console.log(JSON.stringify({ metric: 'worker_cold_load_cpu_ms', n, d, process: 'extension renderer', ...cpuTime, load }));
    console.log(JSON.stringify({ metric: 'worker_first_embed_ms', n, d, embedder: 'offline-hash-v2', ...firstEmbed, load }));
    for (const [stage, samples] of stageSamples(runs)) console.log(JSON.stringify({ metric: 'worker_cold_load_stage_ms', stage, n, d, ...describeSamples(samples), load }));
    console.log(JSON.stringify({ metric: 'worker_cold_load_row_chunks', n, d, ...describeSamples(runs.map((run) => run.rowChunks)), load }));
    if (memory && memoryDelta) {
      console.log(
        JSON.stringify({ metric: 'worker_memory_mb', n, d, process: 'extension renderer (worker only)', ...memory, index_delta: memoryDelta, vectors_mb: Math.round(vectorsMb), target: TARGET_MEMORY_RATIO * Math.round(vectorsMb), load }),
      );
    }
    return;
  }
  const row = ({ min, median, p95, max, samples }: ReturnType<typeof describeSamples>, unit: string) =>
    `min ${min.toFixed(0)}  median ${median.toFixed(0)}  p95 ${p95.toFixed(0)}  max ${max.toFixed(0)} ${unit} (${samples} runs)`;
  console.log(`Correction memory in the built extension's service worker, ${n.toLocaleString('en')} × ${d} d, after a browser restart:`);
  console.log(`  memory opened → first answered top-10 recall: ${row(cold, 'ms')} (target ≤ ${TARGET_COLD_LOAD_MS} ms)`);
  console.log(`    of it, the offline embedder's first answer: ${row(firstEmbed, 'ms')}`);
  for (const [stage, samples] of stageSamples(runs)) console.log(`    memory created → ${stage}: ${row(describeSamples(samples), 'ms')}`);
  console.log(`    float32 row chunks the first recall read: ${row(describeSamples(runs.map((run) => run.rowChunks)), '')}`);
  if (cpuTime) console.log(`  CPU time the extension process used meanwhile (what a free core would take, roughly): ${row(cpuTime, 'ms')}`);
  if (memory && memoryDelta) {
    console.log(`  extension process resident, memory loaded: ${row(memory, 'MB')}; of it, loading memory: ${row(memoryDelta, 'MB')}`);
    console.log(`  the vectors' own bytes: ${vectorsMb.toFixed(0)} MB (target ≤ ${TARGET_MEMORY_RATIO}× = ${(TARGET_MEMORY_RATIO * vectorsMb).toFixed(0)} MB)`);
  } else {
    console.log('  extension process memory: not found with ps');
  }
  console.log(`  load average: ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
}
