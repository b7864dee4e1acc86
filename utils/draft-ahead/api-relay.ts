import { browser } from 'wxt/browser';
import { listenForMessages } from '../messaging/runtime-listener';
import { createExtensionContext, type ExtensionContext } from '../page/content-context';
import { isolatedWorldSlot } from '../page/isolated-world-slot';
import { apiRelayRequestSchema, type ApiRelayRequest, type ApiRelayResponse } from './relay-messages';

/** Set while this extension run relays in the tab's isolated world: the worker injects again after a restart. */
const relaying = isolatedWorldSlot<ExtensionContext>('zendesk-api-relay');

/**
 * In the Zendesk tab: makes the worker's API requests with the agent's own
 * session, on this tab's origin only. Only the extension itself may ask.
 * Draft-ahead's alone, so not in the content script every agent page loads
 * (#14): the worker injects it (entrypoints/zendesk-api-relay.ts, ./inject-relay.ts)
 * before it relays. It listens once, however often it is injected.
 */
export function relayZendeskApiRequests(): void {
  if (relaying.get()?.isValid) return;
  relaying.lend(createExtensionContext(browser.runtime));
  listenForMessages((message, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = apiRelayRequestSchema.safeParse(message);
    return request.success ? relay(request.data) : undefined;
  });
}
async function relay(request: ApiRelayRequest): Promise<ApiRelayResponse> {
  const url = new URL(request.path, location.origin);
  if (url.origin !== location.origin || !url.pathname.startsWith('/api/v2/')) return { status: 0, retryAfter: null, body: 'refused: not this Zendesk API' };
  try {
    const response = await fetch(url, {
      method: request.method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(request.body === null ? {} : { 'Content-Type': 'application/json' }),
        ...(request.csrfToken === null ? {} : { 'X-CSRF-Token': request.csrfToken }),
      },
      body: request.body ?? undefined,
    });
    return { status: response.status, retryAfter: response.headers.get('Retry-After'), body: await response.text() };
  } catch (error) {
    return { status: 0, retryAfter: null, body: error instanceof Error ? error.message : String(error) };
  }
}
