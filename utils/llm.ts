import OpenAI from 'openai';
import type { ChatMessage } from './prompt';
import type { structuredDraftFormat } from './structured-draft';
import type { DraftErrorKind } from './db';
import type { ModelSettings } from './settings';

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
  responseFormat?: ReturnType<typeof structuredDraftFormat>;
  signal?: AbortSignal;
}

export async function streamChatCompletion(
  settings: ModelSettings,
  messages: ChatMessage[],
  onText: (textSoFar: string) => void,
  options: CompletionOptions = {},
): Promise<string> {
  const stream = await clientFor(settings).chat.completions.create(
    { model: settings.model, messages, stream: true, ...(options.responseFormat ? { response_format: options.responseFormat } : {}) },
    { signal: options.signal },
  );
  let text = '';
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta?.content;
    if (delta) {
      text += delta;
      onText(text);
    }
  }
  return text.trim();
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
