import { i18n } from '@/utils/i18n';
import type { ConversationSnapshot } from './conversation';
import type { Drafting } from '../draft/drafting';
import type { createSentCapture } from '../review/sent-capture';
import { describeStorageProblem } from '../storage/storage-problem';
import { markPipeline } from '../metrics/pipeline-trace';

/**
 * Takes in what tabs show, one snapshot at a time in arrival order (each is
 * compared with the one stored before it), and starts drafts without making
 * the next snapshot wait for the model.
 */
export function createIntake(deps: {
  drafting: Drafting;
  sentCapture: ReturnType<typeof createSentCapture>;
  /** Storage trouble the agent must hear about (full disk, blocked upgrade); null clears it. */
  reportStorageProblem(problem: string | null): Promise<void>;
}) {
  let queue: Promise<unknown> = Promise.resolve();
  /** Resolves to null when the snapshot was stored, or to the storage problem that stopped it, in words. */
  return function takeIn(conversation: ConversationSnapshot, tabId: number): Promise<string | null> {
    markPipeline('report', conversation.id);
    // Memory's recall for the customer's message starts now, not behind earlier snapshots: it runs while this one is stored (#14).
    deps.drafting.prepare(conversation);
    const taken = queue.then(async () => {
      try {
        await deps.sentCapture.captureSentReply(conversation);
        // The draft starts as soon as it is decided; this waits only for the snapshot to be stored.
        await deps.drafting.recordAndDraft(conversation, tabId);
        markPipeline('stored', conversation.id);
        await deps.reportStorageProblem(null);
        return null;
      } catch (error: unknown) {
        console.error('[ReplyLoop] could not record a conversation', error);
        const problem = describeStorageProblem(error);
        await deps.reportStorageProblem(problem).catch(() => undefined);
        return problem ?? i18n.t('workerRefusals.conversationNotSaved');
      }
    });
    queue = taken;
    return taken;
  };
}
export type Intake = ReturnType<typeof createIntake>;
