/**
 * Bundles the real editor test pages (test/editors/pages/*.ts) and the insertion code into
 * test/fixtures/editors/dist/, where the matrix test and the helpdesk fixtures load them.
 * Run by Playwright's global setup; by hand: `npx tsx test/editors/build.ts`.
 */
import { build } from 'esbuild';
import { readdir } from 'node:fs/promises';
import { basename, resolve } from 'node:path';

const HERE = import.meta.dirname;
export const EDITORS_DIST = resolve(HERE, '../fixtures/editors/dist');

/** Draft.js needs React 18 (it calls ReactDOM.findDOMNode, gone in React 19). */
const REACT_18 = { react: 'react18', 'react-dom': 'react-dom18' };

export async function buildEditorPages(): Promise<string[]> {
  const pages = (await readdir(resolve(HERE, 'pages'))).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
  await Promise.all(
    pages.map((file) =>
      build({
        entryPoints: [resolve(HERE, 'pages', file)],
        outfile: resolve(EDITORS_DIST, `${basename(file, '.ts')}.js`),
        bundle: true,
        format: 'iife',
        target: 'chrome120',
        logLevel: 'warning',
        alias: file.startsWith('draft-js') ? REACT_18 : {},
        define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
        loader: { '.css': 'empty' },
      }),
    ),
  );
  return pages.map((file) => basename(file, '.ts'));
}

if (process.argv[1] === import.meta.filename) {
  const built = await buildEditorPages();
  console.log(`built ${built.length} editor pages into ${EDITORS_DIST}: ${built.join(', ')}`);
}
