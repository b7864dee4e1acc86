import OpenAI from 'openai';
import type { ChatMessage } from './prompt';
import { answerProblemForModel, type AnswerProblem, type ConnectionCheck, type DraftErrorKind, type ModelProblem } from './model-problem';
import type { ModelSettings } from '../settings/settings';
import { StreamCutError, StreamStalledError } from './stream-errors';

/** `response_format` for structured output: the JSON schema the answer must follow. */
export interface JsonSchemaFormat {
  type: 'json_schema';
  json_schema: { name: string; strict: boolean; schema: Record<string, unknown> };
}

/** A model failure as a draft stores it: its kind, and what the agent reads (in the page's language). */
export interface ModelFailure {
  kind: DraftErrorKind;
  problem: ModelProblem;
}

/** The client for the settings last used, kept: building one per draft cost milliseconds on the way to the model (#14). */
let kept: { key: string; client: OpenAI } | null = null;

/** Retries are ReplyLoop's own (model-retry.ts), so the agent sees each wait. */
function clientFor(settings: ModelSettings): OpenAI {
  const key = JSON.stringify([settings.apiKey, settings.baseURL, settings.timeoutSeconds]);
  if (kept?.key !== key) {
    const client = new OpenAI({
      apiKey: settings.apiKey,
      baseURL: settings.baseURL,
      maxRetries: 0,
      timeout: settings.timeoutSeconds * 1_000,
      // Extension pages and the worker are not web pages: the key never reaches a site.
      dangerouslyAllowBrowser: true,
    });
    kept = { key, client };
  }
  return kept.client;
}

/**
 * Streams one chat completion, calling onText with the text so far, and
 * returns the whole text.
 */
export interface CompletionOptions {
  /** Structured output: the JSON schema the answer must follow. */
  responseFormat?: JsonSchemaFormat;
  signal?: AbortSignal;
  /** No bytes for this long once the stream started: a stall (default: the request timeout). */
  idleTimeoutMs?: number;
}

export async function streamChatCompletion(
  settings: ModelSettings,
  messages: ChatMessage[],
  onText: (textSoFar: string) => void,
  options: CompletionOptions = {},
): Promise<string> {
  const idleMs = options.idleTimeoutMs ?? settings.timeoutSeconds * 1_000;
  // Our own switch: the caller's cancel, or the idle timer, stops the request.
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) forwardAbort();
  options.signal?.addEventListener('abort', forwardAbort, { once: true });
  let stalled = false;
  let streaming = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The SDK's timeout ends with the headers; this one watches the stream itself.
  const armIdleTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, idleMs);
  };
  let text = '';
  try {
    const stream = await clientFor(settings).chat.completions.create(
      { model: settings.model, messages, stream: true, ...(options.responseFormat ? { response_format: options.responseFormat } : {}) },
      { signal: controller.signal },
    );
    streaming = true;
    armIdleTimer();
    for await (const chunk of stream) {
      armIdleTimer();
      const delta = chunk.choices[0]?.delta?.content;
      if (delta) {
        text += delta;
        onText(text);
      }
    }
    // The SDK ends the iteration quietly when its signal aborts: a stall or a cancel is not an answer.
    if (stalled) throw new StreamStalledError(Math.round(idleMs / 1_000), text.length);
    if (options.signal?.aborted) throw new OpenAI.APIUserAbortError();
    return text.trim();
  } catch (error) {
    if (stalled) throw new StreamStalledError(Math.round(idleMs / 1_000), text.length);
    const failedMidStream = streaming && !options.signal?.aborted && !(error instanceof OpenAI.APIError) && !(error instanceof SyntaxError);
    throw failedMidStream ? new StreamCutError(text.length, error) : error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', forwardAbort);
  }
}

/** Checks key, URL and model with one cheap request, and says exactly what failed. */
export async function testConnection(settings: ModelSettings): Promise<ConnectionCheck> {
  if (settings.apiKey === '') return { ok: false, code: 'failed', problem: describeModelFailure(missingKeyError()).problem, models: [] };
  try {
    const client = clientFor(settings);
    const models = (await client.models.list()).data.map((model) => model.id);
    const { baseURL, model } = settings;
    return models.length === 0 || models.includes(model) ? { ok: true, code: 'connected', baseURL, model, models } : { ok: false, code: 'model-not-listed', baseURL, model, models };
  } catch (error) {
    return { ok: false, code: 'failed', problem: describeModelFailure(error).problem, models: [] };
  }
}

class MissingApiKeyError extends Error {}
/** The model answered, twice, with something that is not a usable draft. */
export class ModelOutputError extends Error {
  constructor(readonly problem: AnswerProblem) {
    super(answerProblemForModel(problem));
  }
}
export const missingKeyError = () => new MissingApiKeyError('no API key');

/** An SDK or stream error as a stored draft error: its kind, and the problem the page puts in words. */
export function describeModelFailure(error: unknown): ModelFailure {
  if (error instanceof MissingApiKeyError) return { kind: 'no-api-key', problem: { code: 'no-api-key' } };
  if (error instanceof ModelOutputError) return { kind: 'bad-response', problem: { code: 'unusable-answer', answer: error.problem.code, detail: error.problem.detail } };
  if (error instanceof OpenAI.AuthenticationError || error instanceof OpenAI.PermissionDeniedError) {
    return { kind: 'auth', problem: { code: 'key-refused', status: error.status } };
  }
  if (error instanceof OpenAI.RateLimitError) return { kind: 'rate-limit', problem: { code: 'rate-limited' } };
  if (error instanceof OpenAI.NotFoundError) return { kind: 'bad-response', problem: { code: 'not-found', detail: error.message } };
  if (error instanceof StreamStalledError) {
    return { kind: 'network', problem: { code: 'stalled', seconds: error.idleSeconds, characters: error.receivedChars } };
  }
  if (error instanceof StreamCutError) {
    return { kind: 'network', problem: { code: 'cut', characters: error.receivedChars, detail: (error.cause as Error | undefined)?.message ?? null } };
  }
  if (error instanceof OpenAI.APIUserAbortError || (error instanceof DOMException && error.name === 'AbortError')) {
    return { kind: 'cancelled', problem: { code: 'cancelled' } };
  }
  if (error instanceof OpenAI.APIConnectionTimeoutError) return { kind: 'network', problem: { code: 'timed-out' } };
  if (error instanceof OpenAI.APIConnectionError) return { kind: 'network', problem: { code: 'unreachable', detail: error.message } };
  if (error instanceof OpenAI.APIError && error.status !== undefined && error.status >= 500) {
    return { kind: 'server', problem: { code: 'server-failed', status: error.status } };
  }
  if (error instanceof OpenAI.APIError) return { kind: 'bad-response', problem: { code: 'endpoint-error', status: error.status ?? null, detail: error.message } };
  return { kind: 'bad-response', problem: { code: 'unreadable-answer', detail: error instanceof Error ? error.message : String(error) } };
}
