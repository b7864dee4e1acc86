/**
 * How well sensitivity detection catches money matters in labelled customer
 * messages: recall on the financial categories, and how often it raises a
 * financial alarm on the others.
 */
import type { SensitivityFinding } from '@/utils/autonomy/sensitivity';
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
