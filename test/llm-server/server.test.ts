import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildDraftPrompt } from '@/utils/draft/prompt';
import { EXAMPLE_REUSE_PREFIX } from './reply';
import { MOCK_EMBEDDING_MODEL, MOCK_MODEL, startLlmServer, type LlmServer } from './server';

let server: LlmServer;
let client: OpenAI;

beforeAll(async () => {
  server = await startLlmServer();
  // No retries: each failure mode must reach the test as exactly one failed request.
  // No logging: the SDK would print the broken stream line the malformed test provokes on purpose.
  client = new OpenAI({ apiKey: server.apiKey, baseURL: server.baseURL, maxRetries: 0, logLevel: 'off' });
});
afterAll(() => server.close());
afterEach(() => {
  server.clearFailure();
  server.requests.length = 0;
});

const messages = buildDraftPrompt({
  subject: 'Charged twice',
  customerName: 'Jane Doe',
  messages: [{ id: 'm1', role: 'customer', author: 'Jane Doe', text: 'I was charged twice for my invoice.', sentAt: null }],
  latestCustomerMessage: 'I was charged twice for my invoice.',
  examples: [{ customerMessage: 'Double charge?', approvedReply: 'We refunded the duplicate charge.' }],
});

function complete() {
  return client.chat.completions.create({ model: MOCK_MODEL, messages });
}

async function streamedText(): Promise<string> {
  const stream = await client.chat.completions.create({ model: MOCK_MODEL, messages, stream: true });
  let text = '';
  for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
  return text;
}

function cosine(a: number[], b: number[]): number {
  // The vectors are L2-normalised, so the dot product is the cosine.
  return a.reduce((sum, value, index) => sum + value * (b[index] ?? 0), 0);
}

async function embed(input: string[], options: { encoding_format?: 'float' } = {}): Promise<number[][]> {
  const response = await client.embeddings.create({ model: MOCK_EMBEDDING_MODEL, input, ...options });
  return response.data.map((item) => item.embedding);
}

describe('models and completions', () => {
  it('lists the mock model', async () => {
    const models = await client.models.list();
    expect(models.data.map((model) => model.id)).toContain(MOCK_MODEL);
  });

  it('answers a draft prompt in one JSON response', async () => {
    const completion = await complete();
    const content = completion.choices[0]?.message.content ?? '';
    expect(content).toMatch(/^Hi Jane,\n\n/);
    expect(content).toContain('You asked about "I was charged twice for my invoice."');
    expect(content).toContain(`${EXAMPLE_REUSE_PREFIX}We refunded the duplicate charge.`);
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.usage?.total_tokens).toBeGreaterThan(0);
  });

  it('streams the same text in chunks, ending with stop and, when asked, usage', async () => {
    const stream = await client.chat.completions.create({
      model: MOCK_MODEL,
      messages,
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    const text = chunks.map((chunk) => chunk.choices[0]?.delta?.content ?? '').join('');

    expect(text).toBe((await complete()).choices[0]?.message.content);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.at(-1)?.usage?.completion_tokens).toBeGreaterThan(0);
  });

  it('answers json_schema with an object that satisfies the schema', async () => {
    const draftSchema = z.object({
      reply: z.string(),
      category: z.enum(['shipping', 'billing', 'other']),
      confidence: z.number().min(0).max(1),
      flags: z.array(z.enum(['financial', 'escalation', 'prompt_injection'])),
      reasons: z.string(),
      internalNote: z.string().nullable(),
    });
    const completion = await client.chat.completions.parse({
      model: MOCK_MODEL,
      messages,
      response_format: zodResponseFormat(draftSchema, 'draft'),
    });
    // parse() has already validated the content against the zod schema.
    const draft = completion.choices[0]?.message.parsed;
    expect(draft?.reply).toContain('Hi Jane,');
    expect(draft).toMatchObject({ category: 'billing', confidence: 0.9, flags: ['financial'] });
  });

  it('answers json_object with a JSON draft', async () => {
    const completion = await client.chat.completions.create({ model: MOCK_MODEL, messages, response_format: { type: 'json_object' } });
    const answer: unknown = JSON.parse(completion.choices[0]?.message.content ?? '');
    expect(answer).toMatchObject({ reply: expect.stringContaining('Hi Jane,'), category: 'billing', flags: ['financial'] });
  });
});

describe('embeddings', () => {
  it('decodes the base64 the SDK asks for by default to the same vectors as float', async () => {
    const [fromBase64] = await embed(['Where is my parcel?']);
    expect(server.requests.at(-1)?.body).toMatchObject({ encoding_format: 'base64' });
    const [fromFloat] = await embed(['Where is my parcel?'], { encoding_format: 'float' });
    expect(fromBase64).toHaveLength(256);
    expect(fromBase64).toEqual(fromFloat);
  });

  it('gives the same vector for the same text, and closer vectors for similar texts', async () => {
    const [parcel, parcelAgain, similar, unrelated] = await embed([
      'Where is my parcel? It has not arrived.',
      'Where is my parcel? It has not arrived.',
      'My parcel has not arrived yet, where is it?',
      'Please reset the password for my account.',
    ]);
    if (!parcel || !parcelAgain || !similar || !unrelated) throw new Error('expected four embeddings');
    expect(parcelAgain).toEqual(parcel);
    expect(cosine(parcel, parcel)).toBeCloseTo(1, 5);
    expect(cosine(parcel, similar)).toBeGreaterThan(cosine(parcel, unrelated) + 0.2);
  });

  it('honours dimensions', async () => {
    const response = await client.embeddings.create({ model: MOCK_EMBEDDING_MODEL, input: 'hi', dimensions: 64 });
    expect(response.data[0]?.embedding).toHaveLength(64);
  });
});

