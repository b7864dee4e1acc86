/**
 * `npx tsx test/build/content-script-contents.ts`: what is in each helpdesk content script and
 * each on-demand injected script, module by module. Builds them again with sourcemaps (into a
 * temporary folder; .output/ is left alone), attributes every byte of the minified file to the
 * source it came from, and prints each module's cost: the gzipped bytes the file loses without
 * that module's code (gzip -9, as content-script-size.ts measures), and its minified bytes.
 * zod's modules are summed apart: what validation costs next to the script's own code.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { build } from 'wxt';

const root = resolve(import.meta.dirname, '../..');
const SCRIPTS = ['content-scripts/gmail.js', 'content-scripts/intercom.js', 'content-scripts/zendesk.js', 'composer-actions.js', 'zendesk-api-relay.js', 'gmail-print-view.js', 'zendesk-page-reader.js', 'page-structure.js'];

/** A source's module name: the file under the project or node_modules/<package>/…. */
function moduleOf(source: string | null): string {
  if (!source) return '(unmapped)';
  const inPackage = /node_modules\/(.+)$/.exec(source);
  return inPackage ? inPackage[1]! : source.replace(/^(\.\.\/)+/, '').replace(/^.*?\/(entrypoints|utils|components)\//, '$1/');
}

function attribute(code: string, map: RawSourceMap): string[] {
  const owner = new Array<string>(code.length).fill('(unmapped)');
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const mappings: { line: number; column: number; source: string | null }[] = [];
  new SourceMapConsumer(map).eachMapping((m) => mappings.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source }));
  mappings.sort((a, b) => a.line - b.line || a.column - b.column);
  mappings.forEach((mapping, i) => {
    const next = mappings[i + 1];
    const start = lineStarts[mapping.line - 1]! + mapping.column;
    const end = next ? lineStarts[next.line - 1]! + next.column : code.length;
    owner.fill(moduleOf(mapping.source), start, end);
  });
  return owner;
}

const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

const outDir = await mkdtemp(join(tmpdir(), 'replyloop-contents-'));
try {
  await build({
    root,
    outDir,
    filterEntrypoints: ['gmail', 'intercom', 'zendesk', 'composer-actions', 'zendesk-api-relay', 'gmail-print-view', 'zendesk-page-reader', 'page-structure'],
    vite: () => ({ build: { sourcemap: true } }),
  });
  for (const script of SCRIPTS) {
    const path = join(outDir, 'chrome-mv3', script);
    const code = await readFile(path, 'utf8');
    const owner = attribute(code, JSON.parse(await readFile(`${path}.map`, 'utf8')) as RawSourceMap);
    const total = gz(code);
    const rows = [...new Set(owner)].map((module) => {
      const without = owner.reduce((kept, who, i) => (who === module ? kept : kept + code[i]), '');
      return { module, minified: owner.filter((who) => who === module).length, gzipped: total - gz(without) };
    });
    rows.sort((a, b) => b.gzipped - a.gzipped);
    const zod = owner.reduce((kept, who, i) => (who.startsWith('zod/') ? kept + code[i] : kept), '');
    const own = owner.reduce((kept, who, i) => (who.startsWith('zod/') ? kept : kept + code[i]), '');
    console.log(`\n${script}: ${kb(total)} gzipped, ${kb(code.length)} minified; ${zod ? `zod alone ${kb(gz(zod))}, the rest alone ${kb(gz(own))}` : 'no zod'}`);
    for (const { module, minified, gzipped } of rows) console.log(`  ${String(gzipped).padStart(6)} B gz ${String(minified).padStart(7)} B min  ${module}`);
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}
