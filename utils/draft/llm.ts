import OpenAI from 'openai';
import type { ChatMessage } from './prompt';
import type { DraftErrorKind } from '../storage/db';
import type { ModelSettings } from '../settings/settings';
import { StreamCutError, StreamStalledError } from './stream-errors';

/** `response_format` for structured output: the JSON schema the answer must follow. */
export interface JsonSchemaFormat {
  type: 'json_schema';
  json_schema: { name: string; strict: boolean; schema: Record<string, unknown> };
}

/** A model failure put in words an agent can act on. */
export interface ModelFailure {
  kind: DraftErrorKind;
  message: string;
}

/** Retries are ReplyLoop's own (model-retry.ts), so the agent sees each wait. */
function clientFor(settings: ModelSettings): OpenAI {
  return new OpenAI({
    apiKey: settings.apiKey,
    baseURL: settings.baseURL,
    maxRetries: 0,
    timeout: settings.timeoutSeconds * 1_000,
    // Extension pages and the worker are not web pages: the key never reaches a site.
    dangerouslyAllowBrowser: true,
  });
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
export async function testConnection(settings: ModelSettings): Promise<{ ok: boolean; detail: string; models?: string[] }> {
  if (settings.apiKey === '') return { ok: false, detail: describeModelFailure(missingKeyError()).message };
  try {
    const client = clientFor(settings);
    const models = await client.models.list();
    const ids = models.data.map((model) => model.id);
    const detail =
      ids.length === 0 || ids.includes(settings.model)
        ? `Connected to ${settings.baseURL}; model "${settings.model}" is available.`
        : `Connected to ${settings.baseURL}, but it does not list the model "${settings.model}". It lists: ${ids.slice(0, 10).join(', ')}.`;
    return { ok: ids.length === 0 || ids.includes(settings.model), detail, models: ids };
  } catch (error) {
    return { ok: false, detail: describeModelFailure(error).message };
  }
}

class MissingApiKeyError extends Error {}
/** The model answered, twice, with something that is not a usable draft. */
export class ModelOutputError extends Error {}
export const missingKeyError = () => new MissingApiKeyError('No API key');

export function describeModelFailure(error: unknown): ModelFailure {
  if (error instanceof MissingApiKeyError) {
    return { kind: 'no-api-key', message: 'No API key is set. Add one in ReplyLoop options to start drafting.' };
  }
  if (error instanceof ModelOutputError) {
    return { kind: 'bad-response', message: `The model's answer could not be used, even after asking again: ${error.message}` };
  }
  if (error instanceof OpenAI.AuthenticationError || error instanceof OpenAI.PermissionDeniedError) {
    return { kind: 'auth', message: `The model endpoint refused the API key (${error.status}). Check your API key in options.` };
  }
  if (error instanceof OpenAI.RateLimitError) {
    return { kind: 'rate-limit', message: 'The model endpoint is rate limiting requests (429). Try again in a moment.' };
  }
  if (error instanceof OpenAI.NotFoundError) {
    return { kind: 'bad-response', message: `Not found (404): check the Base URL and the model name. ${error.message}` };
  }
  if (error instanceof StreamStalledError) {
    return {
      kind: 'network',
      message: `The model endpoint stopped sending mid-answer: nothing for ${error.idleSeconds} s after ${error.receivedChars} characters. Retry, or raise the timeout in options.`,
    };
  }
  if (error instanceof StreamCutError) {
    return {
      kind: 'network',
      message: `The connection to the model endpoint was cut mid-answer, after ${error.receivedChars} characters (${(error.cause as Error | undefined)?.message ?? 'no reason given'}). Retry; if it keeps happening, a proxy or the server is closing long answers.`,
    };
  }
  if (error instanceof OpenAI.APIUserAbortError || (error instanceof DOMException && error.name === 'AbortError')) {
    return { kind: 'cancelled', message: 'Drafting was cancelled. Retry drafts it again.' };
  }
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return { kind: 'network', message: 'The model endpoint did not answer in time. Retry, or raise the timeout in options.' };
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return {
      kind: 'network',
      message: `Could not reach the model endpoint: ${error.message}. Check the Base URL, and that the server allows this extension (CORS).`,
    };
  }
  if (error instanceof OpenAI.APIError && error.status !== undefined && error.status >= 500) {
    return { kind: 'server', message: `The model endpoint failed (${error.status}). Try again.` };
  }
  if (error instanceof OpenAI.APIError) {
    return { kind: 'bad-response', message: `The model endpoint answered ${error.status ?? 'with an error'}: ${error.message}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'bad-response', message: `The model's answer could not be read: ${message}` };
}
