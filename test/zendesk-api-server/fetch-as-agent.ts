import { SESSION_COOKIE, type ZendeskApiServer } from './server';

/**
 * A fetch that reaches the local server as the signed-in agent's browser
 * does the real origin: `https://acme.zendesk.com/api/v2/…` goes to the
 * server with the session cookie.
 */
export function fetchAsAgent(server: ZendeskApiServer, origin = 'https://acme.zendesk.com'): typeof fetch {
  return (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    if (url.origin !== origin) throw new TypeError(`fetchAsAgent only reaches ${origin}, not ${url.origin}`);
    const headers = new Headers(init?.headers);
    headers.set('Cookie', `${SESSION_COOKIE}=${server.session}`);
    headers.set('X-Forwarded-Host', url.host);
    return fetch(`${server.url}${url.pathname}${url.search}`, { ...init, headers });
  };
}
