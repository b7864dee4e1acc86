/**
 * How a streamed answer can fail after its headers arrived (#13, #19): the
 * SDK's request timeout stops counting once the headers are in, and a dropped
 * connection surfaces as a bare "network error". Both are retried (model-retry.ts)
 * and told to the agent with what had arrived.
 */

/** No bytes for the idle timeout while the answer was streaming. */
export class StreamStalledError extends Error {
  constructor(
    readonly idleSeconds: number,
    readonly receivedChars: number,
  ) {
    // For the console: the agent reads the draft's stored problem (model-problem.ts) in their language.
    super(`stream stalled for ${idleSeconds} s mid-answer`);
  }
}

/** The connection ended before the answer did. */
export class StreamCutError extends Error {
  constructor(
    readonly receivedChars: number,
    cause: unknown,
  ) {
    super(`stream cut mid-answer: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}
