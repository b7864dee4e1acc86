/** Injected failures: what the next /v1 requests should suffer, set from tests or over the control API. */
import { z } from 'zod';

/** stall: a stream's headers and first chunk, then silence; cut: the connection dropped after the first chunks. */
export const FAILURE_MODES = ['unauthorized', 'rate-limit', 'server-error', 'slow', 'malformed', 'stall', 'cut'] as const;
export type FailureMode = (typeof FAILURE_MODES)[number];

export interface FailureOptions {
  /** How many upcoming /v1 requests fail; default: all of them until cleared. */
  count?: number;
  /** Sent as `Retry-After` with 'rate-limit'; default 1. */
  retryAfterSeconds?: number;
  /** Wait before each chunk with 'slow'; default 500. */
  delayMs?: number;
}

/** The failure one request suffers. */
export interface Failure {
  mode: FailureMode;
  retryAfterSeconds: number;
  delayMs: number;
}

/** Body of `POST /_control/failure`: a mode and its options, or `{ mode: null }` to clear. */
export const failureControlBody = z.strictObject({
  mode: z.enum(FAILURE_MODES).nullable(),
  count: z.int().positive().optional(),
  retryAfterSeconds: z.int().nonnegative().optional(),
  delayMs: z.int().nonnegative().optional(),
});

export function createFailureSwitch() {
  let active: (Failure & { remaining: number }) | null = null;

  return {
    set(mode: FailureMode, options: FailureOptions = {}): void {
      active = {
        mode,
        remaining: options.count ?? Infinity,
        retryAfterSeconds: options.retryAfterSeconds ?? 1,
        delayMs: options.delayMs ?? 500,
      };
    },
    clear(): void {
      active = null;
    },
    /** The failure for the request being handled now, counting it against `count`. */
    take(): Failure | null {
      if (!active) return null;
      const { mode, retryAfterSeconds, delayMs } = active;
      active.remaining -= 1;
      if (active.remaining <= 0) active = null;
      return { mode, retryAfterSeconds, delayMs };
    },
  };
}
