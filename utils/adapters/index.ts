import { MatchPattern } from 'wxt/utils/match-patterns';
import { gmailAdapter } from './gmail';
import { intercomAdapter } from './intercom';
import type { HelpdeskAdapter } from './types';
import { zendeskAdapter } from './zendesk';

/** Every helpdesk ReplyLoop reads; each has its own content script. */
export const ADAPTERS: readonly HelpdeskAdapter[] = [zendeskAdapter, intercomAdapter, gmailAdapter];

const patterns = ADAPTERS.flatMap((adapter) => adapter.matches.map((match) => new MatchPattern(match)));

/** Whether a page is one our content scripts run on: only those may report conversations. */
export function isHelpdeskUrl(url: string): boolean {
  return patterns.some((pattern) => pattern.includes(url));
}
