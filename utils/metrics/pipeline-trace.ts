/**
 * Marks on the way from a conversation report to the model request, for the
 * pipeline benchmark (test/bench/pipeline.ts), which switches them on in the
 * worker it measures. Off, a mark is one property read: nothing is recorded.
 */
type TraceGlobal = { __replyloopPipelineTrace?: boolean };

/** 'recall-matched': memory answered (query embedded and searched); 'recall-done': the matched records read too. */
export type PipelineStage = 'report' | 'recall-start' | 'recall-matched' | 'recall-done' | 'stored' | 'draft-start' | 'prompt-built' | 'request';

export function markPipeline(stage: PipelineStage, conversationId: string): void {
  if ((globalThis as TraceGlobal).__replyloopPipelineTrace !== true) return;
  performance.mark(`replyloop:${stage}:${conversationId}`);
}
