/**
 * Marks on the way from a conversation report to the model request, for the
 * pipeline benchmark (test/bench/pipeline.ts), which switches them on in the
 * worker it measures. Off, a mark is one property read: nothing is recorded.
 */
type TraceGlobal = { __replyloopPipelineTrace?: boolean };

/**
 * In path order. Memory's recall: 'recall-opened' (its index open),
 * 'query-embedded', 'recall-backlog' (what the index lacks looked at; runs
 * beside the embedding), 'rows-read' (float32 rows its candidates lacked,
 * read from storage: detail `{ chunks, rows }`), 'index-searched' (detail
 * `{ unloaded }`: rows still without float32 values), 'recall-matched'
 * (memory answered), 'records-read' (the matched records), 'recall-done'
 * (examples chosen).
 */
export type PipelineStage =
  | 'report'
  | 'recall-start'
  | 'recall-opened'
  | 'query-embedded'
  | 'recall-backlog'
  | 'rows-read'
  | 'index-searched'
  | 'recall-matched'
  | 'records-read'
  | 'recall-done'
  | 'stored'
  | 'draft-start'
  | 'prompt-built'
  | 'request';

/** Marks stages of one conversation's path (given to the code it runs through). */
export type PipelineMarker = (stage: PipelineStage, detail?: Record<string, number>) => void;

const tracing = () => (globalThis as TraceGlobal).__replyloopPipelineTrace === true;

export function markPipeline(stage: PipelineStage, conversationId: string, detail?: Record<string, number>): void {
  if (!tracing()) return;
  performance.mark(`replyloop:${stage}:${conversationId}`, detail ? { detail } : undefined);
}

export const pipelineMarker =
  (conversationId: string): PipelineMarker =>
  (stage, detail) =>
    markPipeline(stage, conversationId, detail);

/** Background work that may delay a draft ('rows-load': memory's float32 rows), as a measure from `startedAt` until now. */
export function measureBackground(work: 'rows-load', startedAt: number): void {
  if (!tracing()) return;
  performance.measure(`replyloop-background:${work}`, { start: startedAt, end: performance.now() });
}
