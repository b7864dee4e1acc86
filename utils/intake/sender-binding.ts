import { MatchPattern } from 'wxt/utils/match-patterns';
import { ADAPTERS } from '../adapters';
import { threadTokenFrom } from '../adapters/gmail';
import { conversationFrom } from '../adapters/intercom';
import { ticketIdFrom } from '../adapters/zendesk-ticket';
import type { ConversationSnapshot, HelpdeskId } from './conversation';

/**
 * A snapshot is believed only if it describes the tab it came from (#19):
 * code in the content-script world could otherwise report a conversation of
 * another helpdesk, account or ticket, and its draft would be written, and
 * acted on, for that one. The browser tells the worker the sender's URL; the
 * helpdesk, account and conversation id the snapshot claims must agree with it.
 */

const patterns = ADAPTERS.map((adapter) => ({ id: adapter.id, label: adapter.label, patterns: adapter.matches.map((match) => new MatchPattern(match)) }));

/** The snapshot id a tab's URL implies, where the URL says it; Gmail's URL names neither the address nor the thread's id. */
const ID_FROM_URL: Partial<Record<HelpdeskId, (url: URL) => string | null>> = {
  zendesk: (url) => {
    const ticket = ticketIdFrom(url);
    // The account is the subdomain, as the adapter reads it.
    return ticket && `zendesk:${url.hostname.split('.')[0]}:${ticket}`;
  },
  intercom: (url) => {
    const conversation = conversationFrom(url);
    return conversation && `intercom:${conversation.workspace}:${conversation.id}`;
  },
};

/** The helpdesk whose content script runs on this URL, if any. */
function helpdeskAt(url: URL) {
  return patterns.find((entry) => entry.patterns.some((pattern) => pattern.includes(url.href)));
}

/** The conversation id a helpdesk tab's URL names (Zendesk, Intercom), or null. */
export function conversationIdOfUrl(senderUrl: string): string | null {
  const url = URL.canParse(senderUrl) ? new URL(senderUrl) : null;
  const helpdesk = url && helpdeskAt(url);
  return (helpdesk && ID_FROM_URL[helpdesk.id]?.(url)) ?? null;
}

/** Why a report about `helpdesk` (an unreadable page, a send finished) cannot come from the sender's page, or null. */
export function helpdeskMismatch(claimed: string, senderUrl: string): string | null {
  const helpdesk = URL.canParse(senderUrl) ? helpdeskAt(new URL(senderUrl)) : undefined;
  if (!helpdesk) return 'the tab is not a helpdesk page';
  return claimed === helpdesk.id ? null : `it claims ${claimed.slice(0, 40)}, the tab is ${helpdesk.label}`;
}

/** Why the snapshot does not belong to the sender's page, or null when it does. */
export function senderMismatch(snapshot: ConversationSnapshot, senderUrl: string): string | null {
  if (!URL.canParse(senderUrl) || !URL.canParse(snapshot.url)) return 'an unreadable URL';
  const sender = new URL(senderUrl);
  const wrongHelpdesk = helpdeskMismatch(snapshot.helpdesk, senderUrl);
  if (wrongHelpdesk) return wrongHelpdesk;
  const helpdesk = helpdeskAt(sender)!;
  const [idHelpdesk, account] = snapshot.id.split(':');
  if (idHelpdesk !== helpdesk.id || !account) return `its id ${snapshot.id.slice(0, 80)} is not a ${helpdesk.label} id`;
  const claimed = new URL(snapshot.url);
  if (claimed.origin !== sender.origin || claimed.pathname !== sender.pathname) return 'its URL is not the tab’s';
  const expectedId = ID_FROM_URL[helpdesk.id]?.(sender);
  if (expectedId !== undefined) {
    if (expectedId === null) return 'the tab shows no conversation';
    return snapshot.id === expectedId ? null : `it claims ${snapshot.id.slice(0, 80)}, the tab shows ${expectedId}`;
  }
  // Gmail: the thread is in the hash; the account (an address) is in no URL.
  const token = threadTokenFrom(sender);
  if (!token) return 'the tab shows no thread';
  if (claimed.hash !== sender.hash) return 'its thread is not the one the tab shows';
  return account.includes('@') ? null : `its account ${account.slice(0, 80)} is not an address`;
}
