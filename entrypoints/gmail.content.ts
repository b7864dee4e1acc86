import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createGmailAdapter, gmailAdapter } from '@/utils/adapters/gmail';
import { runHelpdeskContentScript } from '@/utils/page/content-runner';
import { ownAddressesFrom } from '@/utils/messaging/own-addresses-answer';
import type { ContentToWorker } from '@/utils/messaging/messages';

/** The agent's other addresses from options, asked of the worker: storage is closed to content scripts. */
function askOwnAddresses(): Promise<string[]> {
  return browser.runtime
    .sendMessage({ type: 'settings:own-addresses' } satisfies ContentToWorker)
    .then(ownAddressesFrom)
    .catch(() => []);
}

export default defineContentScript({
  matches: gmailAdapter.matches,
  runAt: 'document_idle',
  main: () => {
    // Asked at start and whenever the tab comes back into view (as after editing options); reads wait for it.
    let ownAddresses = askOwnAddresses();
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') ownAddresses = askOwnAddresses();
    });
    runHelpdeskContentScript(createGmailAdapter({ extraOwnAddresses: () => ownAddresses }));
  },
});
