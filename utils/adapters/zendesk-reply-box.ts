import { i18n } from '@/utils/i18n';
import { first } from './dom';
import type { ReplyBoxLookups } from './types';
import { paneOf, visibleTicket } from './zendesk-ticket';

/**
 * Where an approved reply goes in a Zendesk ticket. Not in the content script every agent page
 * loads (#14): the composer actions the worker injects before an insertion bring it
 * (entrypoints/composer-actions.ts). Everything is looked up inside the ticket the URL names,
 * as in ./zendesk.ts; selector sources as there.
 */
export const REPLY_BOX_SELECTORS = {
  composer: [
    // Source: public userscripts (omnicomposer-rich-text-ckeditor).
    '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
    // Messaging channels use a plain-text CKEditor. Source: public userscripts and Cypress tests.
    '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
    // Older editor wrapper. Source: public userscripts (ticket-rich-text-editor).
    '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"]',
  ],
  /** "Submit as Open/Pending/Solved" (email and web). Source: public userscripts and the DeepL extension. */
  submit: ['button[data-test-id="submit_button-button"]'],
  /** The messaging composer's own Send. Source: public userscripts (omnichannel-omnicomposer-send-button). */
  messagingSend: ['button[data-test-id="omnichannel-omnicomposer-send-button"]'],
  /** Its aria-label / data-channel names the mode: "Email", "web"… or "Internal note". Source: public userscripts; data-channel unconfirmed. */
  channelSwitcher: ['button[data-test-id="omnichannel-channel-switcher-button"]'],
} as const;

/**
 * via.channel values of messaging conversations, whose replies go out through the messaging
 * composer's own Send. Via types reference:
 * https://developer.zendesk.com/documentation/ticketing/reference-guides/via-types/
 * ("native_messaging" and "chat" are documented; the social channel names are unconfirmed).
 */
const MESSAGING_CHANNELS = new Set(['native_messaging', 'chat', 'whatsapp', 'line', 'wechat', 'instagram_dm', 'facebook_messenger', 'twitter_dm', 'telegram', 'viber', 'sms']);

function isMessagingChannel(channel: string | number | undefined): boolean {
  return typeof channel === 'string' && (MESSAGING_CHANNELS.has(channel) || channel.startsWith('sunshine_conversations'));
}

export const zendeskReplyBox: ReplyBoxLookups = {
  findComposer(document) {
    const ticket = visibleTicket(document);
    const editor = ticket ? first(ticket, REPLY_BOX_SELECTORS.composer) : null;
    if (!ticket || !editor) return { status: 'missing', problem: i18n.t('pageReading.zendesk.noReplyBox') };
    const channel = first(ticket, REPLY_BOX_SELECTORS.channelSwitcher);
    const mode = `${channel?.getAttribute('data-channel') ?? ''} ${channel?.getAttribute('aria-label') ?? ''}`;
    if (/internal/i.test(mode)) {
      return { status: 'missing', problem: i18n.t('pageReading.zendesk.internalNote') };
    }
    return { status: 'found', editor };
  },

  findSendButton(document, read) {
    const ticket = visibleTicket(document);
    if (!ticket) return null;
    // The footer sits beside the conversation column, inside the ticket's workspace pane.
    const pane = paneOf(ticket);
    const messagingSend = first(pane, REPLY_BOX_SELECTORS.messagingSend);
    // A messaging conversation sends with its composer's Send; "Submit as Open" only updates the
    // ticket. Known from the API's channel, or from the messaging Send being there at all.
    if (messagingSend || isMessagingChannel(read.channel)) return messagingSend;
    return first(pane, REPLY_BOX_SELECTORS.submit);
  },
};
