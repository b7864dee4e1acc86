/**
 * `npm run bench -- --json pipeline | npx tsx test/bench/readme-table.ts`:
 * turns the pipeline benchmark's JSON rows into the README's table, so the
 * figures there are the ones a run printed.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';

const timingRow = z.object({
  metric: z.enum(['pipeline_ms', 'ticket_open_to_model_ms']),
  corrections: z.number(),
  state: z.enum(['warm', 'after_stop']),
  build: z.string().optional(),
  min: z.number(),
  median: z.number(),
  p95: z.number(),
  max: z.number(),
  load: z.number(),
});
const memoryRow = z.object({ metric: z.literal('worker_memory_mb'), n: z.number(), d: z.number(), rss_mb: z.number(), vectors_mb: z.number() });

const timings: z.infer<typeof timingRow>[] = [];
const memory: z.infer<typeof memoryRow>[] = [];
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.startsWith('{')) continue;
  const value: unknown = JSON.parse(line);
  const timing = timingRow.safeParse(value);
  if (timing.success) timings.push(timing.data);
  const used = memoryRow.safeParse(value);
  if (used.success) memory.push(used.data);
}

const what = {
  'pipeline_ms:warm': 'report reaches the worker → model request, warm',
  'ticket_open_to_model_ms:warm': 'ticket opened → model request, warm',
  'pipeline_ms:after_stop': 'page ready (DOMContentLoaded) → model request, after a worker stop',
  'ticket_open_to_model_ms:after_stop': 'ticket opened → model request, after a worker stop',
} as Record<string, string>;
console.log('| Corrections (384 d) | What | min | median | p95 | max | load avg |');
console.log('|---|---|---|---|---|---|---|');
for (const row of timings) {
  const label = `${what[`${row.metric}:${row.state}`] ?? `${row.metric} ${row.state}`}${row.build ? ` (${row.build})` : ''}`;
  console.log(`| ${row.corrections.toLocaleString('en')} | ${label} | ${row.min.toFixed(0)} ms | ${row.median.toFixed(0)} ms | ${row.p95.toFixed(0)} ms | ${row.max.toFixed(0)} ms | ${row.load.toFixed(1)} |`);
}
for (const row of memory) {
  console.log(`| ${row.n.toLocaleString('en')} | extension process resident (worker, no page open) | | ${row.rss_mb} MB | | | vectors alone ${row.vectors_mb} MB |`);
}
