/**
 * `npm run bench [-- --json] [--quick] [name…]`: runs every benchmark, or the
 * named ones. --json prints one JSON object per line; --quick runs a small
 * subset (a smoke test). Each benchmark is one line in BENCHES.
 */
// First: export and import word their notices through browser.i18n, which Node answers from locales/en.yml.
import '../support/english-i18n';
import { z } from 'zod';
import { buildEditorPages } from '../editors/build';
import { runPipelineBench } from './pipeline';
import { runDraftAheadBench } from './draft-ahead';
import { runSpaLatencyBench } from './spa-latency';
import { runSyncBench } from './sync';
import { runVectorSearchBench } from './vector-search';
import { runWorkerColdLoadBench } from './worker-cold-load';

type Bench = (options: { json: boolean; quick: boolean }) => Promise<void>;

const BENCHES: Record<string, Bench> = {
  'vector-search': runVectorSearchBench,
  // Needs the built extension (npm run build).
  'spa-latency': runSpaLatencyBench,
  // Needs the built extension too: the real service worker, seeded through Team sync.
  pipeline: runPipelineBench,
  // Needs the built extension too: correction memory opened in its service worker after a browser restart.
  'worker-cold-load': runWorkerColdLoadBench,
  sync: runSyncBench,
  // Needs the built extension too.
  'draft-ahead': runDraftAheadBench,
};

const argsSchema = z.array(
  z.union([z.literal('--json'), z.literal('--quick'), z.enum(Object.keys(BENCHES) as [string, ...string[]])], {
    error: (issue) => `"${String(issue.input)}" is neither --json, --quick nor a benchmark name`,
  }),
);

const parsed = argsSchema.safeParse(process.argv.slice(2));
if (!parsed.success) {
  console.error(`usage: npm run bench -- [--json] [--quick] [${Object.keys(BENCHES).join(' | ')} …]\n${z.prettifyError(parsed.error)}`);
  process.exit(2);
}
const options = { json: parsed.data.includes('--json'), quick: parsed.data.includes('--quick') };
const chosen = parsed.data.filter((arg) => !arg.startsWith('--'));
// The helpdesk fixtures load real editors (CKEditor 5 in Zendesk's): Playwright's global setup
// bundles them for the e2e tests, but on a fresh clone a bench run may come first.
await buildEditorPages();
for (const name of chosen.length > 0 ? chosen : Object.keys(BENCHES)) {
  if (!options.json) console.log(`\n== ${name} ==`);
  await BENCHES[name]!(options);
}
