/**
 * npm run eval:memory -- --data FILE.csv [--json] [--seed N]
 *                        [--per-intent-queries N | --per-intent-memory M] [--dimensions D]
 *                        [--categories A,B,…] [--embedder hashed|use-lite|use-lite+hashed]
 *                        [--hashed-weight W] [--backend wasm|cpu]
 *                        [--bm25-weight W] [--rerank none|neighbourhood] [--neighbourhood-weight L]
 *
 * How often correction memory retrieves a correction for the same intent as a
 * new message, with the offline embedder, beside a BM25 baseline.
 * --categories keeps only those categories (intent families), for figures on
 * families held out from whatever was tuned. --embedder use-lite embeds with
 * the Universal Sentence Encoder lite read from node_modules (tfjs, --backend);
 * use-lite+hashed concatenates it with the hashed features, those scaled by
 * --hashed-weight. --bm25-weight fuses BM25 (divided by the query's best
 * BM25 score) into the cosine at that weight; --rerank neighbourhood then
 * re-ranks the best candidates by how well their own neighbours score
 * (test/eval/reranking/rerank.ts). With --json
 * the only line printed is one JSON object with the figures.
 */
import { z } from 'zod';
import { concatenateEmbedders } from './sentence-encoder/concatenated-embedder';
import type { Embedder } from '@/utils/memory/embedding/embedder';
import { DEFAULT_OFFLINE_DIMENSIONS, createOfflineEmbedder } from '@/utils/memory/embedding/offline/offline-embedder';
import { uniqueUtterances, type BitextRow } from './bitext-csv';
import { readCliOptions } from './cli-options';
import { readLabelledData } from './luis-app';
import { nodeSentenceEncoderEmbedder, type TfBackend } from './sentence-encoder/node-files';
import { TOP_K, bm25Scores, hitRates, retrieveByVector, retrieveWithBm25, type LabelledMessage, type SecondPass } from './memory-retrieval';
import { splitPerGroup, type SplitSize } from './split';

/**
 * A team's correction memory holds tens of corrections per kind of message,
 * not hundreds: with ~150 templated utterances per intent in memory, both
 * retrievers find a near-copy of almost every query and the figures say
 * little. Hence the default: 20 corrections per intent, every other
 * utterance a query.
 */
const DEFAULT_MEMORY_PER_INTENT = 20;

/**
 * The neighbourhood re-ranking's candidates and neighbours, chosen on LUIS's
 * Email app, seed 1 (#20): 30 or 50 candidates and 3–10 neighbours came within
 * a point of each other; only the weight mattered.
 */
const NEIGHBOURHOOD = { candidates: 50, neighbours: 10 };

const count = (flag: string) => z.coerce.number({ error: `${flag} must be a number` }).int(`${flag} must be an integer`).positive(`${flag} must be positive`);

const optionsSchema = z
  .object({
    data: z.string({ error: '--data FILE.csv is required' }).min(1, '--data FILE.csv is required'),
    json: z.boolean().default(false),
    seed: z.coerce.number({ error: '--seed must be a number' }).int('--seed must be an integer').default(1),
    'per-intent-queries': count('--per-intent-queries').optional(),
    'per-intent-memory': count('--per-intent-memory').optional(),
    dimensions: count('--dimensions').default(DEFAULT_OFFLINE_DIMENSIONS),
    categories: z.string().optional(),
    embedder: z.enum(['hashed', 'use-lite', 'use-lite+hashed'], { error: '--embedder must be hashed, use-lite or use-lite+hashed' }).default('hashed'),
    'hashed-weight': z.coerce.number({ error: '--hashed-weight must be a number' }).positive('--hashed-weight must be positive').default(1),
    backend: z.enum(['wasm', 'cpu'], { error: '--backend must be wasm or cpu' }).default('wasm'),
    'bm25-weight': z.coerce
      .number({ error: '--bm25-weight must be a number' })
      .min(0, '--bm25-weight must be at least 0')
      .max(1, '--bm25-weight must be at most 1')
      .default(0),
    rerank: z.enum(['none', 'neighbourhood'], { error: '--rerank must be none or neighbourhood' }).default('none'),
    'neighbourhood-weight': z.coerce.number({ error: '--neighbourhood-weight must be a number' }).positive('--neighbourhood-weight must be positive').default(0.5),
  })
  .refine((options) => options['per-intent-queries'] === undefined || options['per-intent-memory'] === undefined, {
    error: 'give --per-intent-queries or --per-intent-memory, not both',
  });

function readOptions() {
  const options = readCliOptions(optionsSchema, {
    booleans: ['json'],
    strings: ['data', 'seed', 'per-intent-queries', 'per-intent-memory', 'dimensions', 'categories', 'embedder', 'hashed-weight', 'backend', 'bm25-weight', 'rerank', 'neighbourhood-weight'],
  });
  const { 'per-intent-queries': queries, 'per-intent-memory': memory, ...rest } = options;
  const split: SplitSize = queries !== undefined ? { queries } : { memory: memory ?? DEFAULT_MEMORY_PER_INTENT };
  return { ...rest, split };
}

