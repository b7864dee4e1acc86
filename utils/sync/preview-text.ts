import { browser } from 'wxt/browser';
import { i18n } from '../i18n';
import type { PreviewCounts } from './merge';

/**
 * An import's preview in the reader's language (#15): "1,203 new, 14 updated, 88 duplicates,
 * 3 conflicts", "1.203 neu, …", and what happens to vectors of the wrong length or with no direction.
 */
export function previewText(counts: PreviewCounts, droppedVectors = 0, unusableVectors = 0): string {
  const number = (value: number) => new Intl.NumberFormat(browser.i18n.getUILanguage()).format(value);
  const summary = [
    i18n.t('syncPreview.new', { count: number(counts.new) }),
    i18n.t('syncPreview.updated', { count: number(counts.updated) }),
    i18n.t('syncPreview.duplicates', counts.duplicates, { count: number(counts.duplicates) }),
    i18n.t('syncPreview.conflicts', counts.conflicts, { count: number(counts.conflicts) }),
  ].join(i18n.t('syncPreview.separator'));
  const dropped = [
    droppedVectors > 0 ? i18n.t('syncPreview.dropped', droppedVectors, { count: number(droppedVectors) }) : null,
    unusableVectors > 0 ? i18n.t('syncPreview.noDirection', unusableVectors, { count: number(unusableVectors) }) : null,
  ];
  return dropped.reduce<string>((text, clause) => (clause === null ? text : i18n.t('syncPreview.withDropped', { summary: text, dropped: clause })), summary);
}
