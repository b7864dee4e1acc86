import { i18n } from '../i18n';
import type { HelpdeskId } from '../intake/conversation';
import { reasonText } from '../autonomy/reason-text';
import { isLevelRule, readStoredReasons } from '../autonomy/reasons';

/** How the review panel shows a draft at a glance: pure, so it is tested without a browser. */

/** Helpdesk names as their makers write them (ids are lowercase); "a web page" is translated, by helpdeskName. */
export const HELPDESK_NAMES: Record<Exclude<HelpdeskId, 'web'>, string> = { zendesk: 'Zendesk', intercom: 'Intercom', gmail: 'Gmail' };

/** The number agents say out loud: Zendesk's ticket id, Intercom's conversation id; Gmail threads have none. */
export function ticketNumber(helpdesk: HelpdeskId, conversationId: string): string | null {
  if (helpdesk !== 'zendesk' && helpdesk !== 'intercom') return null;
  const id = conversationId.slice(conversationId.lastIndexOf(':') + 1);
  return /^\d+$/.test(id) ? `#${id}` : null;
}

/** The start of the customer's message on one line, cut at a word. */
export function firstWords(text: string, maxChars = 70): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= maxChars) return line;
  const cut = line.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** How long a customer has waited, in the short form a queue shows, in the browser's language. */
export function waitingFor(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return i18n.t('waitingTime.justNow');
  if (minutes < 60) return i18n.t('waitingTime.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return i18n.t('waitingTime.hours', { hours });
  return i18n.t('waitingTime.days', Math.floor(hours / 24));
}

export interface Segment {
  text: string;
  marked: boolean;
}

/** Cuts text into plain and marked runs; overlapping or touching ranges merge, out-of-range parts are ignored. */
export function markedSegments(text: string, ranges: readonly { start: number; end: number }[]): Segment[] {
  const sorted = ranges
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(text.length, end) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end } of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

export interface ReasonLine {
  text: string;
  /** A level's rule ("Level 1: every draft is reviewed"): it explains the policy, not this draft. */
  rule: boolean;
}

/** The reasons as the panel lists them, in the reader's language: each line once, the level rules last. */
export function levelRulesLast(stored: readonly unknown[]): ReasonLine[] {
  const reasons = readStoredReasons(stored);
  const lines = [...reasons.filter((reason) => !isLevelRule(reason)), ...reasons.filter(isLevelRule)].map((reason) => ({ text: reasonText(reason), rule: isLevelRule(reason) }));
  return lines.filter((line, index) => lines.findIndex((other) => other.text === line.text) === index);
}
