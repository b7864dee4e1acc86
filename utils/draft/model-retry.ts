import { i18n } from '@/utils/i18n';
import OpenAI from 'openai';
import { StreamCutError, StreamStalledError } from './stream-errors';

/**
 * Which model failures are worth trying again, and when: rate limits after
 * the server's Retry-After, overloaded servers and network errors with
 * exponential backoff. Done here rather than inside the SDK so the agent
 * sees each wait ("Rate limited: retrying in 2 s").
 */
export interface RetryPolicy {
  maxRetries: number;
  /** First backoff; doubles each time. */
  baseDelayMs: number;
  /** A Retry-After longer than this is not waited for: the draft fails with Retry instead. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 3, baseDelayMs: 1_000, maxDelayMs: 60_000 };

export interface RetryWait {
  attempt: number;
  delayMs: number;
  /** In words, for the panel. */
  reason: string;
}

/** How long to wait before the next attempt, or null when the failure is final. */
export function retryDelay(error: unknown, attempt: number, policy: RetryPolicy): RetryWait | null {
  if (attempt > policy.maxRetries) return null;
  const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
  if (error instanceof OpenAI.RateLimitError) {
    const header = error.headers?.get('retry-after');
    const seconds = header === null || header === undefined ? Number.NaN : Number(header);
    const delayMs = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1_000 : backoff;
    return delayMs > policy.maxDelayMs ? null : { attempt, delayMs, reason: i18n.t('retry.rateLimited') };
  }
  // A stream cut mid-way or not JSON at the transport level: worth one more try.
  if (error instanceof SyntaxError) return attempt === 1 ? { attempt, delayMs: 0, reason: i18n.t('retry.garbled') } : null;
  if (error instanceof StreamStalledError) return { attempt, delayMs: backoff, reason: i18n.t('retry.stalled', { seconds: error.idleSeconds }) };
  if (error instanceof StreamCutError) return { attempt, delayMs: backoff, reason: i18n.t('retry.cut') };
  if (error instanceof OpenAI.APIConnectionTimeoutError) return { attempt, delayMs: backoff, reason: i18n.t('retry.timedOut') };
  if (error instanceof OpenAI.APIConnectionError) return { attempt, delayMs: backoff, reason: i18n.t('retry.unreachable') };
  if (error instanceof OpenAI.APIError && error.status !== undefined && error.status >= 500) {
    return { attempt, delayMs: backoff, reason: i18n.t('retry.failed', { status: error.status }) };
  }
  return null;
}

/** Runs `work`, retrying per the policy; `onWait` hears each wait before it starts; an abort ends the waiting. */
export async function withRetries<T>(
  work: () => Promise<T>,
  options: { policy?: RetryPolicy; onWait?(wait: RetryWait): void; signal?: AbortSignal; sleep?(ms: number, signal?: AbortSignal): Promise<void> } = {},
): Promise<T> {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const sleep = options.sleep ?? abortableSleep;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const wait = options.signal?.aborted ? null : retryDelay(error, attempt, policy);
      if (!wait) throw error;
      options.onWait?.(wait);
      await sleep(wait.delayMs, options.signal);
    }
  }
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}
