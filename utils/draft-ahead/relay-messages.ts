import { z } from 'zod/mini';

/**
 * The worker asks the Zendesk tab's content script to make one API request
 * with the agent's session (same origin, so the session cookie goes along
 * and no token is stored anywhere). What the tab receives, validated there
 * with zod/mini; each direction's schema in its own module, so the content
 * script bundles only this one (#14).
 */
export const apiRelayRequestSchema = z.object({
  type: z.literal('zendesk-api:fetch'),
  // A literal of several values, not z.enum: content scripts then bundle one schema kind less (#14).
  method: z.literal(['GET', 'PUT']),
  /** Relative to the tab's Zendesk origin, and only under /api/v2/. */
  path: z.string().check(z.maxLength(2_000), z.startsWith('/api/v2/')),
  body: z.nullable(z.string().check(z.maxLength(100_000))),
  csrfToken: z.nullable(z.string().check(z.maxLength(500))),
});
export type ApiRelayRequest = z.infer<typeof apiRelayRequestSchema>;

/** The tab's answer; the worker validates it (./relay-answer.ts), so its schema is not in the content script. */
export interface ApiRelayResponse {
  /** 0: the request did not reach Zendesk (offline, refused). */
  status: number;
  retryAfter: string | null;
  body: string;
}
