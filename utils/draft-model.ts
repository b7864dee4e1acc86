import type { Taxonomy } from './autonomy/categories';
import type { DraftAssessment } from './autonomy/assessment';
import { ModelOutputError, type CompletionOptions } from './llm';
import { withRetries, type RetryWait } from './model-retry';
import type { ChatMessage } from './prompt';
import type { ModelSettings } from './settings';
import { parseStructuredDraft, partialReply, structuredDraftFormat } from './structured-draft';

export type Complete = (settings: ModelSettings, messages: ChatMessage[], onText: (textSoFar: string) => void, options: CompletionOptions) => Promise<string>;

export interface DraftRequest {
  complete: Complete;
  settings: ModelSettings;
  prompt: ChatMessage[];
  taxonomy: Taxonomy;
  signal: AbortSignal;
  /** The reply so far, as it streams in (still redacted). */
  onReply(replySoFar: string): void;
  /** A wait before a retry, in words for the agent. */
  onWait(note: string): void;
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
}

const repairRequest = (problem: string) =>
  `Your answer could not be used: ${problem}. Answer again with only the JSON object described in the instructions.`;

const describeWait = (wait: RetryWait) => `${wait.reason}: retrying in ${Math.ceil(wait.delayMs / 1_000)} s (attempt ${wait.attempt + 1})`;

/**
 * One draft from the model: streamed structured output, transient failures
 * retried visibly, and an answer that is not the JSON asked for repaired
 * once (the model sees what was wrong) before giving up.
 */
export async function askModelForDraft(request: DraftRequest): Promise<{ reply: string; assessment: DraftAssessment }> {
  const ask = (messages: ChatMessage[]) =>
    withRetries(
      () =>
        request.complete(request.settings, messages, (jsonSoFar) => request.onReply(partialReply(jsonSoFar)), {
          responseFormat: structuredDraftFormat(request.taxonomy),
          signal: request.signal,
        }),
      { signal: request.signal, sleep: request.sleep, onWait: (wait) => request.onWait(describeWait(wait)) },
    );
  const answer = await ask(request.prompt);
  const parsed = parseStructuredDraft(answer, request.taxonomy);
  if (parsed.ok) return parsed;
  const repaired = parseStructuredDraft(
    await ask([...request.prompt, { role: 'assistant', content: answer }, { role: 'user', content: repairRequest(parsed.error) }]),
    request.taxonomy,
  );
  if (!repaired.ok) throw new ModelOutputError(repaired.error);
  return repaired;
}
