import OpenAI from 'openai';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_RETRY_POLICY, retryDelay, withRetries } from './model-retry';

const rateLimited = (retryAfter: string | null) =>
  new OpenAI.RateLimitError(429, { message: 'slow down' }, 'slow down', new Headers(retryAfter === null ? {} : { 'retry-after': retryAfter }));
const serverError = () => new OpenAI.InternalServerError(500, { message: 'boom' }, 'boom', new Headers());
const unauthorized = () => new OpenAI.AuthenticationError(401, { message: 'bad key' }, 'bad key', new Headers());

describe('retryDelay', () => {
  it.each([
    ['429 honours Retry-After', rateLimited('3'), 1, 3_000],
    ['429 without Retry-After backs off', rateLimited(null), 2, 2_000],
    ['500 backs off exponentially', serverError(), 3, 4_000],
    ['a network error backs off', new OpenAI.APIConnectionError({ message: 'fetch failed' }), 1, 1_000],
  ])('%s', (_name, error, attempt, delayMs) => {
    expect(retryDelay(error, attempt, DEFAULT_RETRY_POLICY)?.delayMs).toBe(delayMs);
  });

  it.each([
    ['a bad key', unauthorized(), 1],
    ['a Retry-After beyond the limit', rateLimited('3600'), 1],
    ['too many attempts', serverError(), 4],
    ['a bug', new TypeError('x is undefined'), 1],
  ])('gives up on %s', (_name, error, attempt) => {
    expect(retryDelay(error, attempt, DEFAULT_RETRY_POLICY)).toBeNull();
  });
});

describe('withRetries', () => {
  it('retries, telling about each wait, until the work succeeds', async () => {
    const work = vi.fn<() => Promise<string>>().mockRejectedValueOnce(rateLimited('1')).mockRejectedValueOnce(serverError()).mockResolvedValue('draft');
    const waits: number[] = [];
    const sleep = vi.fn(async () => undefined);
    expect(await withRetries(work, { onWait: (wait) => waits.push(wait.delayMs), sleep })).toBe('draft');
    expect(waits).toEqual([1_000, 2_000]);
  });

  it('throws the final error unchanged', async () => {
    const error = unauthorized();
    await expect(withRetries(() => Promise.reject(error), { sleep: async () => undefined })).rejects.toBe(error);
  });

  it('stops waiting when cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(withRetries(() => Promise.reject(serverError()), { signal: controller.signal })).rejects.toBeInstanceOf(OpenAI.InternalServerError);
  });
});
