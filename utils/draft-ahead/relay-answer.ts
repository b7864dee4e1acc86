import { z } from 'zod/mini';
import type { ApiRelayResponse } from './relay-messages';

/** The Zendesk tab's answer to a relayed API request, validated by the worker that receives it. */
export const apiRelayResponseSchema = z.object({
  /** 0: the request did not reach Zendesk (offline, refused). */
  status: z.number(),
  retryAfter: z.nullable(z.string()),
  body: z.string().check(z.maxLength(20_000_000)),
}) satisfies z.ZodMiniType<ApiRelayResponse>;
