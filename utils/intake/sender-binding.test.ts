import { describe, expect, it } from 'vitest';
import { ticket } from '@/test/support/worker-fakes';
import { helpdeskMismatch, senderMismatch } from './sender-binding';

const ZENDESK_TAB = 'https://acme.zendesk.com/agent/tickets/12345';
const INTERCOM_TAB = 'https://app.intercom.com/a/inbox/w1x2y3/inbox/shared/all/conversation/215468';
const GMAIL_TAB = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMkfLkPrXHbKbqZRjBdWsRkM';

const intercomChat = ticket({ helpdesk: 'intercom', id: 'intercom:w1x2y3:215468', url: INTERCOM_TAB });
const gmailThread = ticket({ helpdesk: 'gmail', id: 'gmail:agent@acme.example:thread-f:1790000000000000001', url: GMAIL_TAB });

describe('senderMismatch', () => {
  it.each([
    ['a Zendesk ticket from its tab', ticket(), ZENDESK_TAB],
    ['the same ticket with a query string', ticket(), `${ZENDESK_TAB}?tab=1`],
    ['an Intercom conversation from its tab', intercomChat, INTERCOM_TAB],
    ['a Gmail thread from its tab', gmailThread, GMAIL_TAB],
  ])('accepts %s', (_name, snapshot, senderUrl) => {
    expect(senderMismatch(snapshot, senderUrl)).toBeNull();
  });

  it.each([
    ['another helpdesk (Intercom claimed from Zendesk)', intercomChat, ZENDESK_TAB, /claims intercom, the tab is Zendesk/],
    ['another helpdesk (Zendesk claimed from Gmail)', ticket(), GMAIL_TAB, /claims zendesk, the tab is Gmail/],
    ['an id of another helpdesk under the right name', ticket({ id: 'gmail:acme:12345' }), ZENDESK_TAB, /not a Zendesk id/],
    ['an id with no account', ticket({ id: 'zendesk' }), ZENDESK_TAB, /not a Zendesk id/],
    ['another Zendesk account', ticket({ id: 'zendesk:globex:12345' }), ZENDESK_TAB, /claims zendesk:globex:12345, the tab shows zendesk:acme:12345/],
    ['another ticket of the same account', ticket({ id: 'zendesk:acme:99999' }), ZENDESK_TAB, /the tab shows zendesk:acme:12345/],
    ['a URL of another account', ticket({ url: 'https://globex.zendesk.com/agent/tickets/12345' }), ZENDESK_TAB, /URL is not the tab’s/],
    ['a URL of another ticket', ticket({ url: 'https://acme.zendesk.com/agent/tickets/1' }), ZENDESK_TAB, /URL is not the tab’s/],
    ['a ticket from a page that shows none', ticket({ url: 'https://acme.zendesk.com/agent/dashboard' }), 'https://acme.zendesk.com/agent/dashboard', /shows no conversation/],
    ['another Intercom workspace', ticket({ ...intercomChat, id: 'intercom:other:215468' }), INTERCOM_TAB, /the tab shows intercom:w1x2y3:215468/],
    ['another Intercom conversation', ticket({ ...intercomChat, id: 'intercom:w1x2y3:1' }), INTERCOM_TAB, /the tab shows intercom:w1x2y3:215468/],
    ['another Gmail thread', gmailThread, 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMkfLkPrOTHERqZRjBdWs', /thread is not the one the tab shows/],
    ['a Gmail account that is no address', ticket({ ...gmailThread, id: 'gmail:acme:thread-f:1' }), GMAIL_TAB, /not an address/],
    ['a Gmail view with no thread', ticket({ ...gmailThread, url: 'https://mail.google.com/mail/u/0/#inbox' }), 'https://mail.google.com/mail/u/0/#inbox', /shows no thread/],
    ['a tab no adapter covers', ticket(), 'https://evil.example/agent/tickets/12345', /not a helpdesk page/],
    ['an unreadable sender URL', ticket(), 'not a url', /unreadable URL/],
  ])('refuses %s', (_name, snapshot, senderUrl, reason) => {
    expect(senderMismatch(snapshot, senderUrl)).toMatch(reason);
  });
});

describe('helpdeskMismatch', () => {
  it.each([
    ['zendesk', ZENDESK_TAB, null],
    ['intercom', ZENDESK_TAB, /claims intercom, the tab is Zendesk/],
    ['gmail', 'https://evil.example/', /not a helpdesk page/],
  ])('%s from %s', (claimed, senderUrl, expected) => {
    const mismatch = helpdeskMismatch(claimed, senderUrl);
    if (expected === null) expect(mismatch).toBeNull();
    else expect(mismatch).toMatch(expected);
  });
});