describe('authentication', () => {
  it('refuses a wrong key with an OpenAI-style 401', async () => {
    const wrongKey = new OpenAI({ apiKey: 'wrong', baseURL: server.baseURL, maxRetries: 0 });
    const error = await wrongKey.models.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'invalid_api_key', type: 'invalid_request_error' });
  });
});

describe('failure modes', () => {
  it.each([
    ['unauthorized', OpenAI.AuthenticationError],
    ['rate-limit', OpenAI.RateLimitError],
    ['server-error', OpenAI.InternalServerError],
  ] as const)('%s fails the request with the matching SDK error', async (mode, ErrorClass) => {
    server.setFailure(mode);
    await expect(complete()).rejects.toBeInstanceOf(ErrorClass);
  });

  it('rate-limit answers 429 with Retry-After', async () => {
    server.setFailure('rate-limit', { retryAfterSeconds: 7 });
    const error = await complete().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 429 });
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after')).toBe('7');
  });

  it('fails only the next `count` requests, then recovers', async () => {
    server.setFailure('server-error', { count: 2 });
    await expect(complete()).rejects.toBeInstanceOf(OpenAI.InternalServerError);
    await expect(client.models.list()).rejects.toBeInstanceOf(OpenAI.InternalServerError);
    await expect(complete()).resolves.toBeDefined();
  });

  it('slow delays every chunk of a stream and a whole JSON response', async () => {
    server.setFailure('slow', { delayMs: 5 });
    const streamStart = Date.now();
    const chunkCount = (await streamedText()).split(/\s+/).length / 3;
    expect(Date.now() - streamStart).toBeGreaterThanOrEqual(chunkCount * 5);

    server.setFailure('slow', { delayMs: 50 });
    const jsonStart = Date.now();
    await client.models.list();
    expect(Date.now() - jsonStart).toBeGreaterThanOrEqual(45);
  });

  it('malformed sends a 200 whose JSON body does not parse', async () => {
    server.setFailure('malformed');
    await expect(complete()).rejects.toThrow(/JSON/);
  });

  it('malformed breaks a data: line of a stream', async () => {
    server.setFailure('malformed');
    await expect(streamedText()).rejects.toThrow(/JSON/);
  });
});

describe('control API', () => {
  function control(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${server.url}/_control/${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  }

  it('sets and clears failures', async () => {
    expect((await control('POST', 'failure', { mode: 'rate-limit', retryAfterSeconds: 3 })).status).toBe(204);
    await expect(complete()).rejects.toBeInstanceOf(OpenAI.RateLimitError);
    expect((await control('POST', 'failure', { mode: null })).status).toBe(204);
    await expect(complete()).resolves.toBeDefined();
  });

  it('honours count', async () => {
    await control('POST', 'failure', { mode: 'unauthorized', count: 1 });
    await expect(complete()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    await expect(complete()).resolves.toBeDefined();
  });

  it('refuses a bad control body with a clear 400', async () => {
    const response = await control('POST', 'failure', { mode: 'explode', count: -1 });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message).toMatch(/mode/);
    expect(error.message).toMatch(/count/);
  });

  it('lists and clears the recorded /v1 requests', async () => {
    await complete();
    const listed = (await (await control('GET', 'requests')).json()) as Array<{ method: string; path: string; body: unknown }>;
    expect(listed).toEqual([
      { method: 'POST', path: '/v1/chat/completions', body: expect.objectContaining({ model: MOCK_MODEL, messages }), at: expect.any(Number) },
    ]);
    expect((await control('DELETE', 'requests')).status).toBe(204);
    expect(server.requests).toEqual([]);
  });
});

describe('HTTP details', () => {
  it('closes promptly even with a slow stream in flight', async () => {
    const other = await startLlmServer();
    other.setFailure('slow', { delayMs: 10_000 });
    const otherClient = new OpenAI({ apiKey: other.apiKey, baseURL: other.baseURL, maxRetries: 0, logLevel: 'off' });
    // Resolves once the headers arrive; the first chunk would take 10 s.
    const stream = await otherClient.chat.completions.create({ model: MOCK_MODEL, messages, stream: true });
    const closeStart = Date.now();
    await other.close();
    expect(Date.now() - closeStart).toBeLessThan(1_000);
    await expect(stream[Symbol.asyncIterator]().next()).rejects.toThrow();
  });

  it('answers CORS preflights, allowing the headers the SDK sends', async () => {
    const response = await fetch(`${server.baseURL}/chat/completions`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abc',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, x-stainless-os',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization, content-type, x-stainless-os');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, DELETE, OPTIONS');
    expect(server.requests).toEqual([]);
  });

  it('allows any origin on ordinary responses', async () => {
    const response = await fetch(`${server.baseURL}/models`, { headers: { Authorization: `Bearer ${server.apiKey}` } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers 404 for unknown paths and 400 for invalid JSON', async () => {
    const headers = { Authorization: `Bearer ${server.apiKey}` };
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
    expect((await fetch(`${server.baseURL}/nope`, { headers })).status).toBe(404);
    const invalid = await fetch(`${server.baseURL}/chat/completions`, { method: 'POST', headers, body: '{"model":' });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: { type: 'invalid_request_error' } });
  });

  it('answers 400 for a request body of the wrong shape', async () => {
    const error = await client.chat.completions.create({ model: MOCK_MODEL, messages: [] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
  });
});
