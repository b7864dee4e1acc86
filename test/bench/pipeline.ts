/**
 * The pipeline overhead agents feel, in the REAL service worker of the built
 * extension (npm run build first): from the content script's conversation
 * report reaching the worker to the model request arriving at the local
 * model server, at 0 / 10k / 100k corrections of 384 dimensions, warm and
 * after the worker was stopped (CDP ServiceWorker.stopAllWorkers). A stopped
 * worker's restart cannot be watched from inside, so after a stop the time
 * runs from the ticket page's DOMContentLoaded (before the content script
 * runs, so the worker's start is in it) and, for comparison, from opening.
 *
 * Memory is seeded through the real path: a memory file (with vectors of the
 * embedder in use) imported in options with Team sync; the worker then
 * indexes it as it would for an agent. The embedder is the endpoint's
 * /v1/embeddings at 384 dimensions, served by the local model server, so
 * every draft also embeds its query over HTTP as it would in use. The
 * server runs in a process of its own, so this busy process does not delay
 * its answers (model-server-process.ts).
 *
 * Side by side: PIPELINE_BASELINE=<another build's .output/chrome-mv3>
 * measures that build too, size by size in the same run (rows then carry
 * `build`). PIPELINE_SIZES=0,10000 picks the sizes. The worktree's build
 * also reports where the time goes, from its pipeline marks
 * (utils/metrics/pipeline-trace.ts), as `pipeline_stage_ms` rows.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { startModelServerProcess, type ModelServerProcess } from './model-server-process';
import { configureModel, launchWithExtension } from '../support/browser';
import { serveTicketVariant } from '../support/zendesk-pages';
import { DEFAULT_TAXONOMY } from '../../utils/autonomy/categories';
import { embedderId } from '../../utils/memory/embedding/embedder';
import { exportMemoryFile } from '../../utils/sync/export';
import { sampleCorrection, sampleVector } from '../../utils/sync/sample-memory';
import { describeSamples } from './stats';

const DIMENSIONS = 384;
const EMBEDDING_MODEL = 'replyloop-embed';
const TARGET_WARM_P95_MS = 50;
const TARGET_AFTER_STOP_MS = 750;

interface Plan {
  sizes: number[];
  warm: number;
  afterStop: number;
}

function planFor(quick: boolean): Plan {
  const plan = quick ? { sizes: [0, 1_000], warm: 5, afterStop: 2 } : { sizes: [0, 10_000, 100_000], warm: 20, afterStop: 5 };
  const sizes = process.env.PIPELINE_SIZES?.split(',').map(Number);
  if (sizes?.some((size) => !Number.isInteger(size) || size < 0)) throw new Error(`PIPELINE_SIZES must be whole numbers separated by commas, not "${process.env.PIPELINE_SIZES}"`);
  return sizes ? { ...plan, sizes } : plan;
}

/** The stages the worker marks, in path order (utils/metrics/pipeline-trace.ts). */
const STAGES = [
  'report',
  'recall-start',
  'recall-opened',
  'query-embedded',
  'recall-backlog',
  'rows-read',
  'index-searched',
  'recall-matched',
  'records-read',
  'recall-done',
  'draft-start',
  'prompt-built',
  'request',
  'stored',
] as const;
type Stage = (typeof STAGES)[number];

/** Turns the worker's pipeline marks on (a build without them ignores the flag). */
async function traceOn(worker: Worker): Promise<void> {
  await worker.evaluate(() => void ((globalThis as { __replyloopPipelineTrace?: boolean }).__replyloopPipelineTrace = true));
}

/** One draft's path: each stage's time after the report reached the intake, what its marks told, and background work meanwhile. */
interface DraftTrace {
  stages: Partial<Record<Stage, number>>;
  /** Chunks of float32 rows the recall read for its candidates (0: none needed). */
  rowChunks: number;
  /** Rows still without float32 values when the recall searched. */
  unloaded?: number;
  /** Milliseconds of background row loads between the report and the model request. */
  backgroundMs: number;
}

async function traceOf(worker: Worker, conversationId: string): Promise<DraftTrace> {
  // 'stored' comes after the request: give it a moment.
  await new Promise((done) => setTimeout(done, 300));
  const { marks, background } = await worker.evaluate((id) => {
    const marks = performance
      .getEntriesByType('mark')
      .filter((mark) => mark.name.endsWith(`:${id}`))
      .map((mark) => ({ stage: mark.name.split(':')[1]!, at: mark.startTime, detail: (mark as PerformanceMark).detail as Record<string, number> | null }));
    const background = performance
      .getEntriesByType('measure')
      .filter((measure) => measure.name.startsWith('replyloop-background:'))
      .map((measure) => ({ start: measure.startTime, end: measure.startTime + measure.duration }));
    return { marks, background };
  }, conversationId);
  const report = marks.find((mark) => mark.stage === 'report')?.at;
  if (report === undefined) return { stages: {}, rowChunks: 0, backgroundMs: 0 };
  const request = marks.find((mark) => mark.stage === 'request')?.at ?? Infinity;
  return {
    stages: Object.fromEntries(marks.map((mark) => [mark.stage, mark.at - report])),
    rowChunks: marks.filter((mark) => mark.stage === 'rows-read').reduce((sum, mark) => sum + (mark.detail?.chunks ?? 0), 0),
    unloaded: marks.find((mark) => mark.stage === 'index-searched')?.detail?.unloaded,
    backgroundMs: background.reduce((sum, { start, end }) => sum + Math.max(0, Math.min(end, request) - Math.max(start, report)), 0),
  };
}

