/**
 * `npm run check:content-size` (after `npm run build`): every helpdesk
 * content script stays under its gzipped size limit. Content scripts load on
 * every helpdesk page, so their size is paid on each navigation; they import
 * only the zod/mini schemas of what they receive (utils/messaging/content-messages.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The issue (#14) asks for 10 KB. What each script holds, module by module:
 * `npx tsx test/build/content-script-contents.ts` (sourcemap attribution of the built file).
 * Each validates only worker messages (zod/mini's floor, about 4.4 KB: `npx tsx test/build/zod-mini-cost.ts`)
 * and Gmail a one-string own-addresses answer. What most reads do without is injected on demand
 * (below); Zendesk's API answers are checked by the worker (utils/adapters/zendesk-answer-check.ts).
 * Zendesk's reply-box lookups (composer, Send, channel switcher) are needed only to insert or send,
 * so they travel with the composer actions (utils/adapters/zendesk-reply-box.ts), not the page script.
 */
export const CONTENT_SCRIPT_LIMITS_KB: Record<string, number> = { 'intercom.js': 10, 'gmail.js': 10, 'zendesk.js': 10 };
/** Injected on demand, never loaded with a helpdesk page. */
const ON_DEMAND = [
  // entrypoints/composer-actions.ts: by the worker, when an approved reply is inserted; it validates the request (zod/mini).
  // 11.5: it carries Zendesk's reply-box lookups, moved out of the page script (loaded once per insertion, not per page).
  { file: 'composer-actions.js', limitKb: 11.5 },
  // entrypoints/zendesk-api-relay.ts: by the worker, before draft-ahead's API requests go through a Zendesk tab; it validates the request (zod/mini).
  { file: 'zendesk-api-relay.js', limitKb: 6.5 },
  // entrypoints/gmail-print-view.ts, zendesk-page-reader.ts: by the worker, the first time a read needs them (utils/page/reader-parts.ts); no zod.
  { file: 'gmail-print-view.js', limitKb: 2.5 },
  { file: 'zendesk-page-reader.js', limitKb: 3 },
  // entrypoints/page-structure.ts: by the side panel, when the agent copies the page structure for a bug report; no zod.
  { file: 'page-structure.js', limitKb: 1.5 },
];

const folder = resolve(import.meta.dirname, '../../.output/chrome-mv3/content-scripts');
const files = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.js'));
if (files.length === 0) {
  console.error(`no content scripts in ${folder}: run npm run build first`);
  process.exit(2);
}
const unknown = files.filter((name) => CONTENT_SCRIPT_LIMITS_KB[name] === undefined);
if (unknown.length > 0) {
  console.error(`no size limit for ${unknown.join(', ')}: add one to CONTENT_SCRIPT_LIMITS_KB`);
  process.exit(1);
}
const checked = [
  ...files.map((name) => ({ path: join(folder, name), name, limitKb: CONTENT_SCRIPT_LIMITS_KB[name]! })),
  ...ON_DEMAND.map(({ file, limitKb }) => ({ path: resolve(folder, '..', file), name: file, limitKb })),
];
let failed = false;
for (const { path, name, limitKb } of checked) {
  const gzipped = gzipSync(await readFile(path), { level: 9 }).length;
  const ok = gzipped <= limitKb * 1024;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'TOO BIG'} ${name}: ${(gzipped / 1024).toFixed(1)} KB gzipped (limit ${limitKb} KB)`);
}
process.exit(failed ? 1 : 0);
