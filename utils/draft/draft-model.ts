import { i18n } from '@/utils/i18n';
import type { Taxonomy } from '../autonomy/categories';
import type { DraftAssessment } from '../autonomy/assessment';
import { ModelOutputError, type CompletionOptions } from './llm';
import { withRetries, type RetryWait } from './model-retry';
import type { ChatMessage } from './prompt';
import type { ModelSettings } from '../settings/settings';
import { parseStructuredDraft, partialReply, structuredDraftFormat } from './structured-draft';
import { answerProblemForModel, type AnswerProblem } from './model-problem';

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
  /** A long conversation: the answer also carries a short summary for the review (#16). */
  withSummary?: boolean;
}

const repairRequest = (problem: AnswerProblem) =>
  `Your answer could not be used: ${answerProblemForModel(problem)}. Answer again with only the JSON object described in the instructions.`;

// Shown only while the draft is being written (then cleared), so worded now, in the worker's language.
const describeWait = (wait: RetryWait) => i18n.t('modelProblems.retrying', { reason: wait.reason, seconds: Math.ceil(wait.delayMs / 1_000), attempt: wait.attempt + 1 });

/** One structured answer from the model, however it is parsed. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: AnswerProblem };

export interface StructuredRequest {
  complete: Complete;
  settings: ModelSettings;
  prompt: ChatMessage[];
  signal: AbortSignal;
  /** The raw JSON so far, as it streams in. */
  onText?(jsonSoFar: string): void;
  onWait?(note: string): void;
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
}

/**
 * One answer in the JSON shape asked for: streamed, transient failures retried
 * visibly, and an answer that does not parse repaired once (the model sees what
 * was wrong) before giving up. Drafts and the drafting tools (#16) share it.
 */
export async function askModelForJson<T>(
  request: StructuredRequest,
  responseFormat: CompletionOptions['responseFormat'],
  parse: (answer: string) => Parsed<T>,
): Promise<T> {
  const ask = (messages: ChatMessage[]) =>
    withRetries(
      () => request.complete(request.settings, messages, (jsonSoFar) => request.onText?.(jsonSoFar), { responseFormat, signal: request.signal }),
      { signal: request.signal, sleep: request.sleep, onWait: (wait) => request.onWait?.(describeWait(wait)) },
    );
  const answer = await ask(request.prompt);
  const parsed = parse(answer);
  if (parsed.ok) return parsed.value;
  const repaired = parse(await ask([...request.prompt, { role: 'assistant', content: answer }, { role: 'user', content: repairRequest(parsed.error) }]));
  if (!repaired.ok) throw new ModelOutputError(repaired.error);
  return repaired.value;
}

/** One draft from the model, with its assessment (and a summary when the prompt asked for one). */
export function askModelForDraft(request: DraftRequest): Promise<{ reply: string; assessment: DraftAssessment; summary: string | null }> {
  return askModelForJson({ ...request, onText: (jsonSoFar) => request.onReply(partialReply(jsonSoFar)) }, structuredDraftFormat(request.taxonomy, request.withSummary), (answer) => {
    const parsed = parseStructuredDraft(answer, request.taxonomy);
    return parsed.ok ? { ok: true, value: parsed } : parsed;
  });
}
