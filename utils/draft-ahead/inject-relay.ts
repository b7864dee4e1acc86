import { browser } from 'wxt/browser';

/** The built entrypoints/zendesk-api-relay.ts. */
export const ZENDESK_API_RELAY_FILE = '/zendesk-api-relay.js';

/**
 * Injects the API relay (./api-relay.ts) into a Zendesk tab once per tab load and worker run:
 * draft-ahead's requests go through it, so it is not in the content script every agent page
 * loads (#14). Injecting it again is harmless (it listens once).
 */
export function createRelayInjector(): { ensure(tabId: number): Promise<void>; forget(tabId: number): void } {
  const injected = new Set<number>();
  return {
    async ensure(tabId) {
      if (injected.has(tabId)) return;
      await browser.scripting.executeScript({ target: { tabId }, files: [ZENDESK_API_RELAY_FILE] });
      injected.add(tabId);
    },
    forget: (tabId) => void injected.delete(tabId),
  };
}
