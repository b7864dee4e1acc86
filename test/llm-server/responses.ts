/**
 * What an endpoint answers, described without touching the socket, so the
 * injected 'slow' and 'malformed' failures can be applied in one place (send.ts).
 */
import { z } from 'zod';

export type Reply =
  | { kind: 'json'; status: number; body: unknown; headers?: Record<string, string> }
  /** Server-sent events, each sent as one `data:` line, then `data: [DONE]`. */
  | { kind: 'sse'; events: unknown[] }
  | { kind: 'empty'; status: number; headers?: Record<string, string> };

export function jsonReply(body: unknown, status = 200, headers?: Record<string, string>): Reply {
  return { kind: 'json', status, body, headers };
}

/** The error body OpenAI sends, which the openai SDK turns into its typed errors. */
export function openAiError(
  status: number,
  error: { message: string; type: string; code: string | null },
  headers?: Record<string, string>,
): Reply {
  return jsonReply({ error: { ...error, param: null } }, status, headers);
}

export function invalidRequest(message: string): Reply {
  return openAiError(400, { message, type: 'invalid_request_error', code: null });
}

/** The usual rough estimate of four characters per token: good enough for usage numbers nobody bills. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Parses a request body with a zod schema, or says in a 400 what is wrong with it. */
export function parseBody<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
): { ok: true; value: z.infer<Schema> } | { ok: false; reply: Reply } {
  const result = schema.safeParse(body);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, reply: invalidRequest(`Invalid request body:\n${z.prettifyError(result.error)}`) };
}
