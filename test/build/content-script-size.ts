/**
 * `npm run check:content-size` (after `npm run build`): every helpdesk
 * content script stays under its gzipped size limit. Content scripts load on
 * every helpdesk page, so their size is paid on each navigation; they import
 * only the zod/mini schemas they validate (utils/messaging/content-messages.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The issue (#14) asks for 10 KB; not reachable while the content scripts validate with zod/mini.
 * Measured (`npx tsx test/build/zod-mini-cost.ts`: esbuild, minified, gzip -9):
 * zod/mini costs 4.4 KB gzipped for ONE z.object({ type: z.literal(…) }).safeParse — its core
 * ($constructor, $ZodType, parse and issue handling, the object schema) — and each further kind adds
 * 0.1–0.6 KB (a string with length checks 0.6, number bounds 0.5, refine 0.5, union 0.4, array
 * 0.4, startsWith 0.3); all of them 6.7 KB, and what the content scripts validate 6.0–6.5 KB. zod/mini ships no locale
 * (no z.config() error map is pulled in) and no regexes beyond startsWith's. The scripts' own code,
 * zod left out (sourcemap attribution), is 6.7 (intercom), 7.1 (gmail) and 8.2 KB (zendesk: its
 * API reader and the draft-ahead relay): with zod's floor alone that is 11–12.6 KB. The insertion
 * and undo countdown (~4.4 KB) and the page-structure report (~0.9 KB) are injected on demand
 * instead (below). Pinned at what remains, to stop growth.
 */
export const CONTENT_SCRIPT_LIMIT_BYTES = 14 * 1024;
/** Injected on demand, never loaded with a helpdesk page, no zod. */
const ON_DEMAND = [
  // entrypoints/composer-actions.ts: by the worker, when an approved reply is inserted.
  { file: 'composer-actions.js', limitBytes: 4.5 * 1024 },
  // entrypoints/page-structure.ts: by the side panel, when the agent copies the page structure for a bug report.
  { file: 'page-structure.js', limitBytes: 1.5 * 1024 },
];

const folder = resolve(import.meta.dirname, '../../.output/chrome-mv3/content-scripts');
const files = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.js'));
const checked = [
  ...files.map((name) => ({ path: join(folder, name), name, limit: CONTENT_SCRIPT_LIMIT_BYTES })),
  ...ON_DEMAND.map(({ file, limitBytes }) => ({ path: resolve(folder, '..', file), name: file, limit: limitBytes })),
];
if (files.length === 0) {
  console.error(`no content scripts in ${folder}: run npm run build first`);
  process.exit(2);
}
let failed = false;
for (const { path, name, limit } of checked) {
  const gzipped = gzipSync(await readFile(path), { level: 9 }).length;
  const ok = gzipped <= limit;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'TOO BIG'} ${name}: ${(gzipped / 1024).toFixed(1)} KB gzipped (limit ${limit / 1024} KB)`);
}
process.exit(failed ? 1 : 0);
