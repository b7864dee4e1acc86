/**
 * npm run eval:novelty -- --data FILE.csv [--json] [--seed N] [--held-out SHARE]
 *                         [--per-intent-memory M] [--dimensions D]
 *
 * Measures "new question type", one of the reasons level 2 sends a draft to
 * review. A seeded share of the intents is kept out of correction memory
 * altogether; the other intents put M corrections each in memory, and every
 * remaining utterance is a query. A query's novelty is 1 − its nearest
 * memory similarity (what routing compares with the category's novelty
 * threshold). Prints the AUROC of novelty for "this query's intent is not in
 * memory", and how many new and known queries routing calls new at the
 * default threshold. With --json the last line is one JSON object.
 */
import { z } from 'zod';
import { categorySettingsSchema } from '@/utils/autonomy/categories';
import { dot } from '@/utils/memory/embedding/embedder';
import { DEFAULT_OFFLINE_DIMENSIONS, createOfflineEmbedder } from '@/utils/memory/embedding/offline/offline-embedder';
import { uniqueUtterances, type BitextRow } from './bitext-csv';
import { readCliOptions } from './cli-options';
import { readLabelledData } from './luis-app';
import { auroc, rateAtOrAbove, splitByNovelty } from './novelty-metrics';

const TARGET_AUROC = 0.9;
const DEFAULT_MEMORY_PER_INTENT = 20;
const DEFAULT_HELD_OUT_SHARE = 0.25;
/** The novelty threshold a category starts with: a draft is a new question type below this nearest similarity. */
const ROUTING_THRESHOLD = categorySettingsSchema.parse({ id: 'eval', label: 'eval' }).noveltyThreshold;

const positive = (flag: string) => z.coerce.number({ error: `${flag} must be a number` }).int(`${flag} must be an integer`).positive(`${flag} must be positive`);

const optionsSchema = z.object({
  data: z.string({ error: '--data FILE.csv is required' }).min(1, '--data FILE.csv is required'),
  json: z.boolean().default(false),
  seed: z.coerce.number({ error: '--seed must be a number' }).int('--seed must be an integer').default(1),
  'held-out': z.coerce
    .number({ error: '--held-out must be a number' })
    .gt(0, '--held-out must be between 0 and 1')
    .lt(1, '--held-out must be between 0 and 1')
    .default(DEFAULT_HELD_OUT_SHARE),
  'per-intent-memory': positive('--per-intent-memory').default(DEFAULT_MEMORY_PER_INTENT),
  dimensions: positive('--dimensions').default(DEFAULT_OFFLINE_DIMENSIONS),
});

const readOptions = () =>
  readCliOptions(optionsSchema, { booleans: ['json'], strings: ['data', 'seed', 'held-out', 'per-intent-memory', 'dimensions'] });

/** 1 − the best similarity to anything in memory, for each query. */
function noveltyScores(memoryVectors: readonly Float32Array[], queryVectors: readonly Float32Array[]): number[] {
  return queryVectors.map((query) => {
    let nearest = -1;
    for (const known of memoryVectors) nearest = Math.max(nearest, dot(known, query));
    return 1 - nearest;
  });
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

async function main(): Promise<void> {
  const options = readOptions();
  const rows = uniqueUtterances(await readLabelledData(options.data));
  const split = splitByNovelty(rows, (row: BitextRow) => row.intent, {
    heldOutShare: options['held-out'],
    memoryPerIntent: options['per-intent-memory'],
    seed: options.seed,
  });
  if (split.known.length === 0) throw new Error(`${options.data}: no kept intent has more than ${options['per-intent-memory']} utterances, so no known query is left.`);

  const embedder = createOfflineEmbedder(options.dimensions);
  const texts = (items: readonly BitextRow[]) => items.map((row) => row.utterance);
  const memoryVectors = await embedder.embed(texts(split.memory));
  const known = noveltyScores(memoryVectors, await embedder.embed(texts(split.known)));
  const novel = noveltyScores(memoryVectors, await embedder.embed(texts(split.novel)));

  const threshold = 1 - ROUTING_THRESHOLD;
  const figures = {
    noveltyAuroc: auroc(novel, known),
    routingThreshold: ROUTING_THRESHOLD,
    newFlaggedRate: rateAtOrAbove(novel, threshold),
    knownFlaggedRate: rateAtOrAbove(known, threshold),
    heldOutIntents: split.heldOut,
    newQueries: novel.length,
    knownQueries: known.length,
    embedder: embedder.id,
  };
  console.log(`Novelty ("new question type") on ${options.data}, ${embedder.id}`);
  console.log(`  held out of memory (seed ${options.seed}): ${split.heldOut.join(', ')}`);
  console.log(`  memory: ${split.memory.length} corrections (${options['per-intent-memory']} per kept intent); queries: ${novel.length} new, ${known.length} known\n`);
  console.log(`  AUROC of novelty for "intent not in memory": ${figures.noveltyAuroc.toFixed(3)} (target ≥ ${TARGET_AUROC}: ${figures.noveltyAuroc >= TARGET_AUROC ? 'met' : 'MISSED'})`);
  console.log(`  at the routing threshold (nearest similarity < ${ROUTING_THRESHOLD}):`);
  console.log(`    new question types called new    ${percent(figures.newFlaggedRate)}`);
  console.log(`    known question types called new  ${percent(figures.knownFlaggedRate)} (sent to review as "new question type")`);
  if (options.json) console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(`eval:novelty: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
