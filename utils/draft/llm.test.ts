import { modelProblemText } from './model-problem-text';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLlmServer, type LlmServer } from '@/test/llm-server/server';
import { describeModelFailure, streamChatCompletion } from './llm';
import { retryDelay, DEFAULT_RETRY_POLICY } from './model-retry';
import type { ModelSettings } from '../settings/settings';
import { StreamCutError, StreamStalledError } from './stream-errors';

let llm: LlmServer;
beforeEach(async () => {
  llm = await startLlmServer();
});
afterEach(() => llm.close());

const settings = (): ModelSettings => ({ apiKey: llm.apiKey, baseURL: llm.baseURL, model: 'replyloop-mock', timeoutSeconds: 5 });
const ask = (idleTimeoutMs?: number) =>
  streamChatCompletion(settings(), [{ role: 'user', content: 'Customer: where is my parcel?' }], () => undefined, { idleTimeoutMs });

describe('streamChatCompletion', () => {
  it('streams a whole answer', async () => {
    await expect(ask()).resolves.toContain('Best regards');
  });

  it('uses changed settings at once (the client is kept only while key, URL and timeout stay the same)', async () => {
    await expect(ask()).resolves.toContain('Best regards');
    const wrongKey = streamChatCompletion({ ...settings(), apiKey: 'wrong-key' }, [{ role: 'user', content: 'hi' }], () => undefined);
    expect(describeModelFailure(await wrongKey.catch((caught: unknown) => caught)).kind).toBe('auth');
    await expect(ask()).resolves.toContain('Best regards');
  });

  it('fails a stream that stalls after its headers within the idle timeout, saying how much had arrived', async () => {
    llm.setFailure('stall');
    const started = Date.now();
    const error = await ask(400).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StreamStalledError);
    // The request timeout (5 s) never fires on a stream that has started; the idle timeout does.
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(modelProblemText(describeModelFailure(error).problem)).toMatch(/stopped sending mid-answer: nothing for \d+ s after \d+ characters/);
    expect(retryDelay(error, 1, DEFAULT_RETRY_POLICY)?.reason).toMatch(/stopped sending/);
  });

  it('keeps a slow but steady stream going: each chunk restarts the idle timer', async () => {
    llm.setFailure('slow', { delayMs: 150 });
    await expect(ask(600)).resolves.toContain('Best regards');
  });

  it('names a connection cut mid-answer precisely, and retries it', async () => {
    llm.setFailure('cut');
    const error = await ask().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StreamCutError);
    const failure = describeModelFailure(error);
    expect(failure).toMatchObject({ kind: 'network', problem: { code: 'cut' } });
    expect(modelProblemText(failure.problem)).toMatch(/cut mid-answer, after \d+ characters/);
    expect(retryDelay(error, 1, DEFAULT_RETRY_POLICY)).toMatchObject({ reason: 'The connection to the model endpoint was cut mid-answer' });
  });

  it('still reports the agent’s own cancel as a cancel', async () => {
    llm.setFailure('stall');
    const cancel = new AbortController();
    const asking = streamChatCompletion(settings(), [{ role: 'user', content: 'hi' }], () => undefined, { signal: cancel.signal });
    setTimeout(() => cancel.abort(), 300);
    expect(describeModelFailure(await asking.catch((caught: unknown) => caught)).kind).toBe('cancelled');
  });
});
