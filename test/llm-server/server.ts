/**
 * A local, deterministic OpenAI-compatible server for tests and the demo. It
 * is never a real model: replies are composed from the prompt (reply.ts), and
 * failures are injected on demand, from code or over the /_control HTTP API.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chatCompletionReply } from './chat';
import { embeddingsReply } from './embeddings';
import { createFailureSwitch, failureControlBody, type Failure, type FailureMode, type FailureOptions } from './failures';
import { invalidRequest, jsonReply, openAiError, parseBody, type Reply } from './responses';
import { send } from './send';
import type { SelfAssessment } from './structured-output';

export type { FailureMode, FailureOptions } from './failures';

export const MOCK_MODEL = 'replyloop-mock';
export const MOCK_EMBEDDING_MODEL = 'replyloop-mock-embedding';

export interface RecordedRequest {
  method: string;
  /** Without the query string. */
  path: string;
  /** Parsed JSON, or null for an empty or unparseable body. */
  body: unknown;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface LlmServer {
  /** http://127.0.0.1:PORT */
  url: string;
  /** url + '/v1', for `new OpenAI({ baseURL })`. */
  baseURL: string;
  port: number;
  apiKey: string;
  /** Every /v1 request except CORS preflights, oldest first. */
  requests: RecordedRequest[];
  setFailure(mode: FailureMode, options?: FailureOptions): void;
  /** The self-assessment every structured draft carries from now on; null: judged from the message again. */
  setAssessment(assessment: SelfAssessment | null): void;
  clearFailure(): void;
  close(): Promise<void>;
}

export interface LlmServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 'test-key'. */
  apiKey?: string;
}

type ParsedBody = { ok: true; value: unknown } | { ok: false };

async function readJsonBody(request: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function unknownUrl(method: string, path: string): Reply {
  return openAiError(404, { message: `Unknown request URL: ${method} ${path}.`, type: 'invalid_request_error', code: 'unknown_url' });
}

function invalidApiKey(message: string): Reply {
  return openAiError(401, { message, type: 'invalid_request_error', code: 'invalid_api_key' });
}

/** The failures that replace the answer; 'slow', 'malformed', 'stall' and 'cut' spoil its delivery instead (send.ts). */
function injectedError(failure: Failure): Reply | null {
  switch (failure.mode) {
    case 'unauthorized':
      return invalidApiKey('Incorrect API key provided (failure injected by the ReplyLoop mock).');
    case 'rate-limit':
      return openAiError(
        429,
        { message: 'Rate limit reached (failure injected by the ReplyLoop mock).', type: 'requests', code: 'rate_limit_exceeded' },
        { 'Retry-After': String(failure.retryAfterSeconds) },
      );
    case 'server-error':
      return openAiError(500, { message: 'The server had an error (failure injected by the ReplyLoop mock).', type: 'server_error', code: null });
    default:
      return null;
  }
}

/** Lets pages (the options page's "Test connection", a Playwright page) call the server cross-origin. */
function preflight(request: IncomingMessage): Reply {
  const headers: Record<string, string> = { 'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS' };
  const requestedHeaders = request.headers['access-control-request-headers'];
  // The openai SDK sends authorization, content-type and many x-stainless-* headers: allow whatever is asked.
  if (requestedHeaders) headers['Access-Control-Allow-Headers'] = requestedHeaders;
  // Chrome asks before a public page may reach 127.0.0.1 (Private Network Access).
  if (request.headers['access-control-request-private-network'] === 'true') headers['Access-Control-Allow-Private-Network'] = 'true';
  return { kind: 'empty', status: 204, headers };
}

export async function startLlmServer(options: LlmServerOptions = {}): Promise<LlmServer> {
  const apiKey = options.apiKey ?? 'test-key';
  const requests: RecordedRequest[] = [];
  const failures = createFailureSwitch();
  let completionCount = 0;
  let assessment: SelfAssessment | null = null;

  function answerModelRequest(method: string, path: string, authorization: string | undefined, body: ParsedBody): Reply {
    if (authorization === undefined) return invalidApiKey("You didn't provide an API key. Send it as 'Authorization: Bearer <key>'.");
    if (authorization !== `Bearer ${apiKey}`) return invalidApiKey('Incorrect API key provided.');
    if (!body.ok) return invalidRequest('We could not parse the JSON body of your request.');
    switch (`${method} ${path}`) {
      case 'GET /v1/models':
        return jsonReply({
          object: 'list',
          data: [MOCK_MODEL, MOCK_EMBEDDING_MODEL].map((id) => ({ id, object: 'model', created: 0, owned_by: 'replyloop' })),
        });
      case 'POST /v1/chat/completions':
        completionCount += 1;
        return chatCompletionReply(body.value, `chatcmpl-mock-${completionCount}`, assessment);
      case 'POST /v1/embeddings':
        return embeddingsReply(body.value);
      default:
        return unknownUrl(method, path);
    }
  }

  function answerControlRequest(method: string, path: string, body: ParsedBody): Reply {
    if (!body.ok) return invalidRequest('The control body is not valid JSON.');
    switch (`${method} ${path}`) {
      case 'POST /_control/failure': {
        const parsed = parseBody(failureControlBody, body.value);
        if (!parsed.ok) return parsed.reply;
        const { mode, ...failureOptions } = parsed.value;
        if (mode === null) failures.clear();
        else failures.set(mode, failureOptions);
        return { kind: 'empty', status: 204 };
      }
      case 'GET /_control/requests':
        return jsonReply(requests);
      case 'DELETE /_control/requests':
        // Emptied in place: `server.requests` stays the same live array.
        requests.length = 0;
        return { kind: 'empty', status: 204 };
      default:
        return unknownUrl(method, path);
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.setHeader('Access-Control-Allow-Origin', '*');
    // Without this a page cannot read Retry-After from a 429.
    response.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    const method = request.method ?? 'GET';
    if (method === 'OPTIONS') return send(response, preflight(request), null);

    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const body = await readJsonBody(request);
    if (path.startsWith('/_control/')) return send(response, answerControlRequest(method, path, body), null);
    if (!path.startsWith('/v1/')) return send(response, unknownUrl(method, path), null);

    requests.push({ method, path, body: body.ok ? body.value : null, at: Date.now() });
    const failure = failures.take();
    const reply = (failure && injectedError(failure)) ?? answerModelRequest(method, path, request.headers.authorization, body);
    return send(response, reply, failure);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('ReplyLoop mock LLM: request failed', error);
      if (response.headersSent) response.destroy();
      else void send(response, openAiError(500, { message: String(error), type: 'server_error', code: null }), null);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the mock must never be reachable from the network.
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    baseURL: `${url}/v1`,
    port,
    apiKey,
    requests,
    setFailure: (mode, failureOptions) => failures.set(mode, failureOptions),
    setAssessment: (next) => {
      assessment = next;
    },
    clearFailure: () => failures.clear(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets and slow streams would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
