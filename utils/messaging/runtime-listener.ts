import { i18n } from '@/utils/i18n';
import { browser, type Browser } from 'wxt/browser';

/**
 * A message handler returns a promise of the reply, or undefined when the
 * message is not for it.
 */
export type MessageHandler = (
  message: unknown,
  sender: Browser.runtime.MessageSender,
) => Promise<unknown> | undefined;

/**
 * Registers a handler with runtime.onMessage using sendResponse, which every
 * browser supports (returning a promise from the listener is not universal).
 */
export function listenForMessages(handler: MessageHandler): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const reply = handler(message, sender);
    if (!reply) return false;
    reply.then(sendResponse, (error: unknown) => {
      console.error('[ReplyLoop] message handler failed', error);
      sendResponse({ ok: false, reason: i18n.t('workerRefusals.internalError') });
    });
    return true;
  });
}
