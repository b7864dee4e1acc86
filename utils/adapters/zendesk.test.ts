import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '@/test/support/fixture-dom';
import { latestCustomerMessage } from '../conversation';
import { matchCount, selectorEntries } from '@/test/support/selector-counts';
import { SELECTORS, zendeskAdapter } from './zendesk';

const TICKET = 'https://acme.zendesk.com/agent/tickets/12345';
const OTHER_TICKET = 'https://acme.zendesk.com/agent/tickets/12346';

/**
 * How many elements each selector matches on [ticket.html, workspace-two-tickets.html]:
 * a Zendesk markup change that breaks a selector shows up here first. Zeros are the
 * fallbacks for UI variants these fixtures do not have (older ticket pane, messaging).
 */
const MATCH_COUNTS: Record<string, [number, number]> = {
  panes: [1, 1],
  'subject[0]': [1, 2],
  'subject[1]': [0, 0],
  'requester[0]': [1, 2],
  'requester[1]': [1, 2],
  'logItem[0]': [4, 8],
  'sender[0]': [4, 8],
  'sender[1]': [4, 8],
  'sender[2]': [4, 8],
  'message[0]': [4, 8],
  'internalNoteTag[0]': [1, 2],
  'body[0]': [4, 8],
  'body[1]': [4, 8],
  'time[0]': [4, 8],
  'time[1]': [4, 8],
  'bodyNoise[0]': [0, 0],
  'bodyNoise[1]': [1, 2],
  'bodyNoise[2]': [1, 1],
  'bodyNoise[3]': [0, 0],
  'composer[0]': [1, 2],
  'composer[1]': [0, 0],
  'composer[2]': [1, 2],
  'send[0]': [1, 2],
  'send[1]': [0, 0],
  'channelSwitcher[0]': [1, 2],
};

describe('zendesk selectors', () => {
  const documents = [fixtureDocument('zendesk/ticket.html', TICKET), fixtureDocument('zendesk/workspace-two-tickets.html', TICKET)];

  it('has a match count for every selector', () => {
    expect(Object.keys(MATCH_COUNTS)).toEqual(selectorEntries(SELECTORS).map(([label]) => label));
  });

  it.each(selectorEntries(SELECTORS))('%s (%s) matches as pinned on each page', (label, selector) => {
    expect(documents.map((document) => matchCount(document, selector))).toEqual(MATCH_COUNTS[label]);
  });
});

function read(file: string, url: string) {
  return zendeskAdapter.readConversation(fixtureDocument(file, url), new URL(url));
}

describe('zendeskAdapter.readConversation', () => {
  it('reads the ticket: id, subject, requester and messages in order with their roles', () => {
    const result = read('zendesk/ticket.html', TICKET);
    expect(result.status).toBe('read');
    if (result.status !== 'read') return;
    const { conversation } = result;
    expect(conversation).toMatchObject({
      helpdesk: 'zendesk',
      id: 'zendesk:acme:12345',
      subject: 'Charged twice for order #A-20417',
      customer: { name: 'Jane Doe' },
    });
    expect(conversation.messages.map((message) => [message.role, message.author])).toEqual([
      ['customer', 'Jane Doe'],
      ['agent', 'Marco Ruiz'],
      ['customer', 'Jane Doe'],
      ['internal-note', 'Priya Shah'],
    ]);
    expect(conversation.messages[0]?.sentAt).toBe('2024-05-02T09:14:03Z');
  });

  it('answers the latest customer message, not the internal note after it', () => {
    const result = read('zendesk/ticket.html', TICKET);
    if (result.status !== 'read') throw new Error(result.status);
    expect(latestCustomerMessage(result.conversation.messages)?.text).toMatch(/^It's the Visa ending in 4242\./);
  });

  it('keeps paragraphs and leaves attachment chips out of the text', () => {
    const result = read('zendesk/ticket.html', TICKET);
    if (result.status !== 'read') throw new Error(result.status);
    const first = result.conversation.messages[0]!.text;
    expect(first).toContain('Hi,\n\nI placed order #A-20417');
    expect(first).not.toContain('card-statement-april.pdf');
  });

  it('gives messages ids that stay the same across reads', () => {
    const ids = () => {
      const result = read('zendesk/ticket.html', TICKET);
      return result.status === 'read' ? result.conversation.messages.map((message) => message.id) : [];
    };
    expect(ids()).toEqual(ids());
    expect(new Set(ids()).size).toBe(4);
  });

  it('reads the ticket the URL names in a workspace with several tickets open', () => {
    const result = read('zendesk/workspace-two-tickets.html', TICKET);
    expect(result.status === 'read' && result.conversation.id).toBe('zendesk:acme:12345');
  });

  it('never reads a hidden workspace tab, even when the URL already names it', () => {
    expect(read('zendesk/workspace-two-tickets.html', OTHER_TICKET)).toEqual({
      status: 'unreadable',
      problem: 'Zendesk: ticket #12346 is not shown on the page.',
    });
  });

  it('reads nothing outside a ticket', () => {
    expect(read('zendesk/ticket.html', 'https://acme.zendesk.com/agent/dashboard')).toEqual({ status: 'none' });
  });
});

describe('zendeskAdapter.findComposer', () => {
  it('finds the CKEditor editable of the visible ticket', () => {
    const lookup = zendeskAdapter.findComposer(fixtureDocument('zendesk/ticket.html', TICKET));
    expect(lookup.status === 'found' && lookup.editor.getAttribute('data-test-id')).toBe('omnicomposer-rich-text-ckeditor');
  });

  it('refuses an editor in internal-note mode', () => {
    const document = fixtureDocument('zendesk/ticket.html', TICKET);
    const switcher = document.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!;
    switcher.setAttribute('aria-label', 'Internal note');
    switcher.setAttribute('data-channel', 'internal');
    expect(zendeskAdapter.findComposer(document)).toMatchObject({ status: 'missing', problem: expect.stringContaining('Internal note') });
  });
});

describe('zendeskAdapter.findSendButton', () => {
  it('finds the visible ticket’s own Submit, not another open ticket’s', () => {
    const document = fixtureDocument('zendesk/workspace-two-tickets.html', TICKET);
    const submit = zendeskAdapter.findSendButton(document);
    expect(submit?.getAttribute('data-test-id')).toBe('submit_button-button');
    expect(submit?.closest('[data-fixture-ticket-id]')?.getAttribute('data-fixture-ticket-id')).toBe('12345');
  });
});