type ArrivalGlobal = { __arrivals: { token: string; at: number }[] };

/** Records when each conversation report reaches this worker instance. */
async function listenForReports(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const global = globalThis as unknown as ArrivalGlobal;
    if (global.__arrivals) return;
    global.__arrivals = [];
    chrome.runtime.onMessage.addListener((message: { type?: string; conversation?: { id: string } }) => {
      if (message.type === 'conversation:seen' && message.conversation) global.__arrivals.push({ token: message.conversation.id, at: performance.timeOrigin + performance.now() });
    });
  });
}

async function arrivalOf(worker: Worker, conversationId: string): Promise<number> {
  return worker.evaluate(async (id) => {
    for (let waited = 0; waited < 30_000; waited += 5) {
      const found = (globalThis as unknown as ArrivalGlobal).__arrivals.find((entry) => entry.token === id);
      if (found) return found.at;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`the worker never saw ${id}`);
  }, conversationId);
}

let ticketNumber = 70_000;

/**
 * Opens a new ticket; resolves with its token (in the customer's message) and conversation id.
 * Served by routes of the page, not the context: a context's routes would hold up each of the
 * worker's requests to the model server while this busy process is asked about it (#14).
 */
async function openNewTicket(page: Page): Promise<{ token: string; conversationId: string; openedAt: number; readyAt: number }> {
  ticketNumber += 1;
  const token = `bench-token-${ticketNumber}`;
  const url = await serveTicketVariant(page, String(ticketNumber), `Hi, the parcel for order ${token} never arrived and tracking has not moved for a week. Can you refund or resend it?`);
  const openedAt = Date.now();
  await page.goto(url);
  // The page's DOMContentLoaded on the wall clock: content scripts run after it, so page ready → model request is
  // the extension's own share of a first draft (its content script, the worker's start, the draft), without the page load.
  const readyAt = await page.evaluate(() => performance.timeOrigin + (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
  return { token, conversationId: `zendesk:acme:${ticketNumber}`, openedAt, readyAt };
}

/** Waits until no draft is being written (read from the extension's IndexedDB through one of its pages). */
async function waitForDraftsWritten(probe: Page): Promise<void> {
  await probe.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('replyloop');
        open.onsuccess = () => {
          const count = open.result.transaction('drafts').objectStore('drafts').index('status').count('drafting');
          count.onsuccess = () => (open.result.close(), resolve(count.result === 0));
          count.onerror = () => (open.result.close(), resolve(false));
        };
        open.onerror = () => resolve(false);
      }),
    undefined,
    { timeout: 120_000, polling: 50 },
  );
}

async function currentWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
}

/** Writes a memory file of `count` sample corrections with vectors of `embedder`, for the options page to import. */
async function writeMemoryFile(path: string, count: number, embedder: { id: string; dimensions: number }): Promise<void> {
  async function* corrections() {
    for (let index = 0; index < count; index += 1) yield { record: sampleCorrection(index), vector: sampleVector(index, DIMENSIONS, embedder.id) };
  }
  const out = createWriteStream(path);
  for await (const chunk of exportMemoryFile({
    exporter: { name: 'Bench', app: 'ReplyLoop 0.1.0' },
    embedder,
    counts: { corrections: count, knowledge: 0, categories: DEFAULT_TAXONOMY.length },
    corrections: corrections(),
    knowledge: (async function* () {})(),
    categories: DEFAULT_TAXONOMY,
    settings: null,
    exportedAt: new Date(),
  })) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Imports the file through options → Team sync, as an agent would. */
async function importThroughOptions(context: BrowserContext, extensionId: string, path: string): Promise<number> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const started = Date.now();
  await options.locator('#memory-file').setInputFiles(path);
  await options.getByText('Nothing is written until you press Import.').waitFor({ timeout: 600_000 });
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await options.getByText('Imported:').waitFor({ timeout: 600_000 });
  const ms = Date.now() - started;
  await options.close();
  return ms;
}