const asMessage = (row: BitextRow, index: number): LabelledMessage => ({ id: `row-${index}`, customerMessage: row.utterance, intent: row.intent });
const texts = (messages: readonly LabelledMessage[]) => messages.map((message) => message.customerMessage);
function evaluatedEmbedder(choice: 'hashed' | 'use-lite' | 'use-lite+hashed', dimensions: number, hashedWeight: number, backend: TfBackend): Embedder {
  const hashed = createOfflineEmbedder(dimensions);
  if (choice === 'hashed') return hashed;
  const encoder = nodeSentenceEncoderEmbedder(backend);
  if (choice === 'use-lite') return encoder;
  return concatenateEmbedders([
    { embedder: encoder, weight: 1 },
    { embedder: hashed, weight: hashedWeight },
  ]);
}

function secondPass(options: ReturnType<typeof readOptions>, memory: readonly LabelledMessage[], queries: readonly LabelledMessage[]): SecondPass {
  const weight = options['bm25-weight'];
  return {
    ...(weight > 0 ? { lexical: { scores: bm25Scores(memory, queries), weight } } : {}),
    ...(options.rerank === 'neighbourhood' ? { neighbourhood: { ...NEIGHBOURHOOD, weight: options['neighbourhood-weight'] } } : {}),
  };
}

/** The retriever's name in the printed table: the embedder and its second pass. */
function retrieverName(embedderId: string, options: ReturnType<typeof readOptions>): string {
  const bm25 = options['bm25-weight'] > 0 ? ` + BM25×${options['bm25-weight']}` : '';
  const rerank = options.rerank === 'neighbourhood' ? ` + neighbourhood×${options['neighbourhood-weight']}` : '';
  return `${embedderId}${bm25}${rerank}`;
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`.padStart(7);

async function main(): Promise<void> {
  const options = readOptions();
  const started = performance.now();
  const wanted = options.categories?.split(',').map((category) => category.trim().toUpperCase());
  const rows = (await readLabelledData(options.data)).filter((row) => !wanted || wanted.includes(row.category.toUpperCase()));
  if (rows.length === 0) throw new Error(`${options.data}: no row in the categories ${options.categories}.`);
  const unique = uniqueUtterances(rows);
  const { memory, queries } = splitPerGroup(unique.map(asMessage), (item) => item.intent, options.split, options.seed);
  if (queries.length === 0) throw new Error(`${options.data}: no intent has more utterances than the memory keeps, so there is nothing to query.`);

  const embedder = evaluatedEmbedder(options.embedder, options.dimensions, options['hashed-weight'], options.backend);
  // Loading the model is timed apart from embedding: the worker loads it once.
  const loadStarted = performance.now();
  await embedder.embed(['warm up']);
  const loadMs = performance.now() - loadStarted;
  const embedStarted = performance.now();
  const [memoryVectors, queryVectors] = [await embedder.embed(texts(memory)), await embedder.embed(texts(queries))];
  const embedMs = performance.now() - embedStarted;
  const embedderRates = hitRates(queries, retrieveByVector(memory, memoryVectors, queryVectors, embedder.dimensions, secondPass(options, memory, queries)));
  const bm25Rates = hitRates(queries, retrieveWithBm25(memory, queries));
  const totalMs = performance.now() - started;

  const embedded = memory.length + queries.length;
  const figures = {
    embedder: embedder.id,
    intentAt1: embedderRates.at1,
    intentAt5: embedderRates.atK,
    bm25At1: bm25Rates.at1,
    bm25At5: bm25Rates.atK,
    queries: queries.length,
    loadMs: Math.round(loadMs),
    embedMsPerText: Number((embedMs / embedded).toFixed(3)),
    bm25Weight: options['bm25-weight'],
    rerank: options.rerank,
    ...(options.rerank === 'neighbourhood' ? { neighbourhoodWeight: options['neighbourhood-weight'] } : {}),
  };
  if (options.json) {
    console.log(JSON.stringify(figures));
    return;
  }
  const intents = new Set(unique.map((row) => row.intent)).size;
  const splitWords = 'queries' in options.split ? `${options.split.queries} queries per intent` : `${options.split.memory} corrections per intent in memory`;
  console.log(`Correction memory retrieval: ${options.data}`);
  console.log(`  ${intents} intents; ${splitWords} (seed ${options.seed}): ${memory.length} corrections, ${queries.length} queries`);
  console.log(`  ${rows.length - unique.length} duplicate utterance(s) skipped\n`);
  const name = retrieverName(embedder.id, options);
  const width = Math.max(28, name.length + 2);
  console.log(`  ${'retriever'.padEnd(width)}${'@1'.padStart(7)}${`@${TOP_K}`.padStart(7)}`);
  console.log(`  ${name.padEnd(width)}${percent(figures.intentAt1)}${percent(figures.intentAt5)}`);
  console.log(`  ${'BM25+ (MiniSearch defaults)'.padEnd(width)}${percent(figures.bm25At1)}${percent(figures.bm25At5)}\n`);
  console.log(`  @1 above BM25: ${((figures.intentAt1 - figures.bm25At1) * 100).toFixed(1)} points`);
  console.log(`  embedder: loaded in ${loadMs.toFixed(0)} ms; ${embedded} texts in ${embedMs.toFixed(0)} ms (${figures.embedMsPerText} ms per text)`);
  console.log(`  total ${(totalMs / 1000).toFixed(2)} s`);
}

main().catch((error: unknown) => {
  console.error(`eval:memory: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
