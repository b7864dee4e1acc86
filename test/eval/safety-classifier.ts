/**
 * npm run eval:safety-classifier [-- --json]
 *
 * Would a classifier trained on our own safety corpus carry to unseen wording
 * better than the checks? (safety/trained-classifier.ts; evaluation only.)
 * Leave one blind-written part out: train on the per-language files and the
 * other former held-out parts, choose the threshold on that training data
 * alone (out-of-fold, 99% recall), and score the part left out: none of its
 * messages shaped the model or the threshold. The checks can't be scored the
 * same way (each of these parts was tuned on after its blind run; their blind
 * figures are in the README), so they are compared only on the eighth part,
 * which nothing was tuned on: the checks alone, the classifier trained on all
 * development, and either of the two. Then, with the Bitext file (--data, default
 * ../shared/data/bitext-customer-service/utterances.csv), both on another
 * writer's messages: Bitext's sensitive intents (eval:routing's labels) and its
 * routine ones. With --json the last line is one JSON object.
 */
// First: the checks word their reasons through browser.i18n, which Node answers from locales/en.yml.
import '../support/english-i18n';
import { detectSensitivity } from '@/utils/autonomy/sensitivity/sensitivity';
import { access } from 'node:fs/promises';
import { z } from 'zod';
import { readBitextCsv, type BitextRow } from './bitext-csv';
import { readCliOptions } from './cli-options';
import { isFinancialRow, kindLabel, LABELLED_KINDS } from './routing-metrics';
import { DEVELOPMENT_PARTS, FORMER_HELD_OUT_PARTS, HELD_OUT_CORPUS, type CorpusMessage, type LanguageCorpus } from './safety/corpus';
import { routeCorpusMessage } from './safety/safety-metrics';
import { thresholdForRecall, trainClassifier, type LabelledText } from './safety/trained-classifier';

const TRAINING_RECALL = 0.99;

interface Row extends LabelledText {
  language: string;
  message: CorpusMessage;
}

const rowsOfCorpus = (corpus: readonly LanguageCorpus[]): Row[] =>
  corpus.flatMap(({ language, messages }) => messages.map((message) => ({ language, message, text: message.text, sensitive: message.class !== 'benign' })));
const rowsOf = (byLanguage: Readonly<Record<string, readonly CorpusMessage[]>>): Row[] =>
  rowsOfCorpus(Object.entries(byLanguage).map(([language, messages]) => ({ language, messages })));

interface Outcome {
  recall: number;
  sensitive: number;
  falseAlarms: number;
  benign: number;
}

function outcome<T extends LabelledText>(rows: readonly T[], flagged: (row: T) => boolean): Outcome {
  const sensitive = rows.filter((row) => row.sensitive);
  const benign = rows.filter((row) => !row.sensitive);
  return { recall: sensitive.filter(flagged).length, sensitive: sensitive.length, falseAlarms: benign.filter(flagged).length, benign: benign.length };
}

/** A classifier trained on `training`, its threshold chosen there, as a yes/no on a message and its margin. */
function trainedFlag(training: readonly LabelledText[]): { flagged: (row: LabelledText) => boolean; margin: (row: LabelledText) => number } {
  const model = trainClassifier(training);
  const threshold = thresholdForRecall(training, TRAINING_RECALL);
  const margin = (row: LabelledText) => model.score(row.text) - threshold;
  return { flagged: (row) => margin(row) >= 0, margin };
}

