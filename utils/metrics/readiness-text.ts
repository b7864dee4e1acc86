import { browser } from 'wxt/browser';
import { i18n } from '../i18n';
import type { LevelChange, ReadinessReason } from './readiness';

/**
 * Readiness, shadow figures and level notices in the reader's language (#15): the logic in
 * readiness.ts and shadow.ts returns codes and figures, and only the popup words them.
 */

/** 96.0 %, 96,0 %: one decimal, as the reader writes percentages. */
const percent = (value: number) => new Intl.NumberFormat(browser.i18n.getUILanguage(), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

export function readinessReasonText(reason: ReadinessReason): string {
  switch (reason.code) {
    case 'needs-reviews':
      return i18n.t('readiness.needed', { done: reason.done, needed: reason.needed, days: reason.days });
    case 'substantive-edits':
      return i18n.t('readiness.substantive', reason.count, { days: reason.days });
    case 'judged': {
      const judged = i18n.t('readiness.judged', { rate: percent(reason.rate), bound: percent(reason.bound) });
      return reason.target ? i18n.t('readiness.judgedShort', { judged, target: percent(reason.target.rate), bound: percent(reason.target.bound) }) : judged;
    }
    case 'degraded':
      return i18n.t('readiness.degraded', { bad: reason.bad, volume: reason.volume, rate: percent(reason.rate), days: reason.days, limit: percent(reason.limit) });
    case 'shadow':
      return reason.wrong
        ? i18n.t('readiness.shadowWrong', { level: reason.level, acted: reason.acted, drafts: reason.drafts, substantive: reason.wrong.substantive, rejected: reason.wrong.rejected })
        : i18n.t('readiness.shadow', { level: reason.level, acted: reason.acted, drafts: reason.drafts });
  }
}

/** Short enough for the popup's readiness column in any language; the cell's title holds the full sentences. */
export function readinessShortText(reason: ReadinessReason): string {
  switch (reason.code) {
    case 'needs-reviews':
      return i18n.t('readiness.short.needed', { done: reason.done, needed: reason.needed });
    case 'substantive-edits':
      return i18n.t('readiness.short.substantive', reason.count);
    case 'judged':
      return reason.target ? i18n.t('readiness.short.judgedShort', { rate: percent(reason.rate), target: percent(reason.target.rate) }) : i18n.t('readiness.short.judged', { rate: percent(reason.rate) });
    case 'degraded':
      return i18n.t('readiness.short.degraded', { rate: percent(reason.rate) });
    case 'shadow':
      return reason.wrong ? i18n.t('readiness.short.shadowWrong', { wrong: reason.wrong.substantive + reason.wrong.rejected }) : i18n.t('readiness.short.shadow');
  }
}

/** A level change the worker made or asks for, with the category named as the team labelled it. */
export function levelChangeText(change: LevelChange, categoryLabel: string): string {
  const reasons = change.reasons.map(readinessReasonText).join('; ');
  if (change.kind === 'promote') return i18n.t('readiness.notice.promoted', { category: categoryLabel, to: change.to, reasons });
  return change.automatic
    ? i18n.t('readiness.notice.demoted', { category: categoryLabel, from: change.from, to: change.to, reasons })
    : i18n.t('readiness.notice.shouldDemote', { category: categoryLabel, to: change.to, reasons });
}
