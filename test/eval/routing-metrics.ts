/**
 * How well sensitivity detection catches money matters in labelled customer
 * messages: recall on the financial categories, and how often it raises a
 * financial alarm on the others.
 */
import type { SensitivityFinding, SensitivityKind } from '@/utils/autonomy/sensitivity/sensitivity';
import type { BitextRow } from './bitext-csv';

/** The Bitext categories whose every message is about money. */
export const FINANCIAL_CATEGORIES: ReadonlySet<string> = new Set(['PAYMENT', 'REFUND', 'INVOICE', 'CANCELLATION_FEE']);

export interface CategoryFigures {
  category: string;
  financial: boolean;
  messages: number;
  flaggedFinancial: number;
  /** Flagged with any kind of sensitivity (data change, escalation…), financial included. */
  flaggedAny: number;
}

export interface FlaggedRow {
  row: BitextRow;
  findings: SensitivityFinding[];
}

export interface FinancialEvaluation {
  /** null when the file has no financial message. */
  financialRecall: number | null;
  /** Share of non-financial messages flagged financial; null when there are none. */
  falseAlarmRate: number | null;
  messages: number;
  financialMessages: number;
  perCategory: CategoryFigures[];
  misses: BitextRow[];
  falseAlarms: FlaggedRow[];
}

export const isFinancialRow = (row: BitextRow) => FINANCIAL_CATEGORIES.has(row.category.toUpperCase());

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function evaluateFinancialDetection(rows: readonly BitextRow[], detect: (text: string) => SensitivityFinding[]): FinancialEvaluation {
  const perCategory = new Map<string, CategoryFigures>();
  const misses: BitextRow[] = [];
  const falseAlarms: FlaggedRow[] = [];
  for (const row of rows) {
    const findings = detect(row.utterance);
    const flagged = findings.some((finding) => finding.kind === 'financial');
    const financial = isFinancialRow(row);
    const figures = perCategory.get(row.category) ?? { category: row.category, financial, messages: 0, flaggedFinancial: 0, flaggedAny: 0 };
    figures.messages += 1;
    if (flagged) figures.flaggedFinancial += 1;
    if (findings.length > 0) figures.flaggedAny += 1;
    perCategory.set(row.category, figures);
    if (financial && !flagged) misses.push(row);
    if (!financial && flagged) falseAlarms.push({ row, findings: findings.filter((finding) => finding.kind === 'financial') });
  }
  const categories = [...perCategory.values()].sort((a, b) => a.category.localeCompare(b.category));
  const financialMessages = categories.filter((figures) => figures.financial).reduce((sum, figures) => sum + figures.messages, 0);
  return {
    financialRecall: share(financialMessages - misses.length, financialMessages),
    falseAlarmRate: share(falseAlarms.length, rows.length - financialMessages),
    messages: rows.length,
    financialMessages,
    perCategory: categories,
    misses,
    falseAlarms,
  };
}

/** Whether a row is an example of a kind, a counter-example, or neither (its intent is ambiguous for that kind). */
export type KindLabel = 'positive' | 'negative' | 'unlabelled';

/**
 * The Bitext intents that are, every one of their messages, a request for
 * that kind of sensitive action. Intents between the two are left out of both
 * figures: "I forgot my password" or "switch to the premium account" may or
 * may not change stored data, and "contact customer service" may or may not
 * ask for a person, so neither a hit nor a miss there says anything.
 */
export const KIND_INTENTS = {
  'data-change': {
    positive: new Set(['delete_account', 'edit_account', 'change_shipping_address', 'set_up_shipping_address']),
    unlabelled: new Set(['create_account', 'recover_password', 'switch_account', 'registration_problems']),
  },
  escalation: {
    positive: new Set(['contact_human_agent']),
    unlabelled: new Set(['contact_customer_service']),
  },
} as const satisfies Partial<Record<SensitivityKind, { positive: ReadonlySet<string>; unlabelled: ReadonlySet<string> }>>;

export type LabelledKind = keyof typeof KIND_INTENTS;
export const LABELLED_KINDS = Object.keys(KIND_INTENTS) as LabelledKind[];

export function kindLabel(kind: LabelledKind, row: BitextRow): KindLabel {
  const intents = KIND_INTENTS[kind];
  const intent = row.intent.toLowerCase();
  if (intents.positive.has(intent)) return 'positive';
  return intents.unlabelled.has(intent) ? 'unlabelled' : 'negative';
}

export interface KindEvaluation {
  kind: LabelledKind;
  /** null when the file has no labelled example of the kind (another data set's intents). */
  recall: number | null;
  falseAlarmRate: number | null;
  positives: number;
  negatives: number;
  misses: BitextRow[];
  falseAlarms: FlaggedRow[];
}

/** Recall and false alarms of one kind, on the intents labelled for it. */
export function evaluateKindDetection(
  rows: readonly BitextRow[],
  kind: LabelledKind,
  detect: (text: string) => SensitivityFinding[],
): KindEvaluation {
  const misses: BitextRow[] = [];
  const falseAlarms: FlaggedRow[] = [];
  let positives = 0;
  let negatives = 0;
  for (const row of rows) {
    const label = kindLabel(kind, row);
    if (label === 'unlabelled') continue;
    const findings = detect(row.utterance).filter((finding) => finding.kind === kind);
    if (label === 'positive') {
      positives += 1;
      if (findings.length === 0) misses.push(row);
    } else {
      negatives += 1;
      if (findings.length > 0) falseAlarms.push({ row, findings });
    }
  }
  return {
    kind,
    recall: share(positives - misses.length, positives),
    falseAlarmRate: share(falseAlarms.length, negatives),
    positives,
    negatives,
    misses,
    falseAlarms,
  };
}

/** What set off the false alarms, most frequent first: "pay" ×11. */
export function falseAlarmTriggers(falseAlarms: readonly FlaggedRow[]): { trigger: string; count: number; example: string }[] {
  const triggers = new Map<string, { trigger: string; count: number; example: string }>();
  for (const { row, findings } of falseAlarms) {
    for (const trigger of new Set(findings.map((finding) => `${finding.topic}: “${finding.match.toLowerCase()}”`))) {
      const entry = triggers.get(trigger) ?? { trigger, count: 0, example: row.utterance };
      entry.count += 1;
      triggers.set(trigger, entry);
    }
  }
  return [...triggers.values()].sort((a, b) => b.count - a.count || a.trigger.localeCompare(b.trigger));
}
