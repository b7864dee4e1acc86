/**
 * npm run eval:routing -- --data FILE.csv [--json] [--show N] [--typo-seed N]
 *
 * Runs sensitivity detection on every customer utterance of a Bitext-style
 * CSV and reports how well it catches financial messages (categories
 * PAYMENT, REFUND, INVOICE, CANCELLATION_FEE): recall, the false-alarm rate
 * on the other categories, per-category figures, and the misses and false
 * alarms themselves; then the same for data changes and escalations on the
 * intents labelled for them (routing-metrics.ts). Everything is measured
 * twice: on the file as it is and on a copy with seeded typos in one or two
 * words of every message (typo-perturbation.ts). With --json the last line is
 * {"financialRecall":…,"falseAlarmRate":…,"messages":…,"kinds":{…},"perturbed":{…}}.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { detectSensitivity } from '@/utils/autonomy/sensitivity/sensitivity';
import { readBitextCsv, type BitextRow } from './bitext-csv';
import {
  LABELLED_KINDS,
  evaluateFinancialDetection,
  evaluateKindDetection,
  falseAlarmTriggers,
  type FinancialEvaluation,
  type KindEvaluation,
} from './routing-metrics';
import { perturbRows } from './typo-perturbation';

const TARGET_RECALL = 0.995;
const TARGET_FALSE_ALARMS = 0.02;

const optionsSchema = z.object({
  data: z.string({ error: '--data FILE.csv is required' }).min(1, '--data FILE.csv is required'),
  json: z.boolean().default(false),
  show: z.coerce.number().int().nonnegative('--show must be a whole number ≥ 0').default(10),
  'typo-seed': z.coerce.number({ error: '--typo-seed must be a number' }).int('--typo-seed must be an integer').default(1),
});

function readOptions() {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, json: { type: 'boolean' }, show: { type: 'string' }, 'typo-seed': { type: 'string' } },
  });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data;
}

const percent = (rate: number | null) => (rate === null ? 'n/a' : `${(rate * 100).toFixed(2)}%`);
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
const recallLine = (rate: number | null, found: number, of: number) =>
  `${percent(rate).padStart(8)}  (${found}/${of}; target ≥ ${percent(TARGET_RECALL)}: ${rate === null ? 'no labels' : verdict(rate >= TARGET_RECALL)})`;
const alarmLine = (rate: number | null, raised: number, of: number) =>
  `${percent(rate).padStart(8)}  (${raised}/${of}; target ≤ ${percent(TARGET_FALSE_ALARMS)}: ${rate === null ? 'no labels' : verdict(rate <= TARGET_FALSE_ALARMS)})`;

function printFinancial(evaluation: FinancialEvaluation, show: number): void {
  const others = evaluation.messages - evaluation.financialMessages;
  const found = evaluation.financialMessages - evaluation.misses.length;
  console.log(`  financial recall   ${recallLine(evaluation.financialRecall, found, evaluation.financialMessages)}`);
  console.log(`  false alarms       ${alarmLine(evaluation.falseAlarmRate, evaluation.falseAlarms.length, others)}\n`);
  console.log(`  ${'category'.padEnd(20)}${'messages'.padStart(9)}${'financial'.padStart(11)}${'any kind'.padStart(10)}`);
  for (const figures of evaluation.perCategory) {
    const name = `${figures.category}${figures.financial ? ' *' : ''}`;
    console.log(
      `  ${name.padEnd(20)}${String(figures.messages).padStart(9)}` +
        `${percent(figures.flaggedFinancial / figures.messages).padStart(11)}${percent(figures.flaggedAny / figures.messages).padStart(10)}`,
    );
  }
  console.log('  (* financial category; "any kind" counts data-change, escalation and prompt-injection findings too)\n');
  console.log(`  financial misses (${evaluation.misses.length}):`);
  for (const row of evaluation.misses.slice(0, show)) console.log(`    ${row.intent}: ${row.utterance}`);
  console.log(`  financial false-alarm triggers (${evaluation.falseAlarms.length} messages):`);
  for (const { trigger, count, example } of falseAlarmTriggers(evaluation.falseAlarms).slice(0, show)) {
    console.log(`    ×${count} ${trigger} — e.g. “${example}”`);
  }
}

function printKind(evaluation: KindEvaluation, show: number): void {
  console.log(`\n  ${evaluation.kind} recall${' '.repeat(Math.max(11 - evaluation.kind.length, 1))}${recallLine(evaluation.recall, evaluation.positives - evaluation.misses.length, evaluation.positives)}`);
  console.log(`  ${evaluation.kind} false alarms ${alarmLine(evaluation.falseAlarmRate, evaluation.falseAlarms.length, evaluation.negatives)}`);
  if (evaluation.positives === 0) return;
  console.log(`  misses (${evaluation.misses.length}):`);
  for (const row of evaluation.misses.slice(0, show)) console.log(`    ${row.intent}: ${row.utterance}`);
  console.log(`  false-alarm triggers (${evaluation.falseAlarms.length} messages):`);
  for (const { trigger, count, example } of falseAlarmTriggers(evaluation.falseAlarms).slice(0, show)) {
    console.log(`    ×${count} ${trigger} — e.g. “${example}”`);
  }
}

interface Run {
  financial: FinancialEvaluation;
  kinds: KindEvaluation[];
  perSecond: number;
}

function run(rows: readonly BitextRow[]): Run {
  const started = performance.now();
  const findings = new Map(rows.map((row) => [row.utterance, detectSensitivity(row.utterance, 'customer')]));
  const perSecond = findings.size / ((performance.now() - started) / 1000);
  const detect = (text: string) => findings.get(text) ?? detectSensitivity(text, 'customer');
  return { financial: evaluateFinancialDetection(rows, detect), kinds: LABELLED_KINDS.map((kind) => evaluateKindDetection(rows, kind, detect)), perSecond };
}

/** The figures of one run, as the --json line carries them. */
function figures({ financial, kinds }: Run) {
  const { financialRecall, falseAlarmRate, messages } = financial;
  const byKind = Object.fromEntries(
    kinds.map((kind) => [kind.kind, { recall: kind.recall, falseAlarmRate: kind.falseAlarmRate, positives: kind.positives, negatives: kind.negatives }]),
  );
  return { financialRecall, falseAlarmRate, messages, kinds: byKind };
}

async function main(): Promise<void> {
  const options = readOptions();
  const rows = await readBitextCsv(options.data);
  const original = run(rows);
  const perturbed = run(perturbRows(rows, options['typo-seed']));
  const copies = [
    { title: `Routing: sensitivity on ${options.data}`, result: original },
    { title: `Routing: the same with seeded typos (seed ${options['typo-seed']}: swap, drop, double or neighbouring key on 1–2 words per message)`, result: perturbed },
  ];
  for (const { title, result } of copies) {
    console.log(title);
    const financialCount = result.financial.financialMessages;
    console.log(`  ${result.financial.messages} messages (${financialCount} financial, ${result.financial.messages - financialCount} other), ${Math.round(result.perSecond)} messages/s\n`);
    printFinancial(result.financial, options.show);
    for (const kind of result.kinds) printKind(kind, options.show);
    console.log('');
  }
  if (options.json) console.log(JSON.stringify({ ...figures(original), perturbed: { typoSeed: options['typo-seed'], ...figures(perturbed) } }));
}

main().catch((error: unknown) => {
  console.error(`eval:routing: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
