import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_EMBEDDING_MODEL, startLlmServer, type LlmServer } from '@/test/llm-server/server';
import { dot } from './embedder';
import { EmbeddingResponseError, createOpenAiEmbedder, type OpenAiEmbedderOptions } from './openai-embedder';

let server: LlmServer;

beforeAll(async () => {
  server = await startLlmServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.clearFailure();
  server.requests.length = 0;
});

function embedder(options: Partial<OpenAiEmbedderOptions> = {}) {
  return createOpenAiEmbedder({ apiKey: server.apiKey, baseURL: server.baseURL, model: MOCK_EMBEDDING_MODEL, dimensions: 256, maxRetries: 0, ...options });
}

const embeddingRequests = () => server.requests.filter((request) => request.path === '/v1/embeddings');

describe('createOpenAiEmbedder', () => {
  it('is named by model, dimension and endpoint', () => {
    expect(embedder().id).toBe(`openai:${MOCK_EMBEDDING_MODEL}:256@${server.baseURL}`);
  });

  it.each([256, 384])('returns one L2-normalised vector of %i dimensions per text, in order', async (dimensions) => {
    const texts = ['I was charged twice', 'Where is my parcel?', 'I was charged twice'];
    const vectors = await embedder({ dimensions }).embed(texts);
    expect(vectors.map((vector) => vector.length)).toEqual([dimensions, dimensions, dimensions]);
    for (const vector of vectors) expect(dot(vector, vector)).toBeCloseTo(1, 5);
    expect(vectors[0]).toEqual(vectors[2]);
    expect(dot(vectors[0] ?? new Float32Array(), vectors[1] ?? new Float32Array())).toBeLessThan(0.99);
    expect(embeddingRequests()[0]?.body).toMatchObject({ model: MOCK_EMBEDDING_MODEL, dimensions, input: texts });
  });

  it('sends inputs in batches and puts the vectors back in input order', async () => {
    const texts = Array.from({ length: 7 }, (_, index) => `message number ${index}`);
    const batched = await embedder({ batchSize: 3 }).embed(texts);
    expect(embeddingRequests().map((request) => (request.body as { input: string[] }).input.length)).toEqual([3, 3, 1]);
    expect(batched).toEqual(await embedder().embed(texts));
  });

  it('gives the zero vector to blank text without sending it (the API refuses empty input)', async () => {
    const [blank, word] = await embedder().embed(['  ', 'refund']);
    expect(blank?.every((value) => value === 0)).toBe(true);
    expect(dot(word ?? new Float32Array(), word ?? new Float32Array())).toBeCloseTo(1, 5);
    expect((embeddingRequests()[0]?.body as { input: string[] }).input).toEqual(['refund']);
  });

  it('sends no request for no texts', async () => {
    expect(await embedder().embed([])).toEqual([]);
    expect(embeddingRequests()).toHaveLength(0);
  });

  it('surfaces endpoint errors as the SDK reports them', async () => {
    server.setFailure('unauthorized');
    await expect(embedder().embed(['hello'])).rejects.toMatchObject({ status: 401 });
  });

  it('stops when aborted, before sending anything', async () => {
    await expect(embedder().embed(['hello'], AbortSignal.abort())).rejects.toThrow();
    expect(embeddingRequests()).toHaveLength(0);
  });

});

/** A server that answers every request with one fixed body, as a non-conforming endpoint might. */
async function withFixedAnswer(body: unknown, run: (baseURL: string) => Promise<void>): Promise<void> {
  const fixed = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => fixed.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(fixed.address() as AddressInfo).port}/v1`);
  } finally {
    fixed.closeAllConnections();
    await new Promise((resolve) => fixed.close(resolve));
  }
}

describe('checking what a non-conforming endpoint answers', () => {
  const embedderAt = (baseURL: string, dimensions: number) => createOpenAiEmbedder({ apiKey: 'k', baseURL, model: 'm', dimensions, maxRetries: 0 });

  it('accepts float arrays from a server that ignores encoding_format, and normalises them', async () => {
    await withFixedAnswer({ data: [{ index: 0, embedding: [3, 4] }] }, async (baseURL) => {
      const [vector] = await embedderAt(baseURL, 2).embed(['hello']);
      expect(Array.from(vector ?? [])).toEqual([expect.closeTo(0.6), expect.closeTo(0.8)]);
    });
  });

  it('refuses vectors of another dimension than configured, saying what to set', async () => {
    await withFixedAnswer({ data: [{ index: 0, embedding: [1, 0, 0] }] }, async (baseURL) => {
      await expect(embedderAt(baseURL, 2).embed(['hello'])).rejects.toThrow('returned 3 dimensions for "m", not the 2 asked for. Set the dimensions to 3');
    });
  });

  it.each([
    ['too few vectors', { data: [{ index: 0, embedding: [1, 0] }] }, 'sent 1 vectors for 2 inputs'],
    ['an index out of range', { data: [{ index: 0, embedding: [1, 0] }, { index: 5, embedding: [0, 1] }] }, 'unexpected item index 5'],
    ['no list at all', { result: 'ok' }, 'not an embeddings list'],
  ])('refuses %s', async (_case, body, message) => {
    await withFixedAnswer(body, async (baseURL) => {
      const answer = embedderAt(baseURL, 2).embed(['hello', 'world']);
      await expect(answer).rejects.toThrow(EmbeddingResponseError);
      await expect(answer).rejects.toThrow(message);
    });
  });
});