/** Waits until the worker reports nothing left to index. */
async function waitUntilIndexed(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    for (;;) {
      const { memoryIndexing } = await chrome.storage.session.get('memoryIndexing');
      if (!memoryIndexing) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
}

/** Resident memory of the extension's renderer process (its worker; no extension page is open then), in MB. */
function extensionProcessMb(): number | null {
  const lines = execFileSync('ps', ['-eo', 'pid,ppid,rss,args'], { encoding: 'utf8' }).split('\n');
  const rows = lines.slice(1).map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/)).filter((match) => match !== null);
  const browserPid = rows.find((row) => row[4]!.includes(`--load-extension=`) && row[4]!.includes(import.meta.dirname.replace(/test\/bench$/, '')))?.[1];
  if (!browserPid) return null;
  // Renderers are forked by the zygote, a child of the browser: look through all descendants.
  const family = new Set([browserPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const row of rows) if (family.has(row[2]!) && !family.has(row[1]!)) (family.add(row[1]!), (grew = true));
  }
  const renderer = rows.find((row) => family.has(row[1]!) && row[4]!.includes('--extension-process'));
  return renderer ? Number(renderer[3]) / 1024 : null;
}

interface Build {
  /** Named in the rows only when two builds are compared. */
  label: string | null;
  dir?: string;
}

