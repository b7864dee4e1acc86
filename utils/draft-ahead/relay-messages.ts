import { z } from 'zod/mini';

/**
 * The worker asks the Zendesk tab's content script to make one API request
 * with the agent's session (same origin, so the session cookie goes along
 * and no token is stored anywhere). Content scripts validate with zod/mini.
 */
export const apiRelayRequestSchema = z.object({
  type: z.literal('zendesk-api:fetch'),
  method: z.enum(['GET', 'PUT']),
  /** Relative to the tab's Zendesk origin, and only under /api/v2/. */
  path: z.string().check(z.maxLength(2_000), z.startsWith('/api/v2/')),
  body: z.nullable(z.string().check(z.maxLength(100_000))),
  csrfToken: z.nullable(z.string().check(z.maxLength(500))),
});
export type ApiRelayRequest = z.infer<typeof apiRelayRequestSchema>;

export const apiRelayResponseSchema = z.object({
  /** 0: the request did not reach Zendesk (offline, refused). */
  status: z.number(),
  retryAfter: z.nullable(z.string()),
  body: z.string().check(z.maxLength(20_000_000)),
});
export type ApiRelayResponse = z.infer<typeof apiRelayResponseSchema>;
