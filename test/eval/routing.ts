/**
 * npm run eval:routing -- --data FILE.csv [--json] [--show N]
 *
 * Runs sensitivity detection on every customer utterance of a Bitext-style
 * CSV and reports how well it catches financial messages (categories
 * PAYMENT, REFUND, INVOICE, CANCELLATION_FEE): recall, the false-alarm rate
 * on the other categories, per-category figures, and the misses and false
 * alarms themselves. With --json the last line is
 * {"financialRecall":…,"falseAlarmRate":…,"messages":…}.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { detectSensitivity } from '@/utils/autonomy/sensitivity';
import { readBitextCsv } from './bitext-csv';
import { evaluateFinancialDetection, falseAlarmTriggers, type FinancialEvaluation } from './routing-metrics';

const TARGET_RECALL = 0.99;
const TARGET_FALSE_ALARMS = 0.1;

const optionsSchema = z.object({
  data: z.string({ error: '--data FILE.csv is required' }).min(1, '--data FILE.csv is required'),
  json: z.boolean().default(false),
  show: z.coerce.number().int().nonnegative('--show must be a whole number ≥ 0').default(10),
});

function readOptions() {
  const { values } = parseArgs({ options: { data: { type: 'string' }, json: { type: 'boolean' }, show: { type: 'string' } } });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data;
}

const percent = (rate: number | null) => (rate === null ? 'n/a' : `${(rate * 100).toFixed(2)}%`);

function printReport(data: string, evaluation: FinancialEvaluation, perSecond: number, show: number): void {
  const others = evaluation.messages - evaluation.financialMessages;
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  console.log(`Routing: financial sensitivity on ${data}`);
  console.log(`  ${evaluation.messages} messages (${evaluation.financialMessages} financial, ${others} other), ${Math.round(perSecond)} messages/s\n`);
  console.log(
    `  financial recall   ${percent(evaluation.financialRecall).padStart(8)}  ` +
      `(${evaluation.financialMessages - evaluation.misses.length}/${evaluation.financialMessages}; target ≥ ${percent(TARGET_RECALL)}: ` +
      `${verdict((evaluation.financialRecall ?? 0) >= TARGET_RECALL)})`,
  );
  console.log(
    `  false alarms       ${percent(evaluation.falseAlarmRate).padStart(8)}  ` +
      `(${evaluation.falseAlarms.length}/${others}; target ≤ ${percent(TARGET_FALSE_ALARMS)}: ` +
      `${verdict((evaluation.falseAlarmRate ?? 1) <= TARGET_FALSE_ALARMS)})\n`,
  );
  console.log(`  ${'category'.padEnd(20)}${'messages'.padStart(9)}${'financial'.padStart(11)}${'any kind'.padStart(10)}`);
  for (const figures of evaluation.perCategory) {
    const name = `${figures.category}${figures.financial ? ' *' : ''}`;
    console.log(
      `  ${name.padEnd(20)}${String(figures.messages).padStart(9)}` +
        `${percent(figures.flaggedFinancial / figures.messages).padStart(11)}${percent(figures.flaggedAny / figures.messages).padStart(10)}`,
    );
  }
  console.log('  (* financial category; "any kind" counts data-change, escalation and prompt-injection findings too)\n');
  console.log(`  misses (${evaluation.misses.length}):`);
  for (const row of evaluation.misses.slice(0, show)) console.log(`    ${row.intent}: ${row.utterance}`);
  console.log(`  false-alarm triggers (${evaluation.falseAlarms.length} messages):`);
  for (const { trigger, count, example } of falseAlarmTriggers(evaluation.falseAlarms).slice(0, show)) {
    console.log(`    ×${count} ${trigger} — e.g. “${example}”`);
  }
}

async function main(): Promise<void> {
  const options = readOptions();
  const rows = await readBitextCsv(options.data);
  const started = performance.now();
  const evaluation = evaluateFinancialDetection(rows, (text) => detectSensitivity(text, 'customer'));
  const perSecond = rows.length / ((performance.now() - started) / 1000);
  printReport(options.data, evaluation, perSecond, options.show);
  if (options.json) {
    const { financialRecall, falseAlarmRate, messages } = evaluation;
    console.log(JSON.stringify({ financialRecall, falseAlarmRate, messages }));
  }
}

main().catch((error: unknown) => {
  console.error(`eval:routing: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
