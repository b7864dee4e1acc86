import type { BrowserContext } from '@playwright/test';
import { SESSION_COOKIE, type ZendeskApiServer } from '../zendesk-api-server/server';
import { ZENDESK_ORIGIN } from './zendesk-pages';

/**
 * The extension reaches the local Zendesk API at the real origin: requests
 * to https://acme.zendesk.com/api/v2/… are forwarded to the local server
 * with the browser's own cookies and headers, and its answer returned as is.
 */
export async function routeZendeskApi(context: BrowserContext, server: ZendeskApiServer, origin = ZENDESK_ORIGIN): Promise<void> {
  await context.route(`${origin}/api/v2/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const headers = await request.allHeaders();
    const forwarded = await fetch(`${server.url}${url.pathname}${url.search}`, {
      method: request.method(),
      headers: {
        ...(headers.cookie ? { Cookie: headers.cookie } : {}),
        ...(headers['x-csrf-token'] ? { 'X-CSRF-Token': headers['x-csrf-token'] } : {}),
        ...(headers['content-type'] ? { 'Content-Type': headers['content-type'] } : {}),
        'X-Forwarded-Host': url.host,
      },
      body: request.postData() ?? undefined,
    });
    await route.fulfill({ status: forwarded.status, headers: Object.fromEntries(forwarded.headers), body: Buffer.from(await forwarded.arrayBuffer()) });
  });
}

/** The agent is signed in to Zendesk: the session cookie the real login would set. */
export async function signInToZendesk(context: BrowserContext, server: ZendeskApiServer, origin = ZENDESK_ORIGIN): Promise<void> {
  await context.addCookies([{ name: SESSION_COOKIE, value: server.session, url: origin, secure: true, httpOnly: true, sameSite: 'Lax' }]);
}
