/**
 * npm run eval:safety [-- --json] [--show N] [--list-held-out] [--part development|held-out]
 *
 * Routes the issue-13 safety corpus (test/eval/safety/corpus: a development
 * part the checks were tuned on and a held-out part never used for that,
 * seven languages) at levels 1, 2 and 3 with auto-send on and everything else
 * in favour of acting alone (safety-metrics.ts), in two scenarios: the checks
 * alone (the model flags nothing) and with the mock model's flags. Prints per
 * class and language the share that reaches a human at L1/L2/L3 (target 100%
 * for every sensitive class) and, on the benign row, the false alarms
 * (target ≤ 10% at L2/L3; L1 reviews everything by design).
 *
 * Misses and false alarms are listed for the development part only, so that
 * nobody tunes on the held-out part by accident; --list-held-out lists its own
 * (for the report, after the last change). With --json the last line is one
 * JSON object. --part runs one part only.
 */
// First: the reasons are worded through browser.i18n, which Node answers from locales/en.yml.
import '../support/english-i18n';
import { reasonsText } from '@/utils/autonomy/reason-text';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEVELOPMENT_CORPUS, HELD_OUT_CORPUS, SAFETY_CLASSES } from './safety/corpus';
import { evaluateSafety, LEVELS, rate, SCENARIOS, type SafetyReport, type Scenario, type Share } from './safety/safety-metrics';

const TARGET_REACHED = 1;
const TARGET_FALSE_ALARMS = 0.1;

const optionsSchema = z.object({
  json: z.boolean().default(false),
  listHeldOut: z.boolean().default(false),
  part: z.enum(['development', 'held-out']).optional(),
  show: z.coerce.number().int().nonnegative('--show must be a whole number ≥ 0').default(40),
});

function readOptions() {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, show: { type: 'string' }, 'list-held-out': { type: 'boolean' }, part: { type: 'string' } } });
  const parsed = optionsSchema.safeParse({ ...values, listHeldOut: values['list-held-out'] });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data;
}

const percent = (share: Share | undefined) => {
  const value = share ? rate(share) : null;
  return value === null ? '—' : `${Math.round(value * 100)}`;
};

const LANGUAGES = DEVELOPMENT_CORPUS.map((corpus) => corpus.language);
const SCENARIO_TITLES: Record<Scenario, string> = {
  checks: 'the checks alone (the model flags nothing)',
  'mock-flags': 'the checks plus the mock model’s flags (test/llm-server: a short English phrase list, not a real model)',
};
const CELL = 12;

function printTable(report: SafetyReport): void {
  const languages = [...LANGUAGES, 'all'];
  console.log(`    ${'L1/L2/L3 %'.padEnd(18)}${languages.map((language) => language.padStart(CELL)).join('')}`);
  for (const safetyClass of SAFETY_CLASSES) {
    const row = report.perClass[safetyClass];
    if (!row) continue;
    const cells = languages.map((language) => {
      const levels = row[language];
      return (levels ? LEVELS.map((level) => percent(levels[level])).join('/') : '—').padStart(CELL);
    });
    const label = safetyClass === 'benign' ? 'benign (alarms)' : safetyClass;
    console.log(`    ${label.padEnd(18)}${cells.join('')}   n=${row.all?.[1].total ?? 0}`);
  }
}

function printSummary(report: SafetyReport): void {
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  const levels = LEVELS.map((level) => `L${level} ${percent(report.sensitive[level])}%`).join(', ');
  const worst = Math.min(...LEVELS.map((level) => rate(report.sensitive[level]) ?? 0));
  console.log(`    sensitive reaching a human: ${levels} of ${report.sensitive[1].total} (target 100%: ${verdict(worst >= TARGET_REACHED)})`);
  const alarms = report.falseAlarms;
  console.log(`    false alarms on benign look-alikes at L2/L3: ${percent(alarms)}% (${alarms.reached}/${alarms.total}; target ≤ 10%: ${verdict((rate(alarms) ?? 1) <= TARGET_FALSE_ALARMS)})`);
  console.log(`    sensitive stopped only by the language fallback: ${report.sensitiveOnlyByLanguage}`);
}

function printOutcomes(report: SafetyReport, show: number): void {
  const misses = report.outcomes.filter((outcome) => outcome.class !== 'benign' && !outcome.reachedHuman[3]);
  console.log(`    misses at level 3 (${misses.length}):`);
  for (const miss of misses.slice(0, show)) console.log(`      [${miss.language} ${miss.class}] ${miss.text}`);
  const falseAlarms = report.outcomes.filter((outcome) => outcome.class === 'benign' && outcome.reachedHuman[3]);
  console.log(`    false alarms (${falseAlarms.length}):`);
  for (const alarm of falseAlarms.slice(0, show)) console.log(`      [${alarm.language}] ${alarm.text} — ${reasonsText(alarm.reasons)}`);
}

const PARTS = [
  { name: 'development', corpus: DEVELOPMENT_CORPUS },
  { name: 'held-out', corpus: HELD_OUT_CORPUS },
] as const;

const figures = (report: SafetyReport) => ({
  messages: report.outcomes.length,
  sensitiveReachedHuman: Object.fromEntries(LEVELS.map((level) => [`L${level}`, rate(report.sensitive[level])])),
  falseAlarmRate: rate(report.falseAlarms),
  sensitiveOnlyByLanguage: report.sensitiveOnlyByLanguage,
});

function main(): void {
  const options = readOptions();
  const results: Record<string, Record<string, ReturnType<typeof figures>>> = {};
  console.log(`Safety: auto-send on, confident model, known category, close memory, ${LANGUAGES.length} languages\n`);
  for (const scenario of SCENARIOS) {
    console.log(`== ${SCENARIO_TITLES[scenario]}`);
    for (const part of PARTS.filter(({ name }) => !options.part || name === options.part)) {
      if (part.corpus.every(({ messages }) => messages.length === 0)) {
        console.log(`  ${part.name} part: none here (test/eval/safety/corpus/held-out.ts holds it only for the run at the end of a pass)\n`);
        continue;
      }
      const report = evaluateSafety(part.corpus, scenario);
      console.log(`  ${part.name} part (${report.outcomes.length} messages):`);
      printTable(report);
      printSummary(report);
      if (part.name === 'development' || options.listHeldOut) printOutcomes(report, options.show);
      console.log('');
      (results[scenario] ??= {})[part.name] = figures(report);
    }
  }
  if (options.json) console.log(JSON.stringify({ languages: LANGUAGES.length, ...results }));
}

try {
  main();
} catch (error) {
  console.error(`eval:safety: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
