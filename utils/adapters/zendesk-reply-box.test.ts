import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '@/test/support/fixture-dom';
import type { ConversationRead } from './types';
import { zendeskReplyBox } from './zendesk-reply-box';

const TICKET = 'https://acme.zendesk.com/agent/tickets/12345';

/** The read of the open ticket just before a send; only its channel matters here. */
const readVia = (channel?: string): Extract<ConversationRead, { status: 'read' }> => ({
  status: 'read',
  conversation: { helpdesk: 'zendesk', id: 'zendesk:acme:12345', url: TICKET, subject: '', customer: { name: '', email: null }, messages: [] },
  channel,
});

describe('zendeskReplyBox.findComposer', () => {
  it('finds the CKEditor editable of the visible ticket', () => {
    const lookup = zendeskReplyBox.findComposer(fixtureDocument('zendesk/ticket.html', TICKET));
    expect(lookup.status === 'found' && lookup.editor.getAttribute('data-test-id')).toBe('omnicomposer-rich-text-ckeditor');
  });

  it('finds the visible ticket’s editor, not another open ticket’s', () => {
    const lookup = zendeskReplyBox.findComposer(fixtureDocument('zendesk/workspace-two-tickets.html', TICKET));
    expect(lookup.status === 'found' && lookup.editor.closest('[data-fixture-ticket-id]')?.getAttribute('data-fixture-ticket-id')).toBe('12345');
  });

  it('refuses an editor in internal-note mode', () => {
    const document = fixtureDocument('zendesk/ticket.html', TICKET);
    const switcher = document.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!;
    switcher.setAttribute('aria-label', 'Internal note');
    switcher.setAttribute('data-channel', 'internal');
    expect(zendeskReplyBox.findComposer(document)).toMatchObject({ status: 'missing', problem: expect.stringContaining('Internal note') });
  });

  it('says there is no reply box outside a shown ticket', () => {
    const document = fixtureDocument('zendesk/ticket.html', 'https://acme.zendesk.com/agent/tickets/99999');
    expect(zendeskReplyBox.findComposer(document)).toMatchObject({ status: 'missing' });
  });
});

describe('zendeskReplyBox.findSendButton', () => {
  it('finds the visible ticket’s own Submit, not another open ticket’s', () => {
    const document = fixtureDocument('zendesk/workspace-two-tickets.html', TICKET);
    const submit = zendeskReplyBox.findSendButton(document, readVia('email'));
    expect(submit?.getAttribute('data-test-id')).toBe('submit_button-button');
    expect(submit?.closest('[data-fixture-ticket-id]')?.getAttribute('data-fixture-ticket-id')).toBe('12345');
  });

  it('uses the messaging Send of a messaging ticket, never "Submit as Open"', () => {
    const document = fixtureDocument('zendesk/workspace-two-tickets.html', TICKET);
    const footer = document.querySelector('[data-fixture-ticket-id="12345"] [data-test-id="submit_button-button"]')!.parentElement!;
    const send = document.createElement('button');
    send.setAttribute('data-test-id', 'omnichannel-omnicomposer-send-button');
    footer.append(send);
    expect(zendeskReplyBox.findSendButton(document, readVia())).toBe(send);
  });

  it('sends nothing on a messaging ticket (channel from the API) whose messaging Send is not found', () => {
    const document = fixtureDocument('zendesk/ticket.html', TICKET);
    expect(zendeskReplyBox.findSendButton(document, readVia('native_messaging'))).toBeNull();
    expect(zendeskReplyBox.findSendButton(document, readVia('sunshine_conversations_facebook_messenger'))).toBeNull();
    // The same page as an email ticket, or read from the page (no channel), submits.
    expect(zendeskReplyBox.findSendButton(document, readVia('email'))?.getAttribute('data-test-id')).toBe('submit_button-button');
    expect(zendeskReplyBox.findSendButton(document, readVia())?.getAttribute('data-test-id')).toBe('submit_button-button');
  });
});