const share = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`.padStart(4);
const line = (label: string, { recall, sensitive, falseAlarms, benign }: Outcome) =>
  `  ${label.padEnd(40)} reach a human ${share(recall, sensitive)} (${recall}/${sensitive})   false alarms ${share(falseAlarms, benign)} (${falseAlarms}/${benign})`;

const DEFAULT_DATA = '../shared/data/bitext-customer-service/utterances.csv';
const values = readCliOptions(
  z.object({ json: z.boolean().default(false), data: z.string().min(1, '--data must name a file').optional() }),
  { booleans: ['json'], strings: ['data'] },
);
const started = Date.now();
const development = rowsOf(DEVELOPMENT_PARTS);
const parts = Object.entries(FORMER_HELD_OUT_PARTS).map(([name, part]) => ({ name, rows: rowsOf(part) }));

console.log(`Trained classifier, leave one blind-written part out (threshold: ${TRAINING_RECALL * 100}% recall out-of-fold on the training data)`);
const leftOut: Record<string, Outcome> = {};
const margins: { sensitive: boolean; margin: number }[] = [];
for (const { name, rows } of parts) {
  const training = [...development, ...parts.filter((other) => other.name !== name).flatMap((other) => other.rows)];
  const { flagged, margin } = trainedFlag(training);
  leftOut[name] = outcome(rows, flagged);
  rows.forEach((row) => margins.push({ sensitive: row.sensitive, margin: margin(row) }));
  console.log(line(`${name} part (trained on ${training.length})`, leftOut[name]));
}

// Every part's margins pooled: what the false alarms would be at other recalls.
const sensitiveMargins = margins.filter((entry) => entry.sensitive).map((entry) => entry.margin).sort((a, b) => a - b);
const benignMargins = margins.filter((entry) => !entry.sensitive).map((entry) => entry.margin);
const tradeOff = [0.9, 0.95, 0.99].map((recall) => {
  const cut = sensitiveMargins[Math.floor((1 - recall) * sensitiveMargins.length)]!;
  return { recall, falseAlarms: benignMargins.filter((margin) => margin >= cut).length / benignMargins.length };
});
console.log(`  pooled, false alarms at a recall of ${tradeOff.map(({ recall, falseAlarms }) => `${recall * 100}%: ${Math.round(falseAlarms * 100)}%`).join(', ')}`);

const eighth = rowsOfCorpus(HELD_OUT_CORPUS);
const byChecks = new Set(eighth.filter((row) => routeCorpusMessage(row.language, row.message.class, row.text, 'checks').reachedHuman[3]));
const everything = [...development, ...parts.flatMap((part) => part.rows)];
const { flagged } = trainedFlag(everything);
const onEighth = {
  checks: outcome(eighth, (row) => byChecks.has(row)),
  classifier: outcome(eighth, flagged),
  either: outcome(eighth, (row) => byChecks.has(row) || flagged(row)),
};
console.log(`The eighth part (held-out.ts, never tuned on), at level 3 with auto-send:`);
console.log(line('the checks alone', onEighth.checks));
console.log(line('the classifier, trained on all', onEighth.classifier));
console.log(line('either of the two', onEighth.either));

/** Bitext's own labels: money or a labelled sensitive intent, routine when no kind claims it; the rest says nothing. */
function bitextLabel(row: BitextRow): 'sensitive' | 'routine' | null {
  if (isFinancialRow(row)) return 'sensitive';
  const labels = LABELLED_KINDS.map((kind) => kindLabel(kind, row));
  if (labels.includes('positive')) return 'sensitive';
  return labels.every((label) => label === 'negative') ? 'routine' : null;
}

async function onBitext(path: string) {
  const rows = (await readBitextCsv(path)).flatMap((row) => {
    const label = bitextLabel(row);
    return label ? [{ text: row.utterance, sensitive: label === 'sensitive' }] : [];
  });
  const figures = {
    checks: outcome(rows, (row) => detectSensitivity(row.text, 'customer').length > 0),
    classifier: outcome(rows, flagged),
  };
  console.log(`Bitext (${path}; English, another writer), sensitive intents as eval:routing labels them, false alarms on its routine intents:`);
  console.log(line('the checks alone', figures.checks));
  console.log(line('the classifier, trained on all', figures.classifier));
  return figures;
}

const dataPath = values.data ?? DEFAULT_DATA;
const haveData = await access(dataPath).then(() => true, () => false);
if (!haveData && values.data) throw new Error(`--data: no file at ${values.data}`);
const bitext = haveData ? await onBitext(dataPath) : (console.log(`Bitext left out: no file at ${dataPath} (--data FILE.csv)`), null);
console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (values.json) console.log(JSON.stringify({ leftOut, pooledTradeOff: tradeOff, eighth: onEighth, bitext }));