export async function runPipelineBench(options: { json: boolean; quick: boolean }): Promise<void> {
  const plan = planFor(options.quick);
  const baseline = process.env.PIPELINE_BASELINE;
  const builds: Build[] = baseline ? [{ label: 'baseline', dir: baseline }, { label: 'current' }] : [{ label: null }];
  const print = (row: Record<string, unknown>, text: string) => console.log(options.json ? JSON.stringify(row) : text);
  for (const corrections of plan.sizes) {
    for (const build of builds) await measureBuild(build, corrections, plan, print, options.json);
  }
  if (!options.json) {
    console.log(`Targets: warm p95 ≤ ${TARGET_WARM_P95_MS} ms at every size; after a worker stop ≤ ${TARGET_AFTER_STOP_MS} ms at 100k×384. Load average: ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
  }
}

/** Timed figures with what every row carries: min / median / p95 / max and the load they were taken under. */
const figures = (samples: number[]) => ({ ...describeSamples(samples), load: Math.round(loadavg()[0]! * 100) / 100 });

async function measureBuild(
  build: Build,
  corrections: number,
  plan: Plan,
  print: (row: Record<string, unknown>, text: string) => void,
  json: boolean,
): Promise<void> {
  const tag = build.label ? { build: build.label } : {};
  const named = build.label ? ` [${build.label}]` : '';
  const llm = await startModelServerProcess();
  const { context, extensionId } = await launchWithExtension(build.dir ? { extensionDir: build.dir } : {});
  const folder = await mkdtemp(join(tmpdir(), 'replyloop-pipeline-'));
  try {
    await configureModel(context, extensionId, llm);
    const embedder = { id: embedderId({ provider: 'openai', model: EMBEDDING_MODEL, dimensions: DIMENSIONS, endpoint: llm.baseURL }), dimensions: DIMENSIONS };
    let worker = await currentWorker(context);
    await worker.evaluate(
      (settings) => chrome.storage.local.set({ memorySettings: settings }),
      { embedder: 'endpoint', embeddingModel: EMBEDDING_MODEL, embeddingDimensions: DIMENSIONS },
    );
    if (corrections > 0) {
      const file = join(folder, 'memory.jsonl');
      await writeMemoryFile(file, corrections, embedder);
      const importMs = await importThroughOptions(context, extensionId, file);
      if (!json) console.log(`  ${corrections.toLocaleString()} corrections imported through options in ${importMs} ms${named}`);
    }
    const page = await context.newPage();
    // One draft first: the worker loads memory and checks it against the database after the import.
    await openNewTicket(page).then(({ token }) => llm.chatRequestAt(token, 600_000));
    worker = await currentWorker(context);
    await waitUntilIndexed(worker);

    const probe = await context.newPage();
    await probe.goto(`chrome-extension://${extensionId}/options.html`);
    await waitForDraftsWritten(probe);

    const warm: number[] = [];
    const warmFromOpening: number[] = [];
    const traces: DraftTrace[] = [];
    for (let run = 0; run < plan.warm; run += 1) {
      worker = await currentWorker(context);
      await listenForReports(worker);
      await traceOn(worker);
      await llm.forgetRequests();
      const { token, conversationId, openedAt } = await openNewTicket(page);
      const [arrival, request] = await Promise.all([arrivalOf(worker, conversationId), llm.chatRequestAt(token)]);
      warm.push(request - arrival);
      warmFromOpening.push(request - openedAt);
      await waitForDraftsWritten(probe);
      traces.push(await traceOf(worker, conversationId));
    }
    print(
      { metric: 'pipeline_ms', corrections, d: DIMENSIONS, state: 'warm', ...tag, ...figures(warm) },
      `  ${corrections.toLocaleString()} corrections, warm (report reaches the worker → model request)${named}: ${formatRow(warm)}`,
    );
    print(
      { metric: 'ticket_open_to_model_ms', corrections, d: DIMENSIONS, state: 'warm', ...tag, ...figures(warmFromOpening) },
      `  ${corrections.toLocaleString()} corrections, warm (ticket opened → model request)${named}: ${formatRow(warmFromOpening)}`,
    );
    printTraces(traces, corrections, tag, print);
    await probe.close();
    // A stopped worker cannot be watched from inside (Playwright does not attach to the restarted one), so this
    // is timed from the ticket opening: page load and the content script's read included (compare the warm row).
    const afterStop: number[] = [];
    const afterStopFromOpening: number[] = [];
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    let running = 'running';
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => (running = versions.at(-1)?.runningStatus ?? running));
    for (let run = 0; run < plan.afterStop; run += 1) {
      await page.goto('about:blank');
      await cdp.send('ServiceWorker.stopAllWorkers');
      for (let waited = 0; running !== 'stopped' && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      await llm.forgetRequests();
      const { token, openedAt, readyAt } = await openNewTicket(page);
      const request = await llm.chatRequestAt(token);
      afterStop.push(request - readyAt);
      afterStopFromOpening.push(request - openedAt);
      const settle = await context.newPage();
      await settle.goto(`chrome-extension://${extensionId}/options.html`);
      await waitForDraftsWritten(settle);
      await settle.close();
    }
    print(
      { metric: 'pipeline_ms', corrections, d: DIMENSIONS, state: 'after_stop', from: 'page_ready', ...tag, ...figures(afterStop) },
      `  ${corrections.toLocaleString()} corrections, after a worker stop (page ready → model request)${named}: ${formatRow(afterStop)}`,
    );
    print(
      { metric: 'ticket_open_to_model_ms', corrections, d: DIMENSIONS, state: 'after_stop', ...tag, ...figures(afterStopFromOpening) },
      `  ${corrections.toLocaleString()} corrections, after a worker stop (ticket opened → model request)${named}: ${formatRow(afterStopFromOpening)}`,
    );
    // Measured after the restarts, long after the import's options page closed (it runs in the same process).
    const memoryMb = extensionProcessMb();
    if (memoryMb !== null) {
      print(
        { metric: 'worker_memory_mb', n: corrections, d: DIMENSIONS, ...tag, rss_mb: Math.round(memoryMb), vectors_mb: Math.round((corrections * DIMENSIONS * 4) / 1e6) },
        `  extension process (the worker; no extension page open) resident: ${memoryMb.toFixed(0)} MB; the vectors themselves: ${((corrections * DIMENSIONS * 4) / 1e6).toFixed(0)} MB`,
      );
    }
  } finally {
    await context.close();
    await llm.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/** Where the warm drafts' time went, from the worker's marks (a build without them prints nothing). */
function printTraces(traces: DraftTrace[], corrections: number, tag: { build?: string }, print: (row: Record<string, unknown>, text: string) => void): void {
  const common = { corrections, d: DIMENSIONS, state: 'warm', ...tag };
  for (const stage of STAGES.slice(1)) {
    const samples = traces.flatMap(({ stages }) => (stages[stage] === undefined ? [] : [stages[stage]!]));
    if (samples.length === 0) continue;
    print({ metric: 'pipeline_stage_ms', stage, ...common, ...figures(samples) }, `    report → ${stage}: ${formatRow(samples)}`);
  }
  if (!traces.some((trace) => 'report' in trace.stages)) return;
  // Per draft, in run order: which drafts paid for row reads or background loads, and what the path took.
  const perDraft = traces.map((trace) => ({
    request: trace.stages.request ?? null,
    matched: trace.stages['recall-matched'] ?? null,
    embedded: trace.stages['query-embedded'] ?? null,
    rowChunks: trace.rowChunks,
    unloaded: trace.unloaded ?? null,
    backgroundMs: Math.round(trace.backgroundMs * 10) / 10,
  }));
  print(
    { metric: 'pipeline_drafts', ...common, drafts: perDraft },
    perDraft.map((draft, at) => `    draft ${at + 1}: request ${draft.request?.toFixed(1)} ms, matched ${draft.matched?.toFixed(1)}, embedded ${draft.embedded?.toFixed(1)}, row chunks read ${draft.rowChunks}, unloaded ${draft.unloaded}, background ${draft.backgroundMs} ms`).join('\n'),
  );
}

function formatRow(samples: number[]): string {
  const { min, median, p95, max } = describeSamples(samples);
  return `min ${min.toFixed(0)}  median ${median.toFixed(0)}  p95 ${p95.toFixed(0)}  max ${max.toFixed(0)} ms (${samples.length} drafts)`;
}

