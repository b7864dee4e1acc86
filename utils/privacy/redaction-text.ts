import { browser } from 'wxt/browser';
import { i18n } from '../i18n';
import { REDACTION_KINDS, type RedactionKind } from './kinds';
import { redactionSummarySchema } from './describe';

const COUNTED: Record<RedactionKind, (count: number) => string> = {
  email: (count) => i18n.t('redactionSummary.email', count),
  phone: (count) => i18n.t('redactionSummary.phone', count),
  card: (count) => i18n.t('redactionSummary.card', count),
  iban: (count) => i18n.t('redactionSummary.iban', count),
  'national-id': (count) => i18n.t('redactionSummary.nationalId', count),
  address: (count) => i18n.t('redactionSummary.address', count),
  'customer-name': (count) => i18n.t('redactionSummary.customerName', count),
};

/**
 * A draft's redactions in the reader's language ("2 email addresses, 1 card number"); a draft
 * stored before #15 holds the English sentence, shown as it was. Null: nothing to say.
 */
export function redactionText(stored: unknown): string | null {
  if (typeof stored === 'string') return stored === '' ? null : stored;
  const summary = redactionSummarySchema.safeParse(stored);
  if (!summary.success) return null;
  const parts = REDACTION_KINDS.flatMap((kind) => (summary.data[kind] ? [COUNTED[kind](summary.data[kind])] : []));
  return parts.length === 0 ? null : new Intl.ListFormat(browser.i18n.getUILanguage(), { type: 'unit' }).format(parts);
}
